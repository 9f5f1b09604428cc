// The site built for a sub-path (npm run build:subpath: BASE_PATH=/guide/ into
// test-results/dist-guide/), served under /guide/ by a plain static server with the build's own
// _headers: a reader reads every page with its styles and scripts, ticks a checklist, answers the
// quiz and searches, and never leaves /guide/ or hits a missing file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SUBPATH_BASE, SUBPATH_DIST } from '../../scripts/build-subpath.ts';
import { closePage, launchBrowser, listPages, newPage } from './browser.ts';
import {
  answerQuiz,
  readPage,
  recordViolations,
  search,
  tickChecklist,
  type Violation,
} from './journey.ts';
import { stages } from './search-helpers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

if (!existsSync(join(SUBPATH_DIST, 'index.html'))) {
  throw new Error(
    `${SUBPATH_DIST} has no built site: run npm run build:subpath first, then the e2e tests again.`,
  );
}

let browser: Browser;
let server: StaticServer;
let page: Page;
let violations: () => Violation[];
/** Requests of the site that failed or left the sub-path, and page errors. */
const problems: string[] = [];

beforeAll(async () => {
  server = await serveStatic({
    root: SUBPATH_DIST,
    base: SUBPATH_BASE,
    headersFile: join(SUBPATH_DIST, '_headers'),
  });
  browser = await launchBrowser();
  page = await newPage(browser);
  violations = await recordViolations(page);
  const origin = new URL(server.siteUrl).origin;
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    const expected404 = url.pathname === `${SUBPATH_BASE}no-such-page/`;
    if (!url.pathname.startsWith(SUBPATH_BASE)) problems.push(`left the sub-path: ${url.pathname}`);
    else if (response.status() >= 400 && !expected404) {
      problems.push(`HTTP ${response.status()}: ${url.pathname}`);
    }
  });
  page.on('requestfailed', (request) => {
    // A request cut short by the next navigation (the favicon of a page left at once) is no fault.
    const why = request.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`failed (${why}): ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
});
// Each test reports only what went wrong in it.
beforeEach(() => {
  problems.length = 0;
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await server?.close();
});

/** Every same-origin link of the page as the reader sees it now (after hydration). */
const pageLinks = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === location.origin)
      .map((a) => a.pathname),
  );

describe(`the site served under ${SUBPATH_BASE}`, () => {
  test(
    'every page loads with its styles, and every link stays under the sub-path',
    { timeout: 120_000 },
    async () => {
      const outside: string[] = [];
      for (const path of listPages()) {
        const status = await readPage(page, server, path);
        expect(status, path).toBe(path === '/404.html' ? 404 : 200);
        // The site's stylesheets applied: the header is laid out by its component styles.
        const display = await page
          .locator('.site-header .inner')
          .evaluate((e) => getComputedStyle(e).display);
        expect(display, `${path}: header styles`).toBe('flex');
        for (const link of await pageLinks(page)) {
          if (!link.startsWith(SUBPATH_BASE)) outside.push(`${path}: ${link}`);
        }
      }
      expect(outside).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  test('a checklist ticks and keeps its progress', async () => {
    await tickChecklist(page, server);
    expect(problems).toEqual([]);
  });

  test('the quiz gives a result whose links stay under the sub-path', async () => {
    expect(await answerQuiz(page, server)).not.toBe('');
    const links = await pageLinks(page);
    expect(links.filter((l) => !l.startsWith(SUBPATH_BASE))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('search finds pages under the sub-path and a result opens', async () => {
    const stage = stages[0];
    if (!stage) throw new Error('content/stages/ is empty');
    const hrefs = await search(page, server, stage.data.shortName);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith(SUBPATH_BASE))).toEqual([]);
    const first = hrefs[0] ?? '';
    await page.goto(new URL(first, server.siteUrl).href, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe(first.replace(/#.*$/, ''));
    expect(problems).toEqual([]);
    expect(violations()).toEqual([]);
  });
});
