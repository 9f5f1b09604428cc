import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, viewFromQuery, viewToQuery } from '../../../../src/lib/matrix/url.ts';
import { defaultView, type MatrixView } from '../../../../src/lib/matrix/view.ts';
import { describeIgnored } from '../../../../src/lib/url-state.ts';
import { CATALOG } from './fixture.ts';

function view(over: Partial<MatrixView> = {}): MatrixView {
  return { ...defaultView(CATALOG), ...over };
}

describe('viewToQuery', () => {
  it('is empty for the default view', () => {
    expect(viewToQuery(view(), CATALOG)).toBe('');
  });

  it('writes only what differs from the default, lists in display order with plain commas', () => {
    expect(
      viewToQuery(view({ stages: ['gamma', 'beta'], changesOnly: true, query: 'a b' }), CATALOG),
    ).toBe('?stages=beta,gamma&q=a+b&changes=1');
  });

  it('writes an empty list as "none"', () => {
    expect(viewToQuery(view({ stages: [], tables: [] }), CATALOG)).toBe('?stages=none&tables=none');
  });

  it('leaves out a blank text filter', () => {
    expect(viewToQuery(view({ query: '   ' }), CATALOG)).toBe('');
  });
});

describe('viewFromQuery and viewToQuery round trip', () => {
  const views: [string, Partial<MatrixView>][] = [
    ['the default view', {}],
    ['two stages, only what changes', { stages: ['alpha', 'beta'], changesOnly: true }],
    ['no stage and no table', { stages: [], tables: [] }],
    ['one table', { tables: ['targets'] }],
    ['text with commas, ampersands and accents', { query: 'a,b & c=d café ?#' }],
    ['a level at a stage', { level: 'partial', at: 'gamma' }],
    ['a level at any shown stage', { level: 'no' }],
    ['a stage without a level', { at: 'beta' }],
    [
      'everything at once',
      {
        stages: ['beta'],
        tables: ['kit'],
        query: 'thing',
        level: 'yes',
        at: 'alpha',
        changesOnly: true,
      },
    ],
  ];

  it.each(views)('%s', (_name, over) => {
    const original = view(over);
    const query = viewToQuery(original, CATALOG);
    const read = viewFromQuery(query, CATALOG);
    expect(read.ignored).toEqual([]);
    expect(read.view).toEqual(original);
    expect(viewToQuery(read.view, CATALOG)).toBe(query);
  });
});

describe('viewFromQuery', () => {
  it('reads the default view from an empty query', () => {
    expect(viewFromQuery('', CATALOG)).toEqual({ view: view(), ignored: [] });
  });

  it('puts list ids in display order and drops repeats', () => {
    expect(viewFromQuery('?stages=gamma,alpha,gamma', CATALOG).view.stages).toEqual([
      'alpha',
      'gamma',
    ]);
  });

  it('reads percent-encoded commas as commas', () => {
    expect(viewFromQuery('?stages=alpha%2Cbeta', CATALOG).view.stages).toEqual(['alpha', 'beta']);
  });

  it('ignores unknown parameters, saying so', () => {
    const { view: read, ignored } = viewFromQuery('?utm=mail&q=x', CATALOG);
    expect(read).toEqual(view({ query: 'x' }));
    expect(ignored).toEqual([{ key: 'utm', value: 'mail', reason: 'unknown-parameter' }]);
    expect(describeIgnored(ignored)).toContain('"utm"');
  });

  it('keeps the known ids of a list and reports each unknown one', () => {
    const { view: read, ignored } = viewFromQuery('?stages=beta,omega,gamma,zeta', CATALOG);
    expect(read.stages).toEqual(['beta', 'gamma']);
    expect(ignored).toEqual([
      { key: 'stages', value: 'omega', reason: 'invalid-value' },
      { key: 'stages', value: 'zeta', reason: 'invalid-value' },
    ]);
  });

  it('falls back to every stage when a list names no known id', () => {
    const { view: read, ignored } = viewFromQuery('?tables=nothing-here', CATALOG);
    expect(read.tables).toEqual(['kit', 'targets']);
    expect(ignored).toEqual([{ key: 'tables', value: 'nothing-here', reason: 'invalid-value' }]);
  });

  it.each([
    ['an empty list', '?stages=', 'stages'],
    ['a list that is not ids', '?stages=Alpha;Beta', 'stages'],
    ['an unknown level', '?level=maybe', 'level'],
    ['an unknown stage for the level', '?at=omega', 'at'],
    ['"changes" other than 1', '?changes=yes', 'changes'],
    ['a text filter longer than the limit', `?q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, 'q'],
  ])('ignores %s, keeping the default', (_name, query, key) => {
    const { view: read, ignored } = viewFromQuery(query, CATALOG);
    expect(read).toEqual(view());
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ key, reason: 'invalid-value' });
  });

  it('keeps the first of a repeated parameter', () => {
    const { view: read, ignored } = viewFromQuery('?level=yes&level=no', CATALOG);
    expect(read.level).toBe('yes');
    expect(ignored).toEqual([{ key: 'level', value: 'no', reason: 'repeated' }]);
  });

  it('uses the good parts of a half-broken link', () => {
    const { view: read, ignored } = viewFromQuery(
      '?stages=alpha,beta&changes=1&level=sometimes&colour=red',
      CATALOG,
    );
    expect(read).toEqual(view({ stages: ['alpha', 'beta'], changesOnly: true }));
    expect(ignored.map((i) => i.key)).toEqual(['level', 'colour']);
  });
});
