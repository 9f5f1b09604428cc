import { describe, expect, test } from 'vitest';
import {
  contentVersionOf,
  fingerprintIds,
  fnv1a,
} from '../../../../src/lib/checklist/content-version.ts';

describe('fnv1a', () => {
  test('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('fingerprintIds', () => {
  test('does not depend on the order of the ids', () => {
    expect(fingerprintIds(['a', 'b', 'c'])).toBe(fingerprintIds(['c', 'a', 'b']));
  });

  test('changes when an id is added, removed or renamed', () => {
    const base = fingerprintIds(['a', 'b']);
    expect(fingerprintIds(['a', 'b', 'c'])).not.toBe(base);
    expect(fingerprintIds(['a'])).not.toBe(base);
    expect(fingerprintIds(['a', 'bb'])).not.toBe(base);
  });

  test('does not run ids together ("ab" + "c" is not "a" + "bc")', () => {
    expect(fingerprintIds(['ab', 'c'])).not.toBe(fingerprintIds(['a', 'bc']));
  });

  test('is marked as a fingerprint and fits the stored version pattern', () => {
    expect(fingerprintIds(['a'])).toMatch(/^ids-[0-9a-f]{8}$/);
  });
});

describe('contentVersionOf', () => {
  test('is the explicit version when there is one', () => {
    expect(contentVersionOf(3, ['a', 'b'])).toBe('3');
  });

  test('is the fingerprint of the ids without one', () => {
    expect(contentVersionOf(undefined, ['a', 'b'])).toBe(fingerprintIds(['b', 'a']));
  });
});
