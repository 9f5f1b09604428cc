// What a first visit really fetches, measured in Chromium (each response body gzip'd at level 9),
// against the budgets of test/weight-budgets.ts; and what lazy hydration must not cost a reader:
// saved progress shows on load without layout shift, and the first click on a checklist that has
// not hydrated yet is kept. The figures go to test-results/first-visit.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS, KIB, pageKind } from '../weight-budgets.ts';
import { planLinkPath } from '../fixtures/plan-link.ts';
import { closePage, launchBrowser, listPages, newPage, urlFor } from './browser.ts';
import { checkbox, firstMigration, itemRow, storedRecord } from './checklist-helpers.ts';

interface Visit {
  path: string;
  html: number;
  css: number;
  /** External JavaScript files plus the page's inline scripts. */
  js: number;
  total: number;
  files: string[];
}

/** Desktop size: the larger the viewport, the more client:visible islands hydrate on load. */
const VIEWPORT = { width: 1280, height: 800 };
/** How long a poll may wait for an island to load and hydrate on a busy machine. */
const HYDRATION = { timeout: 15_000 };
const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads `path` in a fresh context (empty cache and storage) and sums what it fetched. */
async function firstVisit(path: string): Promise<Visit> {
  const page = await newPage(browser, { context: { viewport: VIEWPORT } });
  const bodies: Promise<{ url: string; type: string; gzip: number }>[] = [];
  const record = (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), type, gzip: gzip(body) }))
        .catch(() => ({ url: response.url(), type, gzip: 0 })),
    );
  };
  page.on('response', record);
  try {
    await page.goto(urlFor(path), { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const inline = await page.evaluate(() =>
      // Scripts that run: a data block (type="application/json", a tracked list's props) is not one.
      [...document.scripts]
        .filter((s) => !s.src && (s.type === '' || s.type === 'module'))
        .map((s) => s.textContent ?? ''),
    );
    const fetched = await Promise.all(bodies);
    const sum = (test: (type: string) => boolean) =>
      fetched.filter((f) => test(f.type)).reduce((s, f) => s + f.gzip, 0);
    const html = sum((t) => t.includes('text/html'));
    const css = sum((t) => t.includes('text/css'));
    const externalJs = sum((t) => t.includes('javascript'));
    const inlineJs = inline.filter(Boolean).reduce((s, code) => s + gzip(code), 0);
    return {
      path,
      html,
      css,
      js: externalJs + inlineJs,
      total: html + css + externalJs,
      files: fetched.map((f) => new URL(f.url).pathname),
    };
  } finally {
    page.off('response', record);
    await closePage(page);
  }
}

/** Every budgeted page, and a plan link (answers, start and progress), which hydrates the plan at once. */
const budgeted = [...listPages().filter((path) => pageKind(path) !== undefined), planLinkPath()];
const visits: Visit[] = [];

describe.each(budgeted)('first visit to %s', (path) => {
  const kind = pageKind(new URL(path, 'http://site.internal').pathname) ?? 'widget';
  const budget = BUDGETS[kind];

  test(`fetches at most ${(budget.js / KIB).toFixed(0)} KiB of JavaScript (${kind} page)`, async () => {
    const visit = await firstVisit(path);
    visits.push(visit);
    expect(
      visit.js,
      `JavaScript gzip bytes; fetched ${visit.files.join(', ')}`,
    ).toBeLessThanOrEqual(budget.js);
    if (budget.total !== undefined) {
      expect(visit.total, 'HTML + CSS + JavaScript gzip bytes').toBeLessThanOrEqual(budget.total);
    }
  });
});

afterAll(() => {
  if (visits.length === 0) return;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
  const lines = [
    `First visit in Chromium (${VIEWPORT.width}×${VIEWPORT.height}), gzip level 9 of each response`,
    `${'page'.padEnd(36)}     HTML      CSS       JS    total`,
    ...visits
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((v) => {
        // A plan link is long: its query and fragment are summed up, not printed.
        const name = v.path.length > 36 ? `${v.path.split('?')[0] ?? ''}?… (a plan link)` : v.path;
        return `${name.padEnd(36)}${kb(v.html)}${kb(v.css)}${kb(v.js)}${kb(v.total)}`;
      }),
  ];
  const text = lines.join('\n');
  console.log(`\n${text}\n`);
  const dir = resolve(import.meta.dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'first-visit.txt'), `${text}\n`);
});

/** Sum of layout-shift scores since navigation, input-driven shifts excluded (as CLS does). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 1000);
      }),
  );
}

describe('lazy hydration loses nothing', () => {
  const list = firstMigration();
  const [first, second] = list.items;

  test('the first click on a checklist that has not hydrated yet ticks the item and is saved', async () => {
    if (!first) throw new Error(`${list.id} has no items`);
    const page = await newPage(browser);
    try {
      await page.goto(urlFor(list.path), { waitUntil: 'networkidle' });
      expect(await page.locator('astro-island[ssr]').count(), 'island hydrated before use').toBe(1);
      await checkbox(page, first.id).click();
      await expect.poll(() => checkbox(page, first.id).isChecked(), HYDRATION).toBe(true);
      await expect
        .poll(async () => {
          const record = await storedRecord(page, list.key);
          const items = record?.['items'] as Record<string, { status: string }> | undefined;
          return items?.[first.id]?.status;
        }, HYDRATION)
        .toBe('done');
    } finally {
      await closePage(page);
    }
  });

  test('a keyboard reader: Tab to a checkbox and Space before the island hydrates ticks it', async () => {
    if (!first) throw new Error(`${list.id} has no items`);
    const page = await newPage(browser);
    try {
      await page.goto(urlFor(list.path), { waitUntil: 'networkidle' });
      expect(await page.locator('astro-island[ssr]').count(), 'island hydrated before use').toBe(1);
      // Focus moves to the checkbox as Tab would put it there; Space follows at once.
      await checkbox(page, first.id).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => checkbox(page, first.id).isChecked(), HYDRATION).toBe(true);
      await expect.poll(() => storedRecord(page, list.key), HYDRATION).not.toBeNull();
    } finally {
      await closePage(page);
    }
  });

  test('saved ticks and notes show on the next visit, with no layout shift', async () => {
    if (!first || !second) throw new Error(`${list.id} needs two items`);
    const page = await newPage(browser);
    try {
      await page.goto(urlFor(list.path), { waitUntil: 'networkidle' });
      await checkbox(page, first.id).click();
      await expect.poll(() => checkbox(page, first.id).isChecked(), HYDRATION).toBe(true);
      await itemRow(page, second.id).locator('summary').click();
      await itemRow(page, second.id).locator('textarea').fill('Owned by the platform team');
      await expect.poll(() => storedRecord(page, list.key), HYDRATION).not.toBeNull();

      const again = await page.context().newPage();
      await again.goto(urlFor(list.path), { waitUntil: 'networkidle' });
      await expect.poll(() => checkbox(again, first.id).isChecked(), HYDRATION).toBe(true);
      await expect
        .poll(() => itemRow(again, second.id).textContent(), HYDRATION)
        .toContain('Owned by the platform team');
      expect(await layoutShift(again), 'cumulative layout shift').toBe(0);
    } finally {
      await closePage(page);
    }
  });
});
