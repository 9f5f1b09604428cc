import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  test('splits an excerpt into plain and marked words', () => {
    expect(excerptParts('Database <mark>read</mark> <mark>replicas</mark> and more')).toEqual([
      { text: 'Database ', mark: false },
      { text: 'read', mark: true },
      { text: ' ', mark: false },
      { text: 'replicas', mark: true },
      { text: ' and more', mark: false },
    ]);
  });

  test('decodes entities, so markup in the guide’s text stays text', () => {
    const parts = excerptParts(
      'Latency &lt; 200ms &amp; <mark>&quot;P95&quot;</mark> &#39;x&#x27;',
    );
    expect(parts).toEqual([
      { text: 'Latency < 200ms & ', mark: false },
      { text: '"P95"', mark: true },
      { text: " 'x'", mark: false },
    ]);
  });

  test('drops any other tag and joins what is left', () => {
    expect(excerptParts('a <b>bold</b> <script>x</script> end')).toEqual([
      { text: 'a bold x end', mark: false },
    ]);
  });

  test('marks the rest when a <mark> is not closed, and gives nothing for nothing', () => {
    expect(excerptParts('one <mark>two three')).toEqual([
      { text: 'one ', mark: false },
      { text: 'two three', mark: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });

  test('keeps the words of a result in order', () => {
    const parts = excerptParts('<mark>Graceful</mark> shutdown.');
    expect(parts.map((p) => p.text).join('')).toBe('Graceful shutdown.');
  });
});

describe('decodeEntities', () => {
  test('keeps unknown or impossible entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &amp;')).toBe('&bogus; &#0; &#x110000; &');
  });
});
