// The published data from the real content: it follows its own JSON Schema, holds every entry
// and item with its id, and says of each feature what the content says. Nothing is typed here:
// every expectation is read from content/.
import { describe, expect, test } from 'vitest';
import { buildGuideData, partOf } from '../../../../src/lib/data/build-guide.ts';
import { dataFiles } from '../../../../src/lib/data/files.ts';
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
      expect(published?.successCriteria).toEqual(stage.data.successCriteria);
      expect(published?.exitCriteria).toEqual(stage.data.exitCriteria);
      expect(published?.characteristics).toEqual(stage.data.characteristics);
    });
  });

  test('writes references as the ids authors write', () => {
    const item = data.stages
      .flatMap((s) => s.requirements.flatMap((g) => g.items))
      .find((i) => i.feature !== undefined);
    expect(typeof item?.feature).toBe('string');
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
        matrix.data.rows.map((r) => [r.id, plain(r.cells)]),
      );
    }
    for (const quiz of load('quiz')) {
      const published = data.quiz.find((q) => q.id === quiz.id);
      expect(published?.questions.map((q) => q.answers.map((a) => [a.id, a.stages]))).toEqual(
        quiz.data.questions.map((q) => q.answers.map((a) => [a.id, a.stages.map((stage) => stage.id)])),
      );
    }
  });
});

describe("each feature's journey", () => {
  test('lists, at each stage, exactly the requirement items of that stage that name it', () => {
    const stages = sortStages(load('stages'));
    for (const feature of data.features) {
      expect(feature.stages.map((s) => s.stage)).toEqual(stages.map((s) => s.id));
      for (const stage of stages) {
        const expected = stage.data.requirements.flatMap((g) =>
          g.items.filter((i) => i.feature?.id === feature.id).map((i) => [i.id, g.level]),
        );
        const at = feature.stages.find((s) => s.stage === stage.id);
        expect(at?.requirements.map((r) => [r.item, r.level])).toEqual(expected);
        expect(at?.standing === 'listed').toBe(expected.length > 0);
        for (const r of at?.requirements ?? []) {
          expect(r.url).toBe(new URL(`/stages/${stage.id}/#${r.item}`, SITE).href);
        }
      }
    }
  });

  test('starts being required at the first stage whose must haves name it', () => {
    const stages = sortStages(load('stages'));
    for (const feature of data.features) {
      const first = stages.find((s) =>
        s.data.requirements.some(
          (g) => g.level === 'must' && g.items.some((i) => i.feature?.id === feature.id),
        ),
      );
      expect(feature.requiredFrom).toBe(first?.id);
    }
  });

  test('names every matrix cell of a row about it by matrix and row id', () => {
    for (const matrix of load('matrices')) {
      for (const row of matrix.data.rows) {
        if (row.feature === undefined) continue;
        const feature = data.features.find((f) => f.id === row.feature?.id);
        for (const [stage, cell] of Object.entries(row.cells)) {
          const cells = feature?.stages.find((s) => s.stage === stage)?.cells ?? [];
          expect(cells).toContainEqual(
            expect.objectContaining({
              matrix: matrix.id,
              row: row.id,
              ...plain(cell),
            }),
          );
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
