import { describe, expect, test } from 'vitest';
import {
  capitalized,
  countWord,
  listSeparator,
  listWords,
  plural,
  quoted,
} from '../../../src/lib/words.ts';

describe('words', () => {
  test('plural counts one in the singular and every other number in the plural', () => {
    expect([0, 1, 2].map((n) => plural(n, 'item', 'items'))).toEqual([
      '0 items',
      '1 item',
      '2 items',
    ]);
  });

  test('lists read "a", "a and b", "a, b and c"', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  test('clauses that hold commas are listed with semicolons: "a, x; b and c"', () => {
    expect(listWords(['a, x', 'b', 'c'], '; ')).toBe('a, x; b and c');
    expect(listWords(['a', 'b'], '; ')).toBe('a and b');
  });

  test('a list built piece by piece uses the same separators', () => {
    const pieces = ['x', 'y', 'z'].map((w, i) => `${listSeparator(i, 3)}${w}`);
    expect(pieces.join('')).toBe(listWords(['x', 'y', 'z']));
  });

  test('counts up to ten are words, larger ones digits; a sentence starts upper-case', () => {
    expect([0, 4, 10, 11].map(countWord)).toEqual(['zero', 'four', 'ten', '11']);
    expect(capitalized(countWord(3))).toBe('Three');
    expect(capitalized('')).toBe('');
  });

  test('quotes are curly', () => {
    expect(quoted('Redis')).toBe('“Redis”');
  });
});
