import { describe, expect, test } from 'vitest';
import { parseInline, plainText, splitAround } from '../../../src/lib/inline.ts';

describe('parseInline', () => {
  test('returns plain text as one plain segment', () => {
    expect(parseInline('Add health checks')).toEqual([
      { text: 'Add health checks', strong: false },
    ]);
  });

  test('marks the words between ** as strong and keeps the text around them', () => {
    expect(parseInline('**NOTE**: read this')).toEqual([
      { text: 'NOTE', strong: true },
      { text: ': read this', strong: false },
    ]);
    expect(parseInline('before **middle** after')).toEqual([
      { text: 'before ', strong: false },
      { text: 'middle', strong: true },
      { text: ' after', strong: false },
    ]);
  });

  test('handles several strong runs in one text', () => {
    expect(parseInline('**a** and **b**')).toEqual([
      { text: 'a', strong: true },
      { text: ' and ', strong: false },
      { text: 'b', strong: true },
    ]);
  });

  test('keeps a whole-text strong run as one strong segment', () => {
    expect(parseInline('**all of it**')).toEqual([{ text: 'all of it', strong: true }]);
  });

  test('keeps an unmatched ** as plain text instead of swallowing the rest', () => {
    expect(parseInline('2 ** 3 is eight')).toEqual([{ text: '2 ** 3 is eight', strong: false }]);
    expect(parseInline('**bold** then ** alone')).toEqual([
      { text: 'bold', strong: true },
      { text: ' then ** alone', strong: false },
    ]);
  });

  test('returns no segments for empty text', () => {
    expect(parseInline('')).toEqual([]);
  });

  test('drops the empty run of an empty ** ** pair', () => {
    expect(parseInline('a****b')).toEqual([
      { text: 'a', strong: false },
      { text: 'b', strong: false },
    ]);
  });
});

describe('plainText', () => {
  test('removes the marks and keeps every word', () => {
    expect(plainText('**NOTE**: read **this** now')).toBe('NOTE: read this now');
  });

  test('keeps an unmatched ** in the text', () => {
    expect(plainText('a ** b')).toBe('a ** b');
  });

  test('returns empty text for empty text', () => {
    expect(plainText('')).toBe('');
  });
});

describe('splitAround', () => {
  test('splits the text around the phrase', () => {
    expect(splitAround('See The Page for details.', 'The Page')).toEqual({
      before: 'See ',
      phrase: 'The Page',
      after: ' for details.',
    });
  });

  test('splits around the first occurrence only', () => {
    expect(splitAround('x y x', 'x')).toEqual({ before: '', phrase: 'x', after: ' y x' });
  });

  test('returns the whole text as before when the phrase is absent', () => {
    expect(splitAround('See the page.', 'Other')).toEqual({
      before: 'See the page.',
      phrase: undefined,
      after: '',
    });
  });

  test('finds a phrase at the end of the text', () => {
    expect(splitAround('Read Logging', 'Logging')).toEqual({
      before: 'Read ',
      phrase: 'Logging',
      after: '',
    });
  });
});
