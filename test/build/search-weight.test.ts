// What search costs a page before the reader opens it: the header's loader only (a small module
// that fills in [data-shortcut]); the search UI and Pagefind load on first focus or open. Only
// /search/, where the reader came to search, loads the UI with the page.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { gzipSize, markersIn, pageAssets, staticImports } from './assets.ts';
import { readFileSync } from 'node:fs';
import { builtPages, fileForPath } from './dist.ts';

/** gzip bytes the loader (with anything it imports statically) may cost every page. */
const LOADER_BUDGET = 2 * 1024;
/** Strings only in the loader, and only in the search UI, to tell the modules apart. */
const LOADER_MARKER = '[data-shortcut]';
const UI_MARKER = 'search-dialog-body';
const SEARCH_PAGE = '/search/';
/**
 * The one other script a page without widgets may load: the checklists page's line of saved
 * progress under each checklist (issue 16), marked by its data attribute, within its own budget.
 * 3.5 KiB since the line reads saved progress through the one validation every checklist uses
 * (record-codec.ts, issue 14): seven small modules shared with the checklists, a few hundred bytes
 * of which are each file's own gzip framing.
 */
const SAVED_PROGRESS_MARKER = 'data-saved-progress';
const SAVED_PROGRESS_BUDGET = 3.5 * 1024;

const pages = builtPages().map(pageAssets);

/**
 * The loader is small enough, with no static import, for Astro to inline it in each page; should
 * it grow or import something, it becomes a file: both count.
 */
function loaderOf(assets: (typeof pages)[number]) {
  const files = assets.js.filter((path) => markersIn(path, [LOADER_MARKER]).length > 0);
  const inline = assets.inlineScripts.filter((code) => code.includes(LOADER_MARKER));
  const gzip =
    files.reduce((sum, path) => sum + gzipSize(fileForPath(path) ?? ''), 0) +
    inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  return { files, inline, code: inline[0] ?? '', gzip };
}

describe.each(pages)('$page.url', (assets) => {
  const loader = loaderOf(assets);
  const loaders = loader.files;
  const withUi = assets.js.filter((path) => markersIn(path, [UI_MARKER]).length > 0);

  test('loads the search loader, and nothing from /pagefind/, before search is opened', () => {
    expect(
      loader.files.length + loader.inline.length,
      'modules and inline scripts with the header search loader',
    ).toBe(1);
    expect(assets.js.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });

  if (assets.page.url === SEARCH_PAGE) {
    test('the search page loads the search UI with the page', () => {
      expect(withUi.length).toBe(1);
    });
  } else {
    test('does not load the search UI until the reader focuses or opens search', () => {
      expect(withUi, 'search UI loaded with the page').toEqual([]);
    });
  }

  // Reading pages' checklists (<tracked-list>) have their own budget (test/weight-budgets.ts).
  const hasTrackedLists = readFileSync(assets.page.file, 'utf8').includes('<tracked-list');
  if (!assets.hasIslands && !hasTrackedLists && assets.page.url !== SEARCH_PAGE) {
    test(`ships no JavaScript but the loader, within ${LOADER_BUDGET} B gzip`, () => {
      const size = (paths: readonly string[]) =>
        paths.reduce((sum, path) => sum + gzipSize(fileForPath(path) ?? ''), 0);
      const enhancement = assets.js.filter(
        (path) => markersIn(path, [SAVED_PROGRESS_MARKER]).length > 0,
      );
      // The enhancement's own module and what it imports that the loader does not.
      const extra = enhancement.length === 0 ? [] : assets.js.filter((p) => !loaders.includes(p));
      expect(
        assets.js.filter((p) => !extra.includes(p)),
        'JS of a page without widgets',
      ).toEqual(loaders);
      expect(loader.gzip, `gzip bytes of the loader`).toBeLessThanOrEqual(LOADER_BUDGET);
      expect(size(extra), `gzip bytes of ${extra.join(', ')}`).toBeLessThanOrEqual(
        SAVED_PROGRESS_BUDGET,
      );
    });
  }
});

test('the loader fetches the search UI with a dynamic import, which the page does not preload', () => {
  const first = pages[0];
  if (!first) throw new Error('no page built');
  const loader = loaderOf(first);
  const loaderCode =
    loader.code ||
    loader.files.map((path) => readFileSync(fileForPath(path) ?? '', 'utf8')).join('');
  if (!loaderCode) throw new Error('no loader found on the first page');
  // Imported by its URL (src/integrations/chunk-url/), without Vite's preload helper.
  expect(loaderCode, 'no preload helper in the loader').not.toContain('modulepreload');
  const urls = [...loaderCode.matchAll(/import\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2] ?? '');
  expect(urls.length, 'dynamic imports in the loader').toBe(1);
  const entry = new URL(urls[0] ?? '', 'http://site.internal/').pathname;
  const file = fileForPath(entry);
  if (!file) throw new Error(`the loader imports ${entry}, which is not in dist/`);
  // The entry is the UI chunk or re-exports it: the chunk /search/ loads with the page.
  const searchPage = pages.find((p) => p.page.url === SEARCH_PAGE);
  const uiChunk = searchPage?.js.find((path) => markersIn(path, [UI_MARKER]).length > 0);
  if (!uiChunk) throw new Error(`${SEARCH_PAGE} loads no search UI chunk`);
  const reached = [entry, ...staticImports(readFileSync(file, 'utf8'))].map(
    (spec) => new URL(spec, `http://site.internal${entry}`).pathname,
  );
  expect(reached, 'the UI chunk, shared with /search/').toContain(uiChunk);
  expect(first.js, 'the page does not preload it').not.toContain(uiChunk);
});
