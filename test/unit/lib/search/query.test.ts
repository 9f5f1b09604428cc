import { describe, expect, test } from 'vitest';
import {
  EMPTY_STATE,
  MAX_QUERY_LENGTH,
  formatSearchState,
  isActive,
  readSearchState,
  toggleValue,
} from '../../../../src/lib/search/query.ts';

const known = { stages: ['alpha', 'beta', 'gamma'], kinds: ['stage', 'checklist', 'topic'] };

describe('readSearchState', () => {
  test('reads the query and the filters, in the known order', () => {
    const { state, ignored } = readSearchState(
      '?q=read+replicas&stage=gamma,alpha&kind=topic',
      known,
    );
    expect(state).toEqual({ query: 'read replicas', stages: ['alpha', 'gamma'], kinds: ['topic'] });
    expect(ignored).toEqual([]);
  });

  test('gives the empty state for no query string', () => {
    expect(readSearchState('', known)).toEqual({ state: EMPTY_STATE, ignored: [] });
  });

  test('accepts ids in any case, with spaces and empty parts around commas', () => {
    const { state } = readSearchState('?stage=%20Beta%20,,ALPHA,', known);
    expect(state.stages).toEqual(['alpha', 'beta']);
  });

  test('keeps the known values of a list and reports each unknown one', () => {
    const { state, ignored } = readSearchState('?stage=alpha,omega&kind=recipe', known);
    expect(state.stages).toEqual(['alpha']);
    expect(state.kinds).toEqual([]);
    expect(ignored).toEqual([
      { key: 'stage', value: 'omega', reason: 'invalid-value' },
      { key: 'kind', value: 'recipe', reason: 'invalid-value' },
    ]);
  });

  test('reports unknown parameters, repeated ones and a query that is too long', () => {
    const long = 'x'.repeat(MAX_QUERY_LENGTH + 1);
    const { state, ignored } = readSearchState(`?utm=1&q=${long}&stage=beta&stage=alpha`, known);
    expect(state).toEqual({ query: '', stages: ['beta'], kinds: [] });
    expect(ignored.map((i) => [i.key, i.reason])).toEqual([
      ['utm', 'unknown-parameter'],
      ['q', 'invalid-value'],
      ['stage', 'repeated'],
    ]);
  });

  test('trims the query', () => {
    expect(readSearchState('?q=%20%20runbooks%20', known).state.query).toBe('runbooks');
  });
});

describe('formatSearchState', () => {
  test('writes q, stage and kind in that order, lists comma-separated', () => {
    expect(
      formatSearchState({ query: 'read replicas', stages: ['alpha', 'beta'], kinds: ['topic'] }),
    ).toBe('?q=read+replicas&stage=alpha%2Cbeta&kind=topic');
  });

  test('leaves out what is empty, down to nothing', () => {
    expect(formatSearchState({ query: ' ', stages: [], kinds: ['stage'] })).toBe('?kind=stage');
    expect(formatSearchState(EMPTY_STATE)).toBe('');
  });

  test('round-trips through readSearchState', () => {
    const state = {
      query: 'P95 latency & "uptime"',
      stages: ['beta'],
      kinds: ['checklist', 'topic'],
    };
    expect(readSearchState(formatSearchState(state), known).state).toEqual(state);
  });
});

describe('isActive', () => {
  test('is true for a query or any filter, false for none', () => {
    expect(isActive(EMPTY_STATE)).toBe(false);
    expect(isActive({ ...EMPTY_STATE, query: 'x' })).toBe(true);
    expect(isActive({ ...EMPTY_STATE, stages: ['alpha'] })).toBe(true);
    expect(isActive({ ...EMPTY_STATE, kinds: ['topic'] })).toBe(true);
  });
});

describe('toggleValue', () => {
  const order = ['alpha', 'beta', 'gamma'];
  test('adds a value in the given order, without repeating it', () => {
    expect(toggleValue(['gamma'], 'alpha', true, order)).toEqual(['alpha', 'gamma']);
    expect(toggleValue(['alpha'], 'alpha', true, order)).toEqual(['alpha']);
  });
  test('removes a value, and ignores removing one that is absent', () => {
    expect(toggleValue(['alpha', 'beta'], 'alpha', false, order)).toEqual(['beta']);
    expect(toggleValue(['beta'], 'gamma', false, order)).toEqual(['beta']);
  });
  test('drops values the order does not know', () => {
    expect(toggleValue(['omega'], 'beta', true, order)).toEqual(['beta']);
  });
});
