// What search costs a reader, measured in Chromium: what a page fetches before search is opened
// (the loader only), when the Search button gets focus (the UI and Pagefind start loading), and
// for a first search. Written to test-results/search-weight.txt for the record.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closePage, launchBrowser, listPages, newPage, urlFor } from './browser.ts';
import { UI, typeQuery } from './search-helpers.ts';

interface Fetched {
  phase: string;
  path: string;
  kind: string;
  raw: number;
  gzip: number;
}

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

/** A page that has no widget of its own, so the only script it loads is the search loader. */
function pageWithoutWidgets(): string {
  const found = listPages().find(
    (path) =>
      path.endsWith('/') &&
      !/<astro-island|<tracked-list/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')),
  );
  if (found === undefined) throw new Error('every built page has a widget; nothing to measure');
  return found;
}

const measured = pageWithoutWidgets();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a fetched file is, for the table. */
function kindOf(path: string): string {
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.js')) return 'pagefind js';
    if (path.includes('wasm')) return 'pagefind wasm';
    if (path.includes('/fragment/')) return 'pagefind fragment';
    if (path.includes('/index/')) return 'pagefind index';
    if (path.includes('/filter/')) return 'pagefind filter';
    return 'pagefind meta';
  }
  if (path.endsWith('.js')) return 'site js';
  if (path.endsWith('.css')) return 'css';
  return 'page';
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

test('a page loads only the search loader; focusing and searching load the rest', async () => {
  const page = await newPage(browser);
  const fetched: Fetched[] = [];
  const pending: Promise<void>[] = [];
  let phase = 'page load';
  const record = (response: Response) => {
    const at = phase;
    pending.push(
      response
        .body()
        .then((body) => {
          const path = new URL(response.url()).pathname;
          fetched.push({
            phase: at,
            path,
            kind: kindOf(path),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        })
        .catch(() => undefined),
    );
  };
  page.context().on('response', record);
  try {
    await page.goto(urlFor(measured), { waitUntil: 'networkidle' });
    const before = fetched.filter((f) => f.kind === 'site js' || f.kind.startsWith('pagefind'));
    expect(
      before.map((f) => f.path).filter((p) => p.startsWith('/pagefind/')),
      'Pagefind before search',
    ).toEqual([]);
    // The loader: a file, or (small and without imports) inline in the page, as Astro bundles it;
    // that it runs shows below, when Enter on the Search button opens the dialog.
    expect(
      before.length,
      `JS files before search: ${before.map((f) => f.path).join(', ')}`,
    ).toBeLessThanOrEqual(1);

    phase = 'focus on Search';
    await page.locator('.search-button').focus();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    phase = 'first search';
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] input');
    await typeQuery(page, 'read replicas');
    expect(await page.locator(`${UI} [role="option"]`).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await Promise.all(pending);

    const opened = fetched.filter((f) => f.phase !== 'page load');
    expect(
      opened.some((f) => f.path === '/pagefind/pagefind.js'),
      'Pagefind loads on focus',
    ).toBe(true);

    const lines = [
      `Search weight in Chromium (${measured}), gzip level 9 of each file fetched`,
      '',
    ];
    for (const name of ['page load', 'focus on Search', 'first search']) {
      const rows = fetched.filter((f) => f.phase === name && f.kind !== 'page' && f.kind !== 'css');
      const total = rows.reduce((sum, f) => sum + f.gzip, 0);
      lines.push(`${name}: ${rows.length} files, ${kb(total)} gzip`);
      for (const f of rows)
        lines.push(
          `  ${f.kind.padEnd(18)} ${kb(f.gzip).padStart(8)} gzip ${kb(f.raw).padStart(8)} raw  ${f.path}`,
        );
    }
    const text = lines.join('\n');
    console.log(`\n${text}\n`);
    const dir = resolve(import.meta.dirname, '..', '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'search-weight.txt'), `${text}\n`);
  } finally {
    page.context().off('response', record);
    await closePage(page);
  }
});
