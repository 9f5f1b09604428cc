// toMatrixProps against the real content: what the island receives is what content/ says.
import { describe, expect, it } from 'vitest';
import { toMatrixProps } from '../../../../src/lib/matrix/build.ts';
import { sortStages } from '../../../../src/lib/stages.ts';
import { CellLevelSchema } from '../../../../src/schemas/shared.ts';
import { load } from '../../../fixtures/real-content.ts';

const stages = sortStages(load('stages'));
const matrices = load('matrices').sort((a, b) => a.data.order - b.data.order);
const features = load('features');
const terms = new Map(load('vocabulary').map((t) => [t.id, t.data]));
const props = toMatrixProps({
  matrices,
  stages,
  features,
  terms,
  levelOrder: CellLevelSchema.options,
});

describe('toMatrixProps with the real content', () => {
  it('has one column per stage, in lifecycle order, each linking to its stage page', () => {
    expect(props.stages.map((s) => s.id)).toEqual(stages.map((s) => s.id));
    for (const [i, column] of props.stages.entries()) {
      expect(column.shortName).toBe(stages[i]?.data.shortName);
      expect(column.href).toBe(`/stages/${column.id}/`);
    }
  });

  it('has the cell levels with the vocabulary’s words', () => {
    expect(props.levels.map((l) => l.id)).toEqual(CellLevelSchema.options);
    for (const level of props.levels) {
      expect(level.label).toBe(terms.get(level.id)?.label);
      expect(level.symbol).toBe(terms.get(level.id)?.symbol);
    }
  });

  it('has every table in page order with every row and cell', () => {
    expect(props.tables.map((t) => t.id)).toEqual(matrices.map((m) => m.id));
    for (const [i, table] of props.tables.entries()) {
      const source = matrices[i]?.data;
      expect(table.title).toBe(source?.title);
      expect(table.rows.map((r) => r.id)).toEqual(source?.rows.map((r) => r.id));
      for (const [j, row] of table.rows.entries()) {
        for (const stage of stages) {
          const cell = source?.rows[j]?.cells[stage.id];
          expect(row.cells[stage.id]).toEqual({
            ...(cell?.level ? { level: cell.level } : {}),
            ...(cell?.text ? { text: cell.text } : {}),
          });
        }
      }
    }
  });

  it("links a row to its feature's topic page, and only where there is one", () => {
    const topicOf = new Map(features.map((f) => [f.id, f.data.topic?.id]));
    for (const [i, table] of props.tables.entries()) {
      for (const [j, row] of table.rows.entries()) {
        const feature = matrices[i]?.data.rows[j]?.features?.[0]?.id;
        const topic = feature ? topicOf.get(feature) : undefined;
        expect(row.href, `${table.id}/${row.id}`).toBe(topic ? `/topics/${topic}/` : undefined);
      }
    }
    expect(props.tables.flatMap((t) => t.rows).some((r) => r.href)).toBe(true);
  });
});

describe('toMatrixProps with a level missing from the vocabulary', () => {
  it('fails, naming the file and the level', () => {
    expect(() =>
      toMatrixProps({
        matrices: [],
        stages: [],
        features: [],
        terms: new Map(),
        levelOrder: ['no'],
      }),
    ).toThrow('content/vocabulary.yaml has no term "no".');
  });
});
