import { describe, expect, test } from 'vitest';
import { describeValue, valueAt } from '../../../src/content-check/describe.ts';

describe('describeValue', () => {
  test.each([
    [undefined, 'nothing (the field is missing)'],
    [null, 'null'],
    ['words', '"words"'],
    ['', '""'],
    [3, 'number 3'],
    [false, 'boolean false'],
    [[], 'a list of 0 items'],
    [['a'], 'a list of 1 item'],
    [['a', 'b'], 'a list of 2 items'],
    [{}, 'an empty object'],
    [{ level: 'yes', text: 'x' }, 'an object with "level", "text"'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test('shortens long text to 60 characters', () => {
    const described = describeValue('x'.repeat(100));
    expect(described).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });

  test('keeps text of exactly 60 characters whole', () => {
    expect(describeValue('y'.repeat(60))).toBe(JSON.stringify('y'.repeat(60)));
  });
});

describe('valueAt', () => {
  const data = { rows: [{ cells: { alpha: 42 } }] };

  test('reads the value at a path of names and indexes', () => {
    expect(valueAt(data, ['rows', 0, 'cells', 'alpha'])).toBe(42);
  });

  test('gives the data itself for an empty path', () => {
    expect(valueAt(data, [])).toBe(data);
  });

  test('gives undefined for a path that does not exist', () => {
    expect(valueAt(data, ['rows', 3, 'cells'])).toBeUndefined();
    expect(valueAt(data, ['rows', 0, 'cells', 'alpha', 'deeper'])).toBeUndefined();
  });
});
