import { expect, test } from 'vitest';
import { nextActive } from '../../../../src/lib/search/active-option.ts';

test('Down goes from the field to the first result, then on, and stops at the last', () => {
  expect(nextActive(-1, 'ArrowDown', 3)).toBe(0);
  expect(nextActive(0, 'ArrowDown', 3)).toBe(1);
  expect(nextActive(2, 'ArrowDown', 3)).toBe(2);
});

test('Up goes back, from the first result to the field, and from the field to the last', () => {
  expect(nextActive(2, 'ArrowUp', 3)).toBe(1);
  expect(nextActive(0, 'ArrowUp', 3)).toBe(-1);
  expect(nextActive(-1, 'ArrowUp', 3)).toBe(2);
});

test('no results means nothing is active, whatever the key', () => {
  expect(nextActive(-1, 'ArrowDown', 0)).toBe(-1);
  expect(nextActive(4, 'ArrowUp', 0)).toBe(-1);
});

test('an index past the end (the results shrank) is brought back to the last result', () => {
  expect(nextActive(7, 'Enter', 3)).toBe(2);
  expect(nextActive(7, 'ArrowDown', 3)).toBe(2);
  expect(nextActive(7, 'ArrowUp', 3)).toBe(1);
});

test('other keys change nothing', () => {
  expect(nextActive(1, 'Home', 3)).toBe(1);
  expect(nextActive(-1, 'a', 3)).toBe(-1);
});
