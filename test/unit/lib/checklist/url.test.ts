import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pairQuery, readPairQuery } from '../../../../src/lib/checklist/url.ts';

const ids = ['poc-to-mvp', 'mvp-to-production'];

describe('the template’s pair in the address', () => {
  test('a pair the template has is read, and written back the same', () => {
    expect(readPairQuery('?pair=mvp-to-production', ids)).toEqual({
      pair: 'mvp-to-production',
      ignored: [],
    });
    expect(pairQuery('mvp-to-production', '')).toBe('?pair=mvp-to-production');
  });

  test('an unknown pair, another key or a repeat is ignored and reported', () => {
    expect(readPairQuery('?pair=scale-to-moon&x=1', ids)).toEqual({
      pair: undefined,
      ignored: [
        { key: 'pair', value: 'scale-to-moon', reason: 'invalid-value' },
        { key: 'x', value: '1', reason: 'unknown-parameter' },
      ],
    });
    expect(readPairQuery('?pair=poc-to-mvp&pair=mvp-to-production', ids).pair).toBe('poc-to-mvp');
    expect(readPairQuery('?__proto__=1', ids).pair).toBeUndefined();
  });

  test('no pair chosen leaves the query as it is', () => {
    expect(pairQuery(undefined, '?pair=x')).toBe('?pair=x');
  });

  test('any query is read without throwing, and names only a pair the template has', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { pair } = readPairQuery(search, ids);
        return pair === undefined || ids.includes(pair);
      }),
    );
  });
});
