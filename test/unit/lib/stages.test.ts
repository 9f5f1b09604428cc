import { describe, expect, test } from 'vitest';
import {
  neighbours,
  numberPriorities,
  sortStages,
  stageHeading,
  stageNumber,
} from '../../../src/lib/stages.ts';
import { priorities, stageEntry } from '../../fixtures/entries.ts';

const at = (id: string, order: number) => ({ id, data: { order } });

describe('stageNumber', () => {
  test('numbers a stage by its order', () => {
    expect(stageNumber(1)).toBe('Stage 1');
    expect(stageNumber(4)).toBe('Stage 4');
  });
});

describe('sortStages', () => {
  test('sorts stages by order', () => {
    const sorted = sortStages([at('c', 3), at('a', 1), at('b', 2)]);
    expect(sorted.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  test('leaves its input in place', () => {
    const input = [at('b', 2), at('a', 1)];
    sortStages(input);
    expect(input.map((s) => s.id)).toEqual(['b', 'a']);
  });

  test('returns an empty list for no stages', () => {
    expect(sortStages([])).toEqual([]);
  });
});

describe('stageHeading', () => {
  test('adds the short name in parentheses when the name does not contain it', () => {
    const stage = stageEntry('alpha', { order: 1, name: 'First Attempt', shortName: 'FA' });
    expect(stageHeading(stage)).toBe('Stage 1: First Attempt (FA)');
  });

  test('leaves out the short name when the name already contains it', () => {
    const stage = stageEntry('beta', { order: 3, name: 'Beta', shortName: 'Beta' });
    expect(stageHeading(stage)).toBe('Stage 3: Beta');
    const longer = stageEntry('gamma', { order: 2, name: 'Gamma Release', shortName: 'Gamma' });
    expect(stageHeading(longer)).toBe('Stage 2: Gamma Release');
  });
});

describe('neighbours', () => {
  const stages = [at('third', 3), at('first', 1), at('second', 2)];

  test('gives the stages before and after a middle stage, in lifecycle order', () => {
    const { previous, next } = neighbours(stages, 'second');
    expect(previous?.id).toBe('first');
    expect(next?.id).toBe('third');
  });

  test('gives no previous stage for the first stage', () => {
    const { previous, next } = neighbours(stages, 'first');
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('second');
  });

  test('gives no next stage for the last stage', () => {
    const { previous, next } = neighbours(stages, 'third');
    expect(previous?.id).toBe('second');
    expect(next).toBeUndefined();
  });

  test('gives neither for an unknown stage', () => {
    expect(neighbours(stages, 'missing')).toEqual({ previous: undefined, next: undefined });
  });

  test('gives neither for the only stage', () => {
    expect(neighbours([at('only', 1)], 'only')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('numberPriorities', () => {
  const numbered = (bands: Record<string, string[]>) =>
    numberPriorities(priorities(bands)).map((band) =>
      band.map(({ number, level, item }) => `${number} ${level} ${item.id}`),
    );

  test('numbers P0 items from 1', () => {
    expect(numbered({ P0: ['a', 'b'] })).toEqual([['1 P0 a', '2 P0 b']]);
  });

  test('numbers P1 items after the P0 items and P2 items after the P1 items', () => {
    expect(numbered({ P0: ['a', 'b'], P1: ['c'], P2: ['d', 'e'] })).toEqual([
      ['1 P0 a', '2 P0 b'],
      ['3 P1 c'],
      ['4 P2 d', '5 P2 e'],
    ]);
  });

  test('numbers the items 1..n without gaps or repeats', () => {
    const result = numberPriorities(priorities({ P0: ['a', 'b', 'c'], P1: ['d', 'e'], P2: ['f'] }));
    expect(result.flat().map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('keeps each item with its band', () => {
    const [first] = numberPriorities(priorities({ P1: ['only'] }));
    expect(first).toEqual([{ number: 1, level: 'P1', item: { id: 'only', text: 'Text of only' } }]);
  });

  test('returns no bands for no priorities', () => {
    expect(numberPriorities([])).toEqual([]);
  });
});
