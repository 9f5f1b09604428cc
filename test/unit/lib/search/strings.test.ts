import { expect, test } from 'vitest';
import { KIND_IDS, searchStrings } from '../../../../src/lib/search/strings.ts';

test('says how many pages match, and how many are shown when not all are', () => {
  expect(searchStrings.summary(1, 1, 'runbooks')).toBe('1 page match “runbooks”.');
  expect(searchStrings.summary(12, 6, 'read replicas')).toBe(
    '12 pages match “read replicas”; showing 6.',
  );
  expect(searchStrings.summary(3, 3, '')).toBe('3 pages match the filters.');
});

test('says when nothing matches, with or without words', () => {
  expect(searchStrings.noResults('zebracorn')).toContain('zebracorn');
  expect(searchStrings.noResults('')).toMatch(/filters/);
});

test('names a result’s page type and stages, leaving out what it lacks', () => {
  expect(searchStrings.resultTags('Checklist', ['Production', 'Scale'])).toBe(
    'Checklist · Production, Scale',
  );
  expect(searchStrings.resultTags(undefined, ['Scale'])).toBe('Scale');
  expect(searchStrings.resultTags('Topic', [])).toBe('Topic');
  expect(searchStrings.resultTags(undefined, [])).toBe('');
});

test('has distinct filter keys, and a label for every kind', () => {
  const { stage, kind } = searchStrings.filters;
  expect(stage.key).not.toBe(kind.key);
  // Pagefind reserves these keys for compound filters.
  for (const key of [stage.key, kind.key]) expect(['any', 'all', 'none', 'not']).not.toContain(key);
  expect(KIND_IDS.map((id) => searchStrings.kinds[id].trim()).every(Boolean)).toBe(true);
  expect(new Set(Object.values(searchStrings.kinds)).size).toBe(KIND_IDS.length);
});

test('tells the reader under `npm run dev` to use the built site', () => {
  expect(searchStrings.devOnly).toContain('npm start');
});
