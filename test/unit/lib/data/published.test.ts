import { describe, expect, test } from 'vitest';
import { publish } from '../../../../src/lib/data/published.ts';

describe('publishing content data', () => {
  test('writes each reference as its id, at any depth', () => {
    expect(
      publish({
        next: { collection: 'stages', id: 'mvp' },
        groups: [{ items: [{ id: 'a', feature: { collection: 'features', id: 'caching' } }] }],
        keyDocs: [{ collection: 'topics', id: 'logging' }],
      }),
    ).toEqual({
      next: 'mvp',
      groups: [{ items: [{ id: 'a', feature: 'caching' }] }],
      keyDocs: ['logging'],
    });
  });

  test('leaves out undefined fields and keeps every other value', () => {
    const published = publish({ a: undefined, b: 0, c: false, d: null, e: '', f: [1] });
    expect(published).toEqual({ b: 0, c: false, d: null, e: '', f: [1] });
    expect(Object.keys(published)).not.toContain('a');
  });

  test('keeps an object that only looks like a reference when it has more fields', () => {
    const value = { collection: 'x', id: 'y', label: 'z' };
    expect(publish(value)).toEqual(value);
  });
});
