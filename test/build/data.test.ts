// The published data in dist/data/: every JSON file follows the JSON Schema it names (Ajv,
// draft 2020-12); each feature's journey is what the feature advisor built into /decide/ says
// (decoded from the island's props); every link in the data reaches an id on a built page; every
// CSV parses strictly and holds every item of its checklist or table. Expectations are read from
// content/ and from the built pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answerFeature } from '../../src/lib/decide/feature/answer.ts';
import type { FeatureToolData } from '../../src/lib/decide/feature/build.ts';
import { linkedFeatures } from '../../src/lib/data/csv.ts';
import { dataFiles } from '../../src/lib/data/files.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { type FeatureJourney, PART_NAMES } from '../../src/schemas/guide-data.ts';
import { load } from '../fixtures/real-content.ts';
import { makeAjv } from '../unit/lib/data/ajv.ts';
import { csvObjects, parseCsv } from '../unit/lib/data/rfc4180.ts';
import { DIST, fileForPath, parsePage } from './dist.ts';

function distFile(path: string): string {
  const file = fileForPath(path);
  if (file === undefined) throw new Error(`dist has no ${path}: run npm run build first`);
  return file;
}

const read = (path: string) => readFileSync(distFile(path), 'utf8');

const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const guide = readJson(dataFiles.json('guide')) as unknown as GuideFile;

interface GuideFile {
  $schema: string;
  features: ({ id: string } & FeatureJourney)[];
  checklists: { id: string; csv: string }[];
  matrices: { id: string; csv: string }[];
}

