import { describe, expect, it } from 'vitest';
import { describeView } from '../../../../src/lib/matrix/describe.ts';
import { defaultView, type MatrixView } from '../../../../src/lib/matrix/view.ts';
import { CATALOG, PROPS } from './fixture.ts';

function view(over: Partial<MatrixView> = {}): MatrixView {
  return { ...defaultView(CATALOG), ...over };
}

describe('describeView', () => {
  it('says everything is shown for the default view', () => {
    expect(describeView(view(), PROPS, 5, 5)).toBe(
      'View: every row of every table, at every stage. 5 of 5 rows.',
    );
  });

  it('names every active filter, with names from the data', () => {
    expect(
      describeView(
        view({
          stages: ['alpha', 'gamma'],
          tables: ['kit'],
          changesOnly: true,
          query: ' thing ',
          level: 'partial',
          at: 'gamma',
        }),
        PROPS,
        1,
        5,
      ),
    ).toBe(
      'View: stages Alpha and Gamma; tables Kit; only what changes; rows matching “thing”; rows where Gamma says Some. 1 of 5 rows.',
    );
  });

  it('says when no stage or table is shown, and when the level applies to any stage', () => {
    expect(describeView(view({ stages: [], tables: [], level: 'no' }), PROPS, 0, 5)).toBe(
      'View: no stage; no table; rows where a shown stage says Nope. 0 of 5 rows.',
    );
  });
});
