import { describe, expect, it } from 'vitest';
import { describeIgnored, formatQuery, parseQuery } from '../../../src/lib/url-state.ts';

const spec = {
  size: (v: string) => ['s', 'm', 'l'].includes(v),
  q: (v: string) => v.length <= 10,
};

describe('parseQuery', () => {
  it('keeps known parameters with valid values', () => {
    const { accepted, ignored } = parseQuery('?size=m&q=cache', spec);
    expect(Object.fromEntries(accepted)).toEqual({ size: 'm', q: 'cache' });
    expect(ignored).toEqual([]);
  });

  it('accepts a query without the leading question mark', () => {
    expect(parseQuery('size=l', spec).accepted.get('size')).toBe('l');
  });

  it('ignores unknown parameters and invalid values, saying why', () => {
    const { accepted, ignored } = parseQuery('?colour=red&size=xl&q=ok', spec);
    expect(Object.fromEntries(accepted)).toEqual({ q: 'ok' });
    expect(ignored).toEqual([
      { key: 'colour', value: 'red', reason: 'unknown-parameter' },
      { key: 'size', value: 'xl', reason: 'invalid-value' },
    ]);
  });

  it('keeps the first valid value of a repeated parameter', () => {
    const { accepted, ignored } = parseQuery('?size=s&size=m', spec);
    expect(accepted.get('size')).toBe('s');
    expect(ignored).toEqual([{ key: 'size', value: 'm', reason: 'repeated' }]);
  });

  it('neither accepts nor reports pass-through parameters', () => {
    const { accepted, ignored } = parseQuery('?utm_source=mail&size=s', spec, ['utm_source']);
    expect([...accepted.keys()]).toEqual(['size']);
    expect(ignored).toEqual([]);
  });

  it('decodes percent-encoded values', () => {
    expect(parseQuery('?q=read%20rep', spec).accepted.get('q')).toBe('read rep');
  });
});

describe('formatQuery', () => {
  it('writes entries in order and leaves out empty values', () => {
    expect(
      formatQuery([
        ['size', 'm'],
        ['q', ''],
        ['x', undefined],
        ['q', 'a b'],
      ]),
    ).toBe('?size=m&q=a+b');
  });

  it('returns an empty string when nothing is set', () => {
    expect(formatQuery([['q', undefined]])).toBe('');
  });

  it('round-trips through parseQuery', () => {
    const query = formatQuery([
      ['size', 'l'],
      ['q', 'tracing'],
    ]);
    expect(Object.fromEntries(parseQuery(query, spec).accepted)).toEqual({
      size: 'l',
      q: 'tracing',
    });
  });
});

describe('describeIgnored', () => {
  it('says nothing when nothing was ignored', () => {
    expect(describeIgnored([])).toBe('');
  });

  it('names every ignored part and shortens long values', () => {
    const text = describeIgnored([
      { key: 'colour', value: 'red', reason: 'unknown-parameter' },
      { key: 'size', value: 'x'.repeat(50), reason: 'invalid-value' },
      { key: 'q', value: 'b', reason: 'repeated' },
    ]);
    expect(text).toBe(
      `Part of this link could not be used and was ignored: "colour" (not a setting of this page), "size=${'x'.repeat(37)}..." (not a valid value), a second "q". Everything else is shown as the link asked.`,
    );
  });
});
