// Search: the Pagefind bundle was written into dist/, and Pagefind's Node API indexes every page
// that carries data-pagefind-body (every page but those in UNINDEXED_PAGES: the 404).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, expect, test } from 'vitest';
import { DIST, UNINDEXED_PAGES, builtPages, isIndexedPage, parsePage } from './dist.ts';

afterAll(async () => {
  await pagefind.close();
});

test('dist/pagefind/pagefind.js exists (npm run build ran pagefind --site dist)', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('the Pagefind Node API indexes every content page', { timeout: 60_000 }, async () => {
  const contentPages = builtPages().filter(isIndexedPage);
  const withoutBody = contentPages
    .filter((page) => !parsePage(page).querySelector('[data-pagefind-body]'))
    .map((page) => page.url);
  expect
    .soft(withoutBody, `content pages without data-pagefind-body (left out of search)`)
    .toEqual([]);

  const { index, errors } = await pagefind.createIndex();
  expect(errors, 'createIndex errors').toEqual([]);
  if (!index) throw new Error('pagefind.createIndex() returned no index');
  const result = await index.addDirectory({ path: DIST });
  expect(result.errors, 'addDirectory errors').toEqual([]);
  expect(
    result.page_count,
    `pages indexed; content pages (all but ${[...UNINDEXED_PAGES].join(', ')}): ${contentPages.length}`,
  ).toBeGreaterThanOrEqual(contentPages.length);
});
