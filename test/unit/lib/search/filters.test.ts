import { describe, expect, test } from 'vitest';
import {
  choiceCounts,
  filtersWithout,
  kindOptions,
  parseStageNames,
  resultKind,
  resultStages,
  toPagefindFilters,
  withCounts,
} from '../../../../src/lib/search/filters.ts';
import { KIND_IDS, searchStrings } from '../../../../src/lib/search/strings.ts';

const { filters, kinds } = searchStrings;
const STAGES = [
  { id: 'alpha', name: 'Alpha' },
  { id: 'beta', name: 'Beta' },
];

describe('toPagefindFilters', () => {
  test('asks for any chosen stage (by name) and any chosen kind (by label)', () => {
    expect(toPagefindFilters({ stages: ['beta', 'alpha'], kinds: ['topic'] }, STAGES)).toEqual({
      [filters.stage.key]: { any: ['Alpha', 'Beta'] },
      [filters.kind.key]: { any: [kinds.topic] },
    });
  });

  test('leaves out a filter with no choice, and ids nobody knows', () => {
    expect(toPagefindFilters({ stages: ['omega'], kinds: [] }, STAGES)).toEqual({});
    expect(toPagefindFilters({ stages: [], kinds: ['stage', 'nope'] }, STAGES)).toEqual({
      [filters.kind.key]: { any: [kinds.stage] },
    });
  });
});

describe('counts', () => {
  test('withCounts gives each option its count by label, 0 when absent, unknown before counting', () => {
    const options = [
      { id: 'alpha', label: 'Alpha' },
      { id: 'beta', label: 'Beta' },
    ];
    expect(withCounts(options, { Alpha: 3 })).toEqual([
      { id: 'alpha', label: 'Alpha', count: 3 },
      { id: 'beta', label: 'Beta', count: 0 },
    ]);
    expect(withCounts(options, undefined).map((o) => o.count)).toEqual([undefined, undefined]);
  });

  test('choiceCounts counts a filter in use without its own choices, others with all', () => {
    const inUse = { stage: { any: ['Alpha'] } };
    const current = { stage: { Alpha: 2, Beta: 0 }, kind: { Topic: 2 } };
    const withoutEach = { stage: { Alpha: 2, Beta: 5 } };
    expect(choiceCounts(inUse, current, withoutEach)).toEqual({
      stage: { Alpha: 2, Beta: 5 },
      kind: { Topic: 2 },
    });
  });

  test('choiceCounts falls back to the current counts, then to none', () => {
    expect(choiceCounts({ stage: { any: ['A'] } }, { stage: { A: 1 } }, {})).toEqual({
      stage: { A: 1 },
    });
    expect(choiceCounts({ kind: { any: ['T'] } }, {}, {})).toEqual({ kind: {} });
  });

  test('filtersWithout drops one filter and keeps the rest', () => {
    const all = { stage: { any: ['A'] }, kind: { any: ['T'] } };
    expect(filtersWithout(all, 'stage')).toEqual({ kind: { any: ['T'] } });
    expect(filtersWithout(all, 'other')).toEqual(all);
  });
});

describe('a result’s tags', () => {
  test('resultStages keeps known stage names in lifecycle order', () => {
    expect(resultStages({ [filters.stage.key]: ['Beta', 'Omega', 'Alpha'] }, STAGES)).toEqual([
      'Alpha',
      'Beta',
    ]);
    expect(resultStages(undefined, STAGES)).toEqual([]);
  });

  test('resultKind gives the declared page type, if any', () => {
    expect(resultKind({ [filters.kind.key]: [kinds.checklist] })).toBe(kinds.checklist);
    expect(resultKind({})).toBeUndefined();
  });

  test('kindOptions offers every kind in the strings’ order', () => {
    expect(kindOptions().map((o) => o.id)).toEqual(KIND_IDS);
    expect(kindOptions().map((o) => o.label)).toEqual(KIND_IDS.map((id) => kinds[id]));
  });
});

describe('parseStageNames', () => {
  test('reads the stages a page embeds', () => {
    expect(parseStageNames(JSON.stringify(STAGES))).toEqual(STAGES);
  });

  test('yields no stages for missing or malformed data, and skips malformed entries', () => {
    expect(parseStageNames(undefined)).toEqual([]);
    expect(parseStageNames('{not json')).toEqual([]);
    expect(parseStageNames('{"id":"alpha"}')).toEqual([]);
    expect(parseStageNames('[{"id":"alpha","name":"Alpha"},{"id":1},null,"x"]')).toEqual([
      { id: 'alpha', name: 'Alpha' },
    ]);
  });
});
