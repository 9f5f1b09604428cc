import { describe, expect, it } from 'vitest';
import { type MatrixAction, reduceView } from '../../../../src/lib/matrix/state.ts';
import { defaultView, type MatrixView } from '../../../../src/lib/matrix/view.ts';
import { CATALOG } from './fixture.ts';

function view(over: Partial<MatrixView> = {}): MatrixView {
  return { ...defaultView(CATALOG), ...over };
}

function reduce(start: MatrixView, ...actions: MatrixAction[]): MatrixView {
  return actions.reduce((v, a) => reduceView(v, a, CATALOG), start);
}

describe('reduceView', () => {
  it('hides and shows a stage, keeping lifecycle order', () => {
    const hidden = reduce(view(), { type: 'stage-toggled', stage: 'alpha', shown: false });
    expect(hidden.stages).toEqual(['beta', 'gamma']);
    const back = reduce(hidden, { type: 'stage-toggled', stage: 'alpha', shown: true });
    expect(back.stages).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('may hide every stage', () => {
    const none = reduce(view({ stages: ['beta'] }), {
      type: 'stage-toggled',
      stage: 'beta',
      shown: false,
    });
    expect(none.stages).toEqual([]);
  });

  it('hides and shows a table', () => {
    expect(reduce(view(), { type: 'table-toggled', table: 'kit', shown: false }).tables).toEqual([
      'targets',
    ]);
  });

  it('ignores unknown stages, tables, levels and pairs', () => {
    const start = view();
    expect(reduce(start, { type: 'stage-toggled', stage: 'omega', shown: true })).toBe(start);
    expect(reduce(start, { type: 'table-toggled', table: 'omega', shown: true })).toBe(start);
    expect(reduce(start, { type: 'level-changed', level: 'maybe' as MatrixView['level'] })).toBe(
      start,
    );
    expect(reduce(start, { type: 'level-stage-changed', at: 'omega' })).toBe(start);
    expect(reduce(start, { type: 'pair-chosen', from: 'alpha', to: 'omega' })).toBe(start);
    expect(reduce(start, { type: 'pair-chosen', from: 'beta', to: 'beta' })).toBe(start);
  });

  it('sets the text, the level, its stage and "Only what changes"', () => {
    expect(
      reduce(
        view(),
        { type: 'query-changed', query: 'cache' },
        { type: 'level-changed', level: 'yes' },
        { type: 'level-stage-changed', at: 'beta' },
        { type: 'changes-only-toggled', on: true },
      ),
    ).toEqual(view({ query: 'cache', level: 'yes', at: 'beta', changesOnly: true }));
    expect(
      reduce(
        view({ level: 'yes', at: 'beta' }),
        { type: 'level-changed', level: null },
        { type: 'level-stage-changed', at: null },
      ),
    ).toEqual(view());
  });

  it('chooses a pair: its two stages in order and only what changes, other filters kept', () => {
    expect(
      reduce(view({ query: 'thing' }), { type: 'pair-chosen', from: 'gamma', to: 'beta' }),
    ).toEqual(view({ query: 'thing', stages: ['beta', 'gamma'], changesOnly: true }));
  });

  it('clears every filter', () => {
    expect(
      reduce(
        view({
          stages: [],
          tables: ['kit'],
          query: 'x',
          level: 'no',
          at: 'beta',
          changesOnly: true,
        }),
        { type: 'filters-cleared' },
      ),
    ).toEqual(defaultView(CATALOG));
  });

  it('takes the view loaded from the URL', () => {
    const loaded = view({ query: 'from the link' });
    expect(reduce(view(), { type: 'view-loaded', view: loaded })).toBe(loaded);
  });
});
