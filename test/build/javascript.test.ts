// The JavaScript budget: pages without a widget ship no framework runtime, widget pages ship React
// once, and every page's gzip sizes are printed (and written to test-results/page-sizes.txt).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  REACT_DOM_MARKERS,
  REACT_MARKERS,
  markersIn,
  pageAssets,
  sizeTable,
  type PageAssets,
} from './assets.ts';
import { ROOT, builtPages } from './dist.ts';

const ASSETS: PageAssets[] = builtPages().map(pageAssets);

describe.each(ASSETS)('$page.url', (assets) => {
  test('every script and static import it loads exists in dist/', () => {
    expect(assets.missing, 'JS modules named by the page or its imports but not in dist/').toEqual(
      [],
    );
  });

  if (!assets.hasIslands) {
    test('no astro-island, so no React', () => {
      const withReact = assets.js
        .map((path) => ({ path, markers: markersIn(path, REACT_MARKERS) }))
        .filter(({ markers }) => markers.length > 0)
        .map(({ path, markers }) => `${path} (${markers.join(', ')})`);
      const inline = assets.inlineScripts
        .map((code, i) => ({ i, markers: REACT_MARKERS.filter((m) => code.includes(m)) }))
        .filter(({ markers }) => markers.length > 0)
        .map(({ i, markers }) => `inline script #${i + 1} (${markers.join(', ')})`);
      expect([...withReact, ...inline], 'React code on a page without a widget').toEqual([]);
    });
  } else {
    test('islands load the React DOM runtime exactly once', () => {
      const runtimes = assets.js.filter((path) => markersIn(path, REACT_DOM_MARKERS).length > 0);
      expect(runtimes.length, `chunks containing React DOM: ${runtimes.join(', ')}`).toBe(1);
    });
  }
});

test('gzip size table', () => {
  const table = sizeTable(ASSETS);
  console.log(`\n${table}\n`);
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page-sizes.txt'), `${table}\n`);
  expect(ASSETS.length).toBeGreaterThan(0);
});
