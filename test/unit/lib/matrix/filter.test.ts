import { describe, expect, it } from 'vitest';
import {
  applyView,
  matchesChanges,
  matchesLevel,
  matchesText,
} from '../../../../src/lib/matrix/filter.ts';
import { defaultView, type MatrixView } from '../../../../src/lib/matrix/view.ts';
import { CATALOG, PROPS, row } from './fixture.ts';

const ALL = ['alpha', 'beta', 'gamma'];

function view(over: Partial<MatrixView> = {}): MatrixView {
  return { ...defaultView(CATALOG), ...over };
}

/** The ids of the rows a view shows, table by table. */
function shownIds(over: Partial<MatrixView>): Record<string, string[]> {
  const result = applyView(PROPS, view(over));
  return Object.fromEntries(result.tables.map((t) => [t.table.id, t.rows.map((r) => r.row.id)]));
}

describe('matchesText', () => {
  it('matches the row name', () => {
    expect(matchesText(row('grows'), 'growing', ALL, PROPS.levels)).toBe(true);
  });

  it('matches the words of a shown cell, its level label included', () => {
    expect(matchesText(row('grows'), 'full', ALL, PROPS.levels)).toBe(true);
    expect(matchesText(row('grows'), 'some', ALL, PROPS.levels)).toBe(true);
  });

  it('ignores the cells of hidden stages', () => {
    expect(matchesText(row('grows'), 'full', ['alpha', 'beta'], PROPS.levels)).toBe(false);
  });

  it('needs every word, in any order, case and accents aside', () => {
    expect(matchesText(row('cafe'), 'CREME cafe', ALL, PROPS.levels)).toBe(true);
    expect(matchesText(row('cafe'), 'creme tea', ALL, PROPS.levels)).toBe(false);
  });

  it('matches every row when blank', () => {
    expect(matchesText(row('same'), '  ', ALL, PROPS.levels)).toBe(true);
  });
});

describe('matchesLevel', () => {
  it('checks the chosen stage only', () => {
    expect(matchesLevel(row('grows'), 'partial', 'beta', ALL)).toBe(true);
    expect(matchesLevel(row('grows'), 'partial', 'gamma', ALL)).toBe(false);
  });

  it('checks every shown stage when no stage is chosen', () => {
    expect(matchesLevel(row('grows'), 'yes', null, ALL)).toBe(true);
    expect(matchesLevel(row('grows'), 'yes', null, ['alpha', 'beta'])).toBe(false);
  });

  it('never matches cells with words only', () => {
    expect(matchesLevel(row('words'), 'no', null, ALL)).toBe(false);
  });

  it('matches every row when no level is chosen', () => {
    expect(matchesLevel(row('words'), null, 'alpha', ALL)).toBe(true);
  });
});

describe('matchesChanges', () => {
  it('keeps rows that change between the shown stages, when on', () => {
    expect(matchesChanges(row('words'), true, ['alpha', 'beta'])).toBe(true);
    expect(matchesChanges(row('words'), true, ['beta', 'gamma'])).toBe(false);
  });

  it('keeps every row when off', () => {
    expect(matchesChanges(row('same'), false, ALL)).toBe(true);
  });
});

describe('applyView, one filter at a time', () => {
  it('shows every row of every table by default, and counts them', () => {
    const result = applyView(PROPS, view());
    expect(result.shownRows).toBe(5);
    expect(result.totalRows).toBe(5);
    expect(result.tables.every((t) => t.shown)).toBe(true);
  });

  it('hides the rows of hidden tables, which still count in the total', () => {
    const result = applyView(PROPS, view({ tables: ['targets'] }));
    expect(result.tables.map((t) => [t.table.id, t.shown])).toEqual([
      ['kit', false],
      ['targets', true],
    ]);
    expect(result.shownRows).toBe(1);
    expect(result.totalRows).toBe(5);
  });

  it('keeps every row when stages are hidden (they only hide columns)', () => {
    expect(applyView(PROPS, view({ stages: ['beta'] })).shownRows).toBe(5);
    expect(applyView(PROPS, view({ stages: [] })).shownRows).toBe(5);
  });

  it('filters rows by text', () => {
    expect(shownIds({ query: 'thing' })).toEqual({
      kit: ['same', 'grows', 'words', 'dropped'],
      targets: [],
    });
  });

  it('filters rows by level', () => {
    expect(shownIds({ level: 'no', at: 'beta' })).toEqual({ kit: ['dropped'], targets: [] });
  });

  it('shows only what changes, with the changed cells', () => {
    const result = applyView(PROPS, view({ stages: ['beta', 'gamma'], changesOnly: true }));
    const kit = result.tables[0];
    expect(kit?.rows.map((r) => [r.row.id, r.changes])).toEqual([
      ['grows', { gamma: { kind: 'changed', from: 'beta' } }],
    ]);
    expect(result.tables[1]?.rows.map((r) => r.row.id)).toEqual(['cafe']);
  });

  it('marks no cells when "Only what changes" is off', () => {
    const result = applyView(PROPS, view());
    expect(
      result.tables.flatMap((t) => t.rows).every((r) => Object.keys(r.changes).length === 0),
    ).toBe(true);
  });

  it('shows nothing that changes with one shown stage', () => {
    expect(applyView(PROPS, view({ stages: ['beta'], changesOnly: true })).shownRows).toBe(0);
  });
});

describe('applyView, filters combined', () => {
  it('shows the rows that pass every filter', () => {
    expect(
      shownIds({ stages: ['alpha', 'beta'], changesOnly: true, level: 'no', at: null }),
    ).toEqual({ kit: ['grows', 'dropped'], targets: [] });
    expect(
      shownIds({
        stages: ['alpha', 'beta'],
        changesOnly: true,
        level: 'no',
        at: null,
        query: 'fading',
      }),
    ).toEqual({ kit: ['dropped'], targets: [] });
  });

  it('applies text to the shown stages and the table filter on top', () => {
    expect(shownIds({ query: 'two', stages: ['alpha'] })).toEqual({ kit: [], targets: [] });
    expect(shownIds({ query: '1s', tables: ['kit'] })).toEqual({ kit: [], targets: [] });
    expect(shownIds({ query: '1s', tables: ['targets'] })).toEqual({ kit: [], targets: ['cafe'] });
  });

  it('counts zero when nothing matches', () => {
    const result = applyView(PROPS, view({ query: 'zebracorn', changesOnly: true }));
    expect(result.shownRows).toBe(0);
    expect(result.totalRows).toBe(5);
  });
});
