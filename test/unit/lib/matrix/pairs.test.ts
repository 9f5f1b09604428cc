import { describe, expect, it } from 'vitest';
import { adjacentPairs, viewIsPair } from '../../../../src/lib/matrix/pairs.ts';
import { defaultView, type MatrixView } from '../../../../src/lib/matrix/view.ts';
import { CATALOG, PROPS } from './fixture.ts';

function view(over: Partial<MatrixView> = {}): MatrixView {
  return { ...defaultView(CATALOG), ...over };
}

describe('adjacentPairs', () => {
  it('pairs each stage with the next, in order', () => {
    expect(adjacentPairs(PROPS.stages).map((p) => [p.from.id, p.to.id])).toEqual([
      ['alpha', 'beta'],
      ['beta', 'gamma'],
    ]);
  });

  it('has no pair for one stage or none', () => {
    expect(adjacentPairs(PROPS.stages.slice(0, 1))).toEqual([]);
    expect(adjacentPairs([])).toEqual([]);
  });
});

describe('viewIsPair', () => {
  const [first] = adjacentPairs(PROPS.stages);
  if (!first) throw new Error('the fixture has three stages');

  it('is true when exactly the two stages are shown with only what changes', () => {
    expect(viewIsPair(view({ stages: ['alpha', 'beta'], changesOnly: true }), first)).toBe(true);
  });

  it('is false otherwise', () => {
    expect(viewIsPair(view({ stages: ['alpha', 'beta'] }), first)).toBe(false);
    expect(viewIsPair(view({ stages: ['beta', 'gamma'], changesOnly: true }), first)).toBe(false);
    expect(viewIsPair(view({ changesOnly: true }), first)).toBe(false);
  });
});
