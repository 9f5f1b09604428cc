// The published data from the real content: it follows its own JSON Schema, holds every entry
// and item with its id, and says of each feature what the content says. Nothing is typed here:
// every expectation is read from content/.
import { describe, expect, test } from 'vitest';
import { buildGuideData, partOf } from '../../../../src/lib/data/build-guide.ts';
import { linkedFeatures } from '../../../../src/lib/data/csv.ts';
import { dataFiles } from '../../../../src/lib/data/files.ts';
import { publish } from '../../../../src/lib/data/published.ts';
import { deriveFeatureStatements } from '../../../../src/lib/features/statements.ts';
import { paths } from '../../../../src/lib/paths.ts';
import { sortStages } from '../../../../src/lib/stages.ts';
import { GuideDataSchema, PART_NAMES, partSchema } from '../../../../src/schemas/guide-data.ts';
import { toJsonSchema } from '../../../../src/schemas/json-schema.ts';
import { load } from '../../../fixtures/real-content.ts';
import { makeAjv } from './ajv.ts';
import { realGuideData, realGuideSources, SITE } from './real-guide.ts';

const data = realGuideData();
const meta = { title: 't', description: 'd' };

/** The value as JSON has it: undefined fields left out. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the guide data', () => {
  test('follows its JSON Schema (Ajv, draft 2020-12)', () => {
    const validate = makeAjv().compile(toJsonSchema(GuideDataSchema, 'output', meta));
    expect(validate(plain(data)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('each part file follows its own JSON Schema', () => {
    for (const part of PART_NAMES) {
      const validate = makeAjv().compile(toJsonSchema(partSchema(part), 'output', meta));
      const file = JSON.parse(
        JSON.stringify(partOf(data, part, (p) => new URL(p, SITE).href)),
      ) as Record<string, unknown>;
      expect(validate(file), `${part}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(file['$schema']).toBe(new URL(dataFiles.schema(part), SITE).href);
    }
  });

  test('the schema refuses data that breaks it, saying where', () => {
    const validate = makeAjv().compile(toJsonSchema(GuideDataSchema, 'output', meta));
    const broken = JSON.parse(JSON.stringify(data)) as typeof data;
    const [stage] = broken.stages;
    const [group] = stage?.requirements ?? [];
    if (group === undefined || broken.checklists[0] === undefined) throw new Error('no content');
    (group as { level: string }).level = 'maybe';
    delete (broken.checklists[0] as { version?: number }).version;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/stages/0/requirements/0/level', '/checklists/0']),
    );
  });

  test('names its schema and its format version', () => {
    expect(data.$schema).toBe(new URL(dataFiles.schema('guide'), SITE).href);
    expect(data.formatVersion).toBe(1);
  });

  test('has every stage in lifecycle order with every requirement, level and priority', () => {
    const stages = sortStages(load('stages'));
    expect(data.stages.map((s) => s.id)).toEqual(stages.map((s) => s.id));
    stages.forEach((stage, i) => {
      const published = data.stages[i];
      expect(published?.requirements.map((g) => [g.level, g.items.map((item) => item.id)])).toEqual(
        stage.data.requirements.map((g) => [g.level, g.items.map((item) => item.id)]),
      );
      expect(published?.priorities.map((g) => [g.level, g.items.map((item) => item.id)])).toEqual(
        stage.data.priorities.map((g) => [g.level, g.items.map((item) => item.id)]),
      );
      expect(published?.timeBox).toEqual(stage.data.timeBox);
      expect(published?.successCriteria).toEqual(publish(stage.data.successCriteria));
      expect(published?.exitCriteria).toEqual(publish(stage.data.exitCriteria));
      expect(published?.characteristics).toEqual(stage.data.characteristics);
    });
  });

  test('writes references as the ids authors write: linked features and set-aside ones', () => {
    const items = data.stages.flatMap((s) => s.requirements.flatMap((g) => g.items));
    const linked = items.find((i) => (i.features ?? []).length > 0);
    expect(typeof linked?.features?.[0]).toBe('string');
    const real = sortStages(load('stages')).flatMap((s) =>
      s.data.requirements.flatMap((g) => g.items),
    );
    expect(items.map((i) => [i.id, i.features ?? [], i.notAbout ?? []])).toEqual(
      real.map((i) => [
        i.id,
        (i.features ?? []).map((f) => f.id),
        (i.notAbout ?? []).map((n) => ({ feature: n.feature.id, reason: n.reason })),
      ]),
    );
    expect(items.some((i) => (i.notAbout ?? []).length > 0)).toBe(true);
    expect(data.stages.every((s) => s.next === undefined || typeof s.next === 'string')).toBe(true);
  });

  test('has every checklist with its version and every item id', () => {
    const lists = load('checklists');
    for (const list of lists) {
      const published = data.checklists.find((c) => c.id === list.id);
      expect(published?.version).toBe(list.data.version);
      const ids = (l: typeof list.data) =>
        l.kind === 'migration'
          ? [...l.phases.flatMap((p) => p.items), ...l.validation].map((i) => i.id)
          : l.sections.flatMap((s) => s.items).map((i) => i.id);
      expect(published && ids(published as typeof list.data)).toEqual(ids(list.data));
      expect(published?.csv).toBe(new URL(dataFiles.checklistCsv(list.id), SITE).href);
    }
  });

  test('has every matrix row and cell, and the quiz with its questions', () => {
    for (const matrix of load('matrices')) {
      const published = data.matrices.find((m) => m.id === matrix.id);
      expect(published?.rows.map((r) => [r.id, r.cells])).toEqual(
        matrix.data.rows.map((r) => [r.id, publish(r.cells)]),
      );
    }
    for (const quiz of load('quiz')) {
      const published = data.quiz.find((q) => q.id === quiz.id);
      expect(published?.questions.map((q) => q.answers.map((a) => [a.id, a.stages]))).toEqual(
        quiz.data.questions.map((q) =>
          q.answers.map((a) => [a.id, a.stages.map((stage) => stage.id)]),
        ),
      );
    }
  });
});

describe("each feature's journey", () => {
  const sources = realGuideSources();
  const derived = deriveFeatureStatements({
    ...sources,
    labels: new Map(sources.terms.map((t) => [t.id, t.data])),
  });

  test('covers every feature of content/features.yaml', () => {
    expect(data.features.map((f) => f.id).sort()).toEqual(
      load('features')
        .map((f) => f.id)
        .sort(),
    );
  });

  test('says at each stage what the one derivation says: places, levels, words, links', () => {
    for (const feature of derived) {
      const published = data.features.find((f) => f.id === feature.feature.id);
      expect(published?.stages.map((s) => s.stage)).toEqual(feature.stages.map((s) => s.stage));
      expect(
        published?.stages.map((s) =>
          s.statements.map((x) => [x.place, x.level, x.text, x.requires, x.condition, x.url]),
        ),
        feature.feature.id,
      ).toEqual(
        feature.stages.map((s) =>
          s.statements.map((x) => [
            x.place,
            x.level,
            x.text,
            x.requires,
            x.condition,
            new URL(x.href, SITE).href,
          ]),
        ),
      );
      expect(published?.stages.map((s) => s.carriedFrom)).toEqual(
        feature.stages.map((s) => s.carriedFrom),
      );
    }
  });

  test('becomes required where the derivation says, outright or under its conditions', () => {
    for (const feature of derived) {
      const published = data.features.find((f) => f.id === feature.feature.id);
      expect(published?.requiredAt, feature.feature.id).toBe(feature.requiredAt?.stage);
      expect(published?.requiredIf?.stage).toBe(feature.requiredIf?.stage);
      expect(published?.requiredIf?.conditions.sort()).toEqual(
        feature.requiredIf &&
          [...new Set(feature.requiredIf.places.map((p) => p.condition))].sort(),
      );
    }
    expect(data.features.some((f) => f.requiredAt !== undefined)).toBe(true);
  });

  test("gives each disagreement with its sentence, the site's reading and its entry's link", () => {
    const features = load('features');
    const all = derived.flatMap((f) => f.disagreements);
    expect(all.length).toBeGreaterThan(0);
    const published = data.features.flatMap((f) =>
      f.stages.flatMap((s) =>
        s.disagreement ? [{ feature: f.id, stage: s.stage, ...s.disagreement }] : [],
      ),
    );
    expect(published).toHaveLength(all.length);
    for (const d of all) {
      const reading = features.find((f) => f.id === d.feature)?.data.readings?.[d.stage];
      expect(reading, `${d.feature} at ${d.stage}`).toBeDefined();
      expect(published).toContainEqual({
        feature: d.feature,
        stage: d.stage,
        kind: d.kind,
        sentence: d.sentence,
        reading,
        url: new URL(paths.disagreement(d.feature, d.stage), SITE).href,
      });
    }
  });

  test("names every cell of a matrix row linked to a feature among that feature's statements", () => {
    for (const matrix of load('matrices')) {
      for (const row of matrix.data.rows) {
        for (const id of linkedFeatures(row)) {
          const feature = data.features.find((f) => f.id === id);
          for (const [stage, cell] of Object.entries(row.cells)) {
            if (![...(row.features ?? []), ...(cell.features ?? [])].some((f) => f.id === id)) {
              continue;
            }
            const statements = feature?.stages.find((s) => s.stage === stage)?.statements ?? [];
            expect(statements, `${matrix.id}/${row.id}/${stage}`).toContainEqual(
              expect.objectContaining({
                place: 'matrix',
                url: new URL(paths.matrixRow(matrix.id, row.id), SITE).href,
                text: cell.text ?? '',
                ...(cell.level === undefined ? {} : { level: cell.level }),
              }),
            );
          }
        }
      }
    }
  });
});

describe('the content version', () => {
  test('is the same for the same content', () => {
    expect(realGuideData().contentVersion).toBe(data.contentVersion);
  });

  test('changes when one word of the content changes', () => {
    const sources = realGuideSources();
    const [first, ...rest] = sources.stages;
    if (first === undefined) throw new Error('no stage');
    const changed = { ...first, data: { ...first.data, focus: `${first.data.focus}!` } };
    expect(buildGuideData({ ...sources, stages: [changed, ...rest] }).contentVersion).not.toBe(
      data.contentVersion,
    );
  });
});
