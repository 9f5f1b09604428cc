import { describe, expect, test } from 'vitest';
import {
  matchedTerms,
  wordParts,
  placeScore,
  toResultView,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../../../src/lib/search/results.ts';
import { searchStrings } from '../../../../src/lib/search/strings.ts';

const { filters, kinds } = searchStrings;
const STAGES = [
  { id: 'alpha', name: 'Alpha' },
  { id: 'beta', name: 'Beta' },
];

function sub(
  title: string,
  anchorId: string | undefined,
  locations: number[],
  score = 1,
): PagefindSubResult {
  return {
    title,
    url: anchorId ? `/page/#${anchorId}` : '/page/',
    excerpt: `<mark>hit</mark> in ${title}`,
    ...(anchorId && { anchor: { element: 'li', id: anchorId } }),
    locations,
    weighted_locations: locations.map((location) => ({
      weight: 1,
      balanced_score: score,
      location,
    })),
  };
}

//               0                 1      2    3         4     5     6        7
const CONTENT = 'Production-Ready. Alpha. read replicas. Some text. replica replicas';
const Q = 'read replicas';

function data(subResults: PagefindSubResult[], extra: Partial<PagefindResultData> = {}) {
  return {
    url: '/page/',
    excerpt: 'The <mark>page</mark>',
    meta: { title: 'A Page' },
    content: CONTENT,
    filters: { [filters.kind.key]: [kinds.stage], [filters.stage.key]: ['Beta', 'Alpha'] },
    sub_results: subResults,
    ...extra,
  };
}

describe('toResultView', () => {
  test('gives the page’s title, type and stages, and its places with excerpts', () => {
    const view = toResultView(data([sub('Must Have', 'item-a', [2, 3])]), {
      maxPlaces: 3,
      stages: STAGES,
      query: Q,
    });
    expect(view).toEqual({
      url: '/page/',
      title: 'A Page',
      kind: kinds.stage,
      stages: ['Alpha', 'Beta'],
      places: [
        {
          url: '/page/#item-a',
          title: 'Must Have',
          excerpt: [
            { text: 'hit', mark: true },
            { text: ' in Must Have', mark: false },
          ],
          isPage: false,
        },
      ],
    });
  });

  test('puts first the place that matches the most different words, not the heaviest one', () => {
    const view = toResultView(
      data([
        sub('A Page', undefined, [0], 50), // the title's "Ready": one word, weighted heavily
        sub('Section two', 'two', [6, 7], 9), // "replica" and "replicas": one of the reader's words
        sub('Section one', 'one', [2, 3], 2), // "read" and "replicas": two words
      ]),
      { maxPlaces: 3, stages: STAGES, query: Q },
    );
    expect(view.places.map((p) => p.title)).toEqual(['Section one', 'A Page', 'Section two']);
  });

  test('prefers the top of the page when it matches as many words as a section', () => {
    const view = toResultView(
      data([sub('Section', 'sec', [2, 3], 40), sub('A Page', undefined, [1, 3], 1)]),
      { maxPlaces: 2, stages: STAGES, query: Q },
    );
    expect(view.places.map((p) => p.isPage)).toEqual([true, false]);
  });

  test('breaks ties by score, then by page order, and keeps at most maxPlaces', () => {
    const view = toResultView(
      data([sub('First', 'a', [2], 1), sub('Second', 'b', [3], 1), sub('Third', 'c', [4], 5)]),
      { maxPlaces: 2, stages: STAGES, query: Q },
    );
    expect(view.places.map((p) => p.title)).toEqual(['Third', 'First']);
  });

  test('titles a match near the top of the page with the page’s title', () => {
    const view = toResultView(data([sub('ignored', undefined, [1])]), {
      maxPlaces: 1,
      stages: [],
      query: Q,
    });
    expect(view.places[0]).toMatchObject({ url: '/page/', title: 'A Page', isPage: true });
  });

  test('falls back to the page itself without sub-results, and to the URL without a title', () => {
    const view = toResultView(data([], { meta: {}, filters: {} }), {
      maxPlaces: 0,
      stages: STAGES,
      query: Q,
    });
    expect(view.title).toBe('/page/');
    expect(view.kind).toBeUndefined();
    expect(view.stages).toEqual([]);
    expect(view.places).toEqual([
      {
        url: '/page/',
        title: '/page/',
        excerpt: [
          { text: 'The ', mark: false },
          { text: 'page', mark: true },
        ],
        isPage: true,
      },
    ]);
  });
});

describe('scores', () => {
  test('placeScore sums the balanced scores, or counts locations without them', () => {
    expect(placeScore(sub('x', 'x', [1, 2], 2.5))).toBe(5);
    expect(placeScore({ title: 'x', url: '/', excerpt: '', locations: [1, 2, 3] })).toBe(3);
    expect(placeScore({ title: 'x', url: '/', excerpt: '' })).toBe(0);
  });

  test('matchedTerms credits each matched word to the query word it starts like', () => {
    const words = CONTENT.split(/\s+/);
    expect(matchedTerms(sub('x', 'x', [2, 3]), words, Q)).toBe(2);
    // "replica" and "replicas" are one of the reader's words; "Production-Ready" counts for "read".
    expect(matchedTerms(sub('x', 'x', [3, 6, 7]), words, Q)).toBe(1);
    expect(matchedTerms(sub('x', 'x', [0, 3]), words, Q)).toBe(2);
    // A word that shares nothing with the query (or is missing) counts on its own.
    expect(matchedTerms(sub('x', 'x', [1, 3]), words, Q)).toBe(2);
    expect(matchedTerms(sub('x', 'x', [3, 99]), words, Q)).toBe(2);
    expect(matchedTerms(sub('x', 'x', [3, 6, 7]), undefined, Q)).toBe(3);
  });

  test('wordParts splits on anything but letters and digits', () => {
    expect(wordParts('Production-Ready. P95 (p99)')).toEqual(['production', 'ready', 'p95', 'p99']);
    expect(wordParts(' … ')).toEqual([]);
  });
});
