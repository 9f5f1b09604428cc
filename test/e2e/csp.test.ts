// The Content-Security-Policy, as a browser enforces it: the normal build served with the headers
// of its own `_headers` file (the policy as a real response header, beside each page's <meta>
// policy), while a reader reads every page, ticks a checklist, exports, shares and prints it,
// answers the quiz and searches. Every `securitypolicyviolation` event is recorded: there must be
// none.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, listPages, newPage } from './browser.ts';
import {
  answerQuiz,
  exportAndPrint,
  readPage,
  recordViolations,
  search,
  tickChecklist,
  type Violation,
} from './journey.ts';
import { stages } from './search-helpers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

let browser: Browser;
let server: StaticServer;
let page: Page;
let violations: () => Violation[];

beforeAll(async () => {
  server = await serveStatic({ root: DIST, headersFile: join(DIST, '_headers') });
  browser = await launchBrowser();
  page = await newPage(browser, { context: { acceptDownloads: true } });
  violations = await recordViolations(page);
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await server?.close();
});

describe('the security policy, sent as a header', () => {
  test('every page comes with the strict policy and the other security headers', async () => {
    const response = await page.goto(server.urlFor('/'), { waitUntil: 'load' });
    const headers = response?.headers() ?? {};
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
  });

  test('reading every page reports no violation', { timeout: 120_000 }, async () => {
    const statuses: string[] = [];
    for (const path of listPages()) {
      const status = await readPage(page, server, path);
      if (status !== (path === '/404.html' ? 404 : 200)) statuses.push(`${path}: HTTP ${status}`);
    }
    expect(statuses).toEqual([]);
    expect(violations()).toEqual([]);
  });

  test('ticking, exporting, sharing and printing a checklist reports no violation', async () => {
    await tickChecklist(page, server);
    await exportAndPrint(page);
    expect(violations()).toEqual([]);
  });

  test('answering the quiz reports no violation', async () => {
    expect(await answerQuiz(page, server)).not.toBe('');
    expect(violations()).toEqual([]);
  });

  test('searching (Pagefind and its WebAssembly) reports no violation', async () => {
    const stage = stages[0];
    if (!stage) throw new Error('content/stages/ is empty');
    const hrefs = await search(page, server, stage.data.shortName);
    expect(hrefs.length).toBeGreaterThan(0);
    // The search UI's styles applied: its stylesheet is a file the policy allows.
    const styled = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => sheet.href?.includes('search')),
    );
    expect(styled).toBe(true);
    await page.goto(server.urlFor(`/search/?q=${encodeURIComponent(stage.data.shortName)}`));
    await page.locator('[data-search-page] [role="option"]').first().waitFor();
    expect(violations()).toEqual([]);
  });
});
