// Whole-site browser checks against `astro preview` of dist/: axe on every page in light and dark,
// print styles, reading with JavaScript off, the 404 page, and the search index in the browser.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, listPages, newPage, urlFor } from './browser.ts';

const PAGES = listPages();
const SCHEMES = ['light', 'dark'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Pages whose print and no-JS rendering is checked: the home page and a stage page. */
const SAMPLE_PAGES = ['/', '/stages/poc/'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a site path in a fresh context; fails on an HTTP error status. */
async function open(path: string, opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, opts);
  try {
    const response = await page.goto(urlFor(path), { waitUntil: 'load' });
    expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(400);
    return page;
  } catch (error) {
    await closePage(page);
    throw error;
  }
}

/**
 * Lets the islands hydrate before a check: scrolls to the bottom (client:visible) and waits,
 * for a while, until no `astro-island[ssr]` is left. A page without islands returns at once.
 */
async function settle(page: Page): Promise<void> {
  if ((await page.locator('astro-island').count()) === 0) return;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page
    .waitForFunction(() => document.querySelector('astro-island[ssr]') === null, undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

function describeViolation(v: Violation): string {
  const targets = v.nodes
    .slice(0, 3)
    .map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '))
    .join(' | ');
  const summary = (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300);
  return `${v.id} [${v.impact ?? 'n/a'}] ${v.help} — ${v.nodes.length} node(s): ${targets}${summary ? ` — ${summary}` : ''}`;
}

describe('axe (WCAG 2.2 AA) on every built page', () => {
  for (const colorScheme of SCHEMES) {
    describe(colorScheme, () => {
      test.each(PAGES)(
        '%s',
        async (path) => {
          const page = await newPage(browser, { colorScheme });
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          try {
            const response = await page.goto(urlFor(path), { waitUntil: 'load' });
            expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(400);
            await settle(page);
            const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
            expect(
              results.violations.map(describeViolation),
              `axe violations on ${path} (${colorScheme})`,
            ).toEqual([]);
            expect(errors, `uncaught JavaScript errors on ${path}`).toEqual([]);
          } finally {
            await closePage(page);
          }
          // The handbook holds the whole guide and every topic on one page: axe needs longer there.
        },
        120_000,
      );
    });
  }
});

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(17, 17, 17)`. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

describe('print', () => {
  for (const colorScheme of SCHEMES) {
    test.each(SAMPLE_PAGES)(
      `%s hides the primary navigation and header controls, dark text (${colorScheme})`,
      async (path) => {
        const page = await open(path, { colorScheme });
        try {
          await settle(page);
          await page.emulateMedia({ media: 'print' });

          const nav = page.locator('nav[aria-label="Primary"]');
          expect(await nav.count(), 'the page has a primary navigation').toBeGreaterThan(0);
          for (const element of await nav.all()) {
            expect
              .soft(await element.isVisible(), 'primary navigation visible in print')
              .toBe(false);
          }

          const header = page.locator('header.site-header');
          expect(await header.count(), 'the page has header.site-header').toBe(1);
          const controls = header.locator(
            ':is(button, input, select, textarea, summary, [role="button"], [role="search"], form, pagefind-searchbox, pagefind-modal-trigger, pagefind-modal)',
          );
          const visibleControls: string[] = [];
          for (const control of await controls.all()) {
            if (await control.isVisible()) {
              visibleControls.push(await control.evaluate((el) => el.outerHTML.slice(0, 120)));
            }
          }
          expect.soft(visibleControls, 'header controls visible in print').toEqual([]);

          const visibleButtons = await page
            .locator('button:visible')
            .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
          expect
            .soft(visibleButtons, 'buttons visible in print (clean paper has none)')
            .toEqual([]);

          const colors = await page.evaluate(() =>
            ['body', 'main', 'h1', 'main p'].flatMap((selector) => {
              const el = document.querySelector(selector);
              return el ? [{ selector, color: getComputedStyle(el).color }] : [];
            }),
          );
          const light = colors.filter(({ color }) => luminance(color) > 0.2);
          expect.soft(light, 'text that is not dark in print (black on white)').toEqual([]);
        } finally {
          await closePage(page);
        }
      },
    );
  }
});

describe('without JavaScript', () => {
  test.each(SAMPLE_PAGES)('%s renders its h1 and main content', async (path) => {
    const page = await open(path, { javaScriptEnabled: false });
    try {
      const h1 = page.locator('h1');
      expect(await h1.count(), 'one h1').toBe(1);
      expect(await h1.isVisible(), 'h1 visible').toBe(true);
      expect((await h1.innerText()).trim(), 'h1 text').not.toBe('');
      const main = page.locator('main#main');
      expect(await main.isVisible(), 'main#main visible').toBe(true);
      const text = (await main.innerText()).replace(/\s+/g, ' ').trim();
      expect(text.length, `main text without JavaScript: "${text.slice(0, 200)}"`).toBeGreaterThan(
        100,
      );
    } finally {
      await closePage(page);
    }
  });
});

describe('404', () => {
  test('an unknown URL answers 404 with the not-found page and a link home', async () => {
    const page = await newPage(browser);
    try {
      const response = await page.goto(urlFor('/no-such-page-e2e-check/'));
      expect(response?.status(), 'HTTP status of an unknown URL').toBe(404);
      expect(await page.locator('h1').count(), 'one h1 on the 404 page').toBe(1);
      expect((await page.locator('h1').innerText()).trim()).not.toBe('');
      expect(
        await page.locator('main a[href="/"]').count(),
        'a link back to the home page (href="/") in main',
      ).toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });
});

describe('search index in the browser', () => {
  test("the stage page's own title finds that page through /pagefind/pagefind.js", async () => {
    const path = '/stages/poc/';
    const page = await open(path);
    try {
      const title = (await page.locator('h1').innerText()).trim();
      // A string, not a function: Vitest rewrites `import()` inside functions it transforms.
      const urls = await page.evaluate<string[]>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const found = await pagefind.search(${JSON.stringify(title)});
        const data = await Promise.all((found?.results ?? []).map((r) => r.data()));
        return data.map((d) => d.url);
      })()`);
      expect(urls, `Pagefind results for "${title}"`).toContain(path);
    } finally {
      await closePage(page);
    }
  });
});
