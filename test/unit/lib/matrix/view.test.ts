import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  catalogOf,
  defaultView,
  inOrder,
  isFiltered,
} from '../../../../src/lib/matrix/view.ts';
import { CATALOG, PROPS } from './fixture.ts';

describe('catalogOf', () => {
  it('lists the ids of stages, tables and levels in display order', () => {
    expect(catalogOf(PROPS)).toEqual({
      stageIds: ['alpha', 'beta', 'gamma'],
      tableIds: ['kit', 'targets'],
      levelIds: ['no', 'partial', 'yes'],
    });
  });
});

describe('defaultView', () => {
  it('shows every stage and table and filters nothing', () => {
    const view = defaultView(CATALOG);
    expect(view).toEqual({
      stages: ['alpha', 'beta', 'gamma'],
      tables: ['kit', 'targets'],
      query: '',
      level: null,
      at: null,
      changesOnly: false,
    });
    expect(isFiltered(view, CATALOG)).toBe(false);
  });
});

describe('inOrder', () => {
  it('keeps the known ids in the given order, once each', () => {
    expect(inOrder(['a', 'b', 'c'], ['c', 'x', 'a', 'c'])).toEqual(['a', 'c']);
  });
});

describe('isFiltered', () => {
  it.each([
    ['a hidden stage', { stages: ['alpha'] }],
    ['a hidden table', { tables: ['kit'] }],
    ['text', { query: 'x' }],
    ['a level', { level: 'no' as const }],
    ['a stage for the level', { at: 'beta' }],
    ['only what changes', { changesOnly: true }],
  ])('is true with %s', (_name, over) => {
    expect(isFiltered({ ...defaultView(CATALOG), ...over }, CATALOG)).toBe(true);
  });

  it('is false for blank text', () => {
    expect(isFiltered({ ...defaultView(CATALOG), query: '  ' }, CATALOG)).toBe(false);
  });
});

describe('activeFilterCount', () => {
  it('is zero for the default view and a stage chosen without a level', () => {
    expect(activeFilterCount(defaultView(CATALOG), CATALOG)).toBe(0);
    expect(activeFilterCount({ ...defaultView(CATALOG), at: 'beta' }, CATALOG)).toBe(0);
  });

  it('counts stages, tables, text, level and "Only what changes" once each', () => {
    expect(
      activeFilterCount(
        {
          stages: [],
          tables: ['kit'],
          query: 'x',
          level: 'yes',
          at: 'beta',
          changesOnly: true,
        },
        CATALOG,
      ),
    ).toBe(5);
    expect(activeFilterCount({ ...defaultView(CATALOG), stages: ['alpha'] }, CATALOG)).toBe(1);
  });
});
