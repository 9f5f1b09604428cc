// Site search in Chromium against the built site: finding the guide's terms at their stage,
// landing on an item's anchor, narrowing by stage, keyboard-only use, the /search/ page and its
// URL, JavaScript off, and axe with results open.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchStrings } from '../../src/lib/search/strings.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { closePage, launchBrowser, newPage, urlFor, type PageOptions } from './browser.ts';
import {
  UI,
  arrowTo,
  checklistItem,
  countIn,
  openSearch,
  pageUrls,
  shownResults,
  stages,
  stagesRequiring,
  topicTitled,
  typeQuery,
  waitForStatus,
  waitForStatusChange,
} from './search-helpers.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` in a fresh context, runs `check`, fails on uncaught page errors, closes. */
async function withPage(
  path: string,
  check: (page: Page) => Promise<void>,
  opts: PageOptions = {},
): Promise<void> {
  const page = await newPage(browser, opts);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(urlFor(path), { waitUntil: 'load' });
    await check(page);
    expect(errors, `uncaught JavaScript errors on ${path}`).toEqual([]);
  } finally {
    await closePage(page);
  }
}

describe('finding the guide’s terms', () => {
  test('"graceful shutdown" finds the MVP stage and the graceful-shutdown topic', async () => {
    await withPage('/', async (page) => {
      await openSearch(page);
      await typeQuery(page, 'graceful shutdown');
      const urls = pageUrls(await shownResults(page));
      const expected = [
        ...stagesRequiring(/graceful shutdown/i).map((id) => `/stages/${id}/`),
        `/topics/${topicTitled(/^graceful shutdown$/i)}/`,
      ];
      expect(expected.length).toBeGreaterThanOrEqual(2);
      for (const url of expected) expect(urls, `results for "graceful shutdown"`).toContain(url);
      // Each result shows its page title, page type, a section and an excerpt with the terms marked.
      const mvp = (await shownResults(page)).find((r) => r.places[0]?.href.startsWith('/stages/'));
      expect(mvp?.tags).toMatch(new RegExp(searchStrings.kinds.stage));
      expect(mvp?.places[0]?.marked.map((m) => m.toLowerCase())).toEqual(['graceful', 'shutdown']);
    });
  });

  test('"read replicas" finds the Scale stage and the Production → Scale checklist, and lands on the item', async () => {
    const item = checklistItem(/read replicas/i);
    await withPage('/', async (page) => {
      await openSearch(page);
      await typeQuery(page, 'read replicas');
      const results = await shownResults(page);
      for (const id of stagesRequiring(/read replicas/i)) {
        expect(pageUrls(results)).toContain(`/stages/${id}/`);
      }
      const anchor = `/checklists/${item.checklist}/#item--${item.id}`;
      const checklist = results.find((r) => r.places.some((p) => p.href === anchor));
      expect(checklist, `a result linking to ${anchor}`).toBeDefined();
      expect(checklist?.places[0]?.href, 'the checklist result’s first place').toBe(anchor);

      await arrowTo(page, anchor);
      await Promise.all([page.waitForURL(urlFor(anchor)), page.keyboard.press('Enter')]);
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          text: target?.textContent ?? '',
          inView: box ? box.top >= 0 && box.bottom <= window.innerHeight : false,
          dialogOpen: document.querySelector('dialog[open]') !== null,
        };
      });
      expect(landed.text).toContain(item.text);
      expect(landed.inView, 'the item is in view').toBe(true);
      expect(landed.dialogOpen, 'search is closed after opening a result').toBe(false);
    });
  });

  test('words of the site’s navigation ("Skip to content") are not indexed', async () => {
    await withPage('/stages/poc/', async (page) => {
      await openSearch(page);
      await typeQuery(page, ui.skipLink);
      // The three words may each occur in the guide's own text (a "Skip" level, a security
      // policy's "content"); the skip link itself, on every page, must never be what matched.
      const results = await shownResults(page);
      for (const place of results.flatMap((r) => r.places)) {
        expect(place.excerpt.toLowerCase()).not.toContain(ui.skipLink.toLowerCase());
      }
    });
  });
});