describe('every JSON file', () => {
  test.each(['guide', ...PART_NAMES])('/data/%s.json follows the schema it names', (name) => {
    const data = readJson(dataFiles.json(name));
    const schemaPath = new URL(String(data['$schema'])).pathname;
    expect(schemaPath).toBe(dataFiles.schema(name));
    const schema = readJson(schemaPath);
    expect(schema['$id']).toBe(data['$schema']);
    const validate = makeAjv().compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  test('all carry the same content version', () => {
    const versions = ['guide', ...PART_NAMES].map(
      (name) => readJson(dataFiles.json(name))['contentVersion'],
    );
    expect(new Set(versions).size).toBe(1);
  });
});

/** Astro's serialised island props: `[0, value]` plain, `[0]` undefined, `[1, [...]]` an array. */
function decode(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && value[0] === 0) return undefined;
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') {
    const [kind, inner] = value as [number, unknown];
    if (kind === 0) return decode(inner);
    if (kind === 1 && Array.isArray(inner)) return inner.map(decode);
    throw new Error(`unexpected serialised prop kind ${kind}`);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** The feature advisor's data as the built /decide/ page hands it to the island. */
function advisorData(): FeatureToolData {
  const island = [...parsePage(distFile('/decide/')).querySelectorAll('astro-island')].find((el) =>
    /\/FeatureAdvisor\./.test(el.getAttribute('component-url') ?? ''),
  );
  if (island === undefined) throw new Error('/decide/ has no feature advisor');
  const props = decode(JSON.parse(island.getAttribute('props') ?? '{}')) as {
    data: FeatureToolData;
  };
  return props.data;
}

describe("the features' journeys", () => {
  const advisor = advisorData();
  /** A published URL as the advisor's site path: its path and fragment. */
  const sitePath = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.hash}`;
  };

  test('cover every feature the advisor knows', () => {
    expect(guide.features.map((f) => f.id).sort()).toEqual(
      advisor.features.map((f) => f.id).sort(),
    );
  });

  test('becomes required where the advisor on /decide/ says, outright or under a condition', () => {
    for (const facts of advisor.features) {
      const answer = answerFeature(advisor, facts, undefined);
      const published = guide.features.find((f) => f.id === facts.id);
      expect(published?.requiredAt, facts.id).toBe(answer.requiredAt?.stage.id);
      expect(published?.requiredIf?.stage, facts.id).toBe(answer.requiredIf?.stage.id);
    }
  });

  test('say at each stage what the advisor on /decide/ says: places, levels, words, disagreements', () => {
    for (const facts of advisor.features) {
      const answer = answerFeature(advisor, facts, undefined);
      const published = guide.features.find((f) => f.id === facts.id);
      expect(
        published?.stages.map((s) => ({
          stage: s.stage,
          places: s.statements.map((x) => [x.place, x.level, x.text, x.requires, sitePath(x.url)]),
          carriedFrom: s.carriedFrom,
          disagreement: s.disagreement && {
            sentence: s.disagreement.sentence,
            reading: s.disagreement.reading,
            href: sitePath(s.disagreement.url),
          },
        })),
        facts.id,
      ).toEqual(
        answer.journey.map((view) => ({
          stage: view.stage.id,
          places: view.facts.places.map((p) => [p.place, p.level, p.text, p.requires, p.href]),
          carriedFrom: view.facts.carriedFrom,
          disagreement: view.facts.disagreement,
        })),
      );
    }
  });

  test('link to ids that exist on the built pages', () => {
    const links = guide.features.flatMap((f) =>
      f.stages.flatMap((s) => [
        ...s.statements.map((x) => x.url),
        ...(s.disagreement ? [s.disagreement.url] : []),
      ]),
    );
    expect(links.length).toBeGreaterThan(0);
    const broken = links.filter((link) => {
      const url = new URL(link);
      const file = fileForPath(url.pathname);
      if (file === undefined) return true;
      return parsePage(file).getElementById(decodeURIComponent(url.hash.slice(1))) === null;
    });
    expect(broken).toEqual([]);
  });
});

describe('the checklists as CSV', () => {
  const lists = load('checklists');

  test('there is one CSV per checklist, and each is named in the JSON', () => {
    const files = readdirSync(join(DIST, 'data', 'checklists')).filter((n) => n.endsWith('.csv'));
    expect(files.sort()).toEqual(lists.map((l) => `${l.id}.csv`).sort());
    for (const list of lists) {
      expect(new URL(guide.checklists.find((c) => c.id === list.id)?.csv ?? '').pathname).toBe(
        dataFiles.checklistCsv(list.id),
      );
    }
  });

  test.each(lists.map((l) => [l.id, l] as const))(
    '%s parses strictly and holds every item in order, each with a phase and an empty status',
    (id, list) => {
      const rows = csvObjects(read(dataFiles.checklistCsv(id)));
      const data = list.data;
      const sections = data.kind === 'migration' ? data.phases : data.sections;
      const ids = [
        ...sections.flatMap((s) => s.items.map((i) => i.id)),
        ...(data.kind === 'migration' ? data.validation.map((i) => i.id) : []),
      ];
      expect(rows.map((r) => r['id'])).toEqual(ids);
      for (const section of sections) {
        for (const item of section.items) {
          const row = rows.find((r) => r['id'] === item.id);
          expect(row?.['phase_id']).toBe(section.id);
          expect(row?.['phase']).toContain(section.title);
        }
      }
      expect(rows.every((r) => r['status'] === '' && r['text'] !== '')).toBe(true);
    },
  );
});

describe('the comparison tables as CSV', () => {
  const stages = sortStages(load('stages'));

  test.each(load('matrices').map((m) => [m.id, m] as const))(
    '%s parses strictly, with every row, its linked features and a column per stage',
    (id, matrix) => {
      const [header, ...rows] = parseCsv(read(dataFiles.matrixCsv(id)));
      expect(header).toEqual([
        'id',
        matrix.data.rowHeader,
        'features',
        ...stages.map((s) => s.data.shortName),
      ]);
      expect(rows.map((r) => r[0])).toEqual(matrix.data.rows.map((r) => r.id));
      expect(rows.map((r) => r[2]?.split(' ').filter(Boolean))).toEqual(
        matrix.data.rows.map(linkedFeatures),
      );
      matrix.data.rows.forEach((row, i) => {
        stages.forEach((stage, s) => {
          const cell = row.cells[stage.id];
          const text = rows[i]?.[3 + s] ?? '';
          if (cell?.text) expect(text).toContain(cell.text);
          expect(text).not.toBe('');
        });
      });
    },
  );
});

describe('the examples on /data/', () => {
  const examples = [...parsePage(distFile(dataFiles.page())).querySelectorAll('pre')].map(
    (pre) => pre.textContent,
  );

  test('start with their command, not with white space', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const code of examples) expect(code).toMatch(/^\S/);
  });

  test('fetch only files the build has', () => {
    const urls = examples.flatMap((code) => [...code.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(fileForPath(new URL(url).pathname), url).toBeDefined();
  });
});
