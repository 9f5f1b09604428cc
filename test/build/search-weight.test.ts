// What search costs a page before the reader opens it: the header's loader only (a small module
// that fills in [data-shortcut]); the search UI and Pagefind load on first focus or open. Only
// /search/, where the reader came to search, loads the UI with the page.
import { describe, expect, test } from 'vitest';
import { gzipSize, markersIn, pageAssets } from './assets.ts';
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
 */
const SAVED_PROGRESS_MARKER = 'data-saved-progress';
const SAVED_PROGRESS_BUDGET = 3 * 1024;

const pages = builtPages().map(pageAssets);

describe.each(pages)('$page.url', (assets) => {
  const loaders = assets.js.filter((path) => markersIn(path, [LOADER_MARKER]).length > 0);
  const withUi = assets.js.filter((path) => markersIn(path, [UI_MARKER]).length > 0);

  test('loads the search loader, and nothing from /pagefind/, before search is opened', () => {
    expect(loaders.length, 'modules with the header search loader').toBe(1);
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

  if (!assets.hasIslands && assets.page.url !== SEARCH_PAGE) {
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
      expect(size(loaders), `gzip bytes of ${loaders.join(', ')}`).toBeLessThanOrEqual(
        LOADER_BUDGET,
      );
      expect(size(extra), `gzip bytes of ${extra.join(', ')}`).toBeLessThanOrEqual(
        SAVED_PROGRESS_BUDGET,
      );
    });
  }
});

test('the loader fetches the search UI with a dynamic import, which the page does not preload', () => {
  const loader = pages[0]?.js.find((path) => markersIn(path, [LOADER_MARKER]).length > 0);
  if (!loader) throw new Error('no loader found on the first page');
  const uiChunks = pages
    .find((p) => p.page.url === SEARCH_PAGE)
    ?.js.filter((path) => markersIn(path, [UI_MARKER]).length > 0);
  const chunk = uiChunks?.[0]?.split('/').pop();
  if (!chunk) throw new Error(`${SEARCH_PAGE} loads no search UI chunk`);
  expect(
    markersIn(loader, [`import(\`./${chunk}\`)`, `import("./${chunk}")`, `import('./${chunk}')`])
      .length,
  ).toBe(1);
});