describe('filters', () => {
  test('choosing a stage narrows the results to pages about that stage', async () => {
    const first = stages[0];
    if (!first) throw new Error('content has no stages');
    await withPage('/', async (page) => {
      await openSearch(page);
      const before = await typeQuery(page, 'runbooks');
      const choice = page.locator(`${UI} fieldset[data-filter="stage"] label`, {
        hasText: first.data.shortName,
      });
      const promised = countIn((await choice.locator('.search-count').innerText()) || '');
      await choice.locator('input').check();
      const after = await waitForStatusChange(page, before);
      expect(countIn(after), `"${before}" → "${after}"`).toBeLessThan(countIn(before));
      expect(countIn(after), 'the count shown beside the stage').toBe(promised);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) expect(result.tags).toContain(first.data.shortName);
    });
  });
});

describe('keyboard only', () => {
  test('Tab to Search, Enter, type, ↓, Enter opens the chosen result', async () => {
    await withPage('/stages/mvp/', async (page) => {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const onButton = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-haspopup') === 'dialog',
        );
        if (onButton) break;
      }
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        searchStrings.open,
      );
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open]');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
        'combobox',
      );
      await typeQuery(page, 'runbooks');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const href = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id)?.getAttribute('href') : null;
      });
      expect(href).toBeTruthy();
      await Promise.all([page.waitForURL(urlFor(href ?? '')), page.keyboard.press('Enter')]);
    });
  });

  test('Escape closes search and gives focus back to the Search button', async () => {
    await withPage('/topics/', async (page) => {
      await page.locator('.search-button').click();
      await page.waitForSelector('dialog[open] input');
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        'search-button',
      );
    });
  });
});

describe('the /search/ page', () => {
  test('a shared link runs its search with its filters, and the URL follows the reader', async () => {
    const scale = stages.at(-1);
    if (!scale) throw new Error('content has no stages');
    await withPage(`/search/?q=read+replicas&stage=${scale.id}`, async (page) => {
      await waitForStatus(page, 'read replicas');
      expect(await page.locator(`${UI} input[role="combobox"]`).inputValue()).toBe('read replicas');
      const box = page.locator(`${UI} fieldset[data-filter="stage"] input[value="${scale.id}"]`);
      expect(await box.isChecked()).toBe(true);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) expect(result.tags).toContain(scale.data.shortName);

      await page.locator(`${UI} input[role="combobox"]`).fill('runbooks');
      await waitForStatus(page, 'runbooks');
      expect(new URL(page.url()).search).toBe(`?q=runbooks&stage=${scale.id}`);
    });
  });

  test('parts of a link it cannot use are ignored with a note', async () => {
    await withPage('/search/?q=runbooks&colour=red&stage=nowhere', async (page) => {
      await waitForStatus(page, 'runbooks');
      const note = await page.locator('[data-search-page] [role="note"]').innerText();
      expect(note).toContain('colour');
      expect(note).toContain('nowhere');
      expect((await shownResults(page)).length).toBeGreaterThan(0);
    });
  });
});

describe('without JavaScript', () => {
  test('the header links to /search/, which explains and links the index of all pages', async () => {
    await withPage(
      '/stages/poc/',
      async (page) => {
        expect(await page.locator('.search-button').isVisible()).toBe(false);
        const link = page.locator('header a[href="/search/"]');
        expect(await link.isVisible()).toBe(true);
        await Promise.all([page.waitForURL(urlFor('/search/')), link.click()]);
        const note = page.locator('#search-no-js');
        expect(await note.isVisible()).toBe(true);
        expect(await note.innerText()).toContain('JavaScript');
        expect(await note.locator('a[href="/contents/"]').count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('axe (WCAG 2.2 AA) with results open', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the header dialog (${colorScheme})`, async () => {
      await withPage(
        '/stages/scale/',
        async (page) => {
          await openSearch(page);
          await typeQuery(page, 'read replicas');
          await page.keyboard.press('ArrowDown');
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        },
        { colorScheme },
      );
    });

    test(`the search page with a stage chosen (${colorScheme})`, async () => {
      await withPage(
        `/search/?q=runbooks&stage=${stages[0]?.id ?? ''}`,
        async (page) => {
          await waitForStatus(page, 'runbooks');
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        },
        { colorScheme },
      );
    });
  }
});
