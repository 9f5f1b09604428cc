// The comparison matrices widget on /compare/, in Chromium against the built site: filters, the
// view in the URL, "Only what changes", bad links, no JavaScript, print, narrow screens and axe.
// Expected rows and words come from content/ (and the widget's strings), never typed here.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rowAnchorId } from '../../src/lib/matrix/anchors.ts';
import { matrixStrings as s } from '../../src/lib/matrix/strings.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { describeIgnored } from '../../src/lib/url-state.ts';
import type { Cell } from '../../src/schemas/matrices.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, type PageOptions, urlFor } from './browser.ts';

const PATH = '/compare/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const STAGES = sortStages(load('stages'));
const MATRICES = load('matrices').sort((a, b) => a.data.order - b.data.order);
const TERMS = new Map(load('vocabulary').map((t) => [t.id, t.data]));
const TOTAL_ROWS = MATRICES.reduce((sum, m) => sum + m.data.rows.length, 0);
/** The opening words of the note about ignored link parameters. */
const IGNORED_NOTE = describeIgnored([{ key: 'x', value: '', reason: 'unknown-parameter' }]).split(
  ':',
)[0] as string;

function stage(id: string) {
  const found = STAGES.find((st) => st.id === id);
  if (!found) throw new Error(`content has no stage "${id}"`);
  return found;
}

const MVP = stage('mvp');
const PRODUCTION = stage('production');
const [FIRST_STAGE, SECOND_STAGE] = STAGES;
if (!FIRST_STAGE || !SECOND_STAGE) throw new Error('content has fewer than two stages');

/** Anchor ids of every row, in page order, that passes `keep`. */
function rowIds(
  keep: (row: (typeof MATRICES)[number]['data']['rows'][number]) => boolean,
): string[] {
  return MATRICES.flatMap((m) => m.data.rows.filter(keep).map((row) => rowAnchorId(m.id, row.id)));
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  return a?.level === b?.level && a?.text === b?.text;
}

/** The words a reader sees in a cell: the level's label and the text. */
function cellWords(cell: Cell | undefined): string {
  const label = cell?.level ? (TERMS.get(cell.level)?.label ?? '') : '';
  return `${label} ${cell?.text ?? ''}`.toLowerCase();
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens /compare/ (with a query or fragment) and waits until the island is interactive. */
async function openCompare(suffix = '', opts: PageOptions = {}): Promise<Page> {
  const page = await newPage(browser, opts);
  const response = await page.goto(urlFor(`${PATH}${suffix}`), { waitUntil: 'load' });
  expect(response?.status()).toBeLessThan(400);
  if (opts.javaScriptEnabled !== false) await hydrated(page);
  return page;
}

/**
 * The island hydrates on first use (client:interact), or at once with a view in the address: the
 * mouse passing over it, as a reader's on the way to a control, starts it.
 */
async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  if ((await page.locator('astro-island[ssr]').count()) > 0) {
    await page
      .locator('astro-island > *')
      .first()
      .hover({ position: { x: 5, y: 5 } });
  }
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
  await expect.poll(() => filterBox(page).isEnabled()).toBe(true);
}

function filterBox(page: Page) {
  return page.getByLabel(s.queryLabel, { exact: true });
}

function countLine(page: Page) {
  return page.locator('p[role="status"]');
}

/** Anchor ids of the rows on screen, in page order. */
function shownRowIds(page: Page): Promise<string[]> {
  return page.locator('main table tbody tr').evaluateAll((rows) => rows.map((r) => r.id));
}

/** A parameter of the page's current URL (poll it: the URL follows the view a moment later). */
function urlParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

describe('filter by text', () => {
  test('the count updates, the URL follows, and a reload keeps the view', async () => {
    // Two words of a row name: rows whose name or cells hold both words.
    const words = 'partial basic';
    const expected = rowIds((row) => {
      const text = `${row.label} ${STAGES.map((st) => cellWords(row.cells[st.id])).join(' ')}`;
      return words.split(' ').every((w) => text.toLowerCase().includes(w));
    });
    expect(expected.length, 'the content has rows to find').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(TOTAL_ROWS);

    const page = await openCompare();
    try {
      await expect.poll(() => countLine(page).innerText()).toBe(s.showing(TOTAL_ROWS, TOTAL_ROWS));
      await filterBox(page).fill(words);
      await expect
        .poll(() => countLine(page).innerText())
        .toBe(s.showing(expected.length, TOTAL_ROWS));
      expect(await shownRowIds(page)).toEqual(expected);
      await expect.poll(() => urlParam(page, 'q')).toBe(words);

      await page.reload();
      await hydrated(page);
      expect(await filterBox(page).inputValue()).toBe(words);
      await expect
        .poll(() => countLine(page).innerText())
        .toBe(s.showing(expected.length, TOTAL_ROWS));
      expect(await shownRowIds(page)).toEqual(expected);
    } finally {
      await closePage(page);
    }
  });

  test('an empty result says so and "Clear filters" brings every row back', async () => {
    const page = await openCompare();
    try {
      await filterBox(page).fill('zebracorn-matches-nothing');
      await expect.poll(() => countLine(page).innerText()).toContain(s.noRows);
      expect(await shownRowIds(page)).toEqual([]);
      await page.locator('main').getByRole('button', { name: s.clearFilters }).last().click();
      await expect.poll(() => shownRowIds(page)).toHaveLength(TOTAL_ROWS);
      expect(await filterBox(page).inputValue()).toBe('');
      await expect.poll(() => new URL(page.url()).search).toBe('');
    } finally {
      await closePage(page);
    }
  });
});

describe('stage columns', () => {
  test('hiding a stage removes its column from every table and goes into the URL', async () => {
    const page = await openCompare();
    try {
      const stageBoxes = page.getByRole('group', { name: s.stagesLegend });
      await stageBoxes.getByLabel(FIRST_STAGE.data.shortName, { exact: true }).uncheck();
      await expect
        .poll(() => page.locator(`main thead a[href="/stages/${FIRST_STAGE.id}/"]`).count())
        .toBe(0);
      const headers = await page
        .locator('main table thead')
        .evaluateAll((heads) =>
          heads.map((h) => [...h.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
        );
      expect(headers).toHaveLength(MATRICES.length);
      for (const links of headers) {
        expect(links).toEqual(STAGES.slice(1).map((st) => `/stages/${st.id}/`));
      }
      const cellsPerRow = await page
        .locator('main table tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td').length));
      expect(new Set(cellsPerRow)).toEqual(new Set([STAGES.length - 1]));
      expect(cellsPerRow).toHaveLength(TOTAL_ROWS);
      await expect
        .poll(() => urlParam(page, 'stages'))
        .toBe(
          STAGES.slice(1)
            .map((st) => st.id)
            .join(','),
        );
    } finally {
      await closePage(page);
    }
  });
});

describe('only what changes', () => {
  test(`between ${MVP.data.shortName} and ${PRODUCTION.data.shortName}: exactly the rows whose cells differ, each marked in words`, async () => {
    // (In today's content every row changes between these two stages; the next test covers rows
    // that stay the same.)
    const expected = rowIds((row) => !sameCell(row.cells[MVP.id], row.cells[PRODUCTION.id]));
    const page = await openCompare();
    try {
      const stageBoxes = page.getByRole('group', { name: s.stagesLegend });
      for (const st of STAGES) {
        const box = stageBoxes.getByLabel(st.data.shortName, { exact: true });
        if (st.id === MVP.id || st.id === PRODUCTION.id) await box.check();
        else await box.uncheck();
      }
      await page.getByLabel(s.changesOnlyLabel).check();
      await expect
        .poll(() => countLine(page).innerText())
        .toBe(s.showing(expected.length, TOTAL_ROWS));
      expect(await shownRowIds(page)).toEqual(expected);
      await expect.poll(() => urlParam(page, 'changes')).toBe('1');
      expect(urlParam(page, 'stages')).toBe(`${MVP.id},${PRODUCTION.id}`);

      // Each changed cell says how it changed, relative to the stage before it.
      for (const matrix of MATRICES) {
        for (const row of matrix.data.rows) {
          const before = row.cells[MVP.id];
          const after = row.cells[PRODUCTION.id];
          if (sameCell(before, after)) continue;
          const words =
            before?.level === 'no' && after?.level !== 'no'
              ? s.change.new(PRODUCTION.data.shortName, MVP.data.shortName)
              : after?.level === 'no'
                ? s.change.dropped(PRODUCTION.data.shortName, MVP.data.shortName)
                : s.change.changed(PRODUCTION.data.shortName, MVP.data.shortName);
          const cells = page.locator(`[id="${rowAnchorId(matrix.id, row.id)}"] td`);
          expect(await cells.nth(0).getAttribute('data-change')).toBeNull();
          expect(await cells.nth(1).innerText()).toContain(words);
          expect(await cells.nth(1).getAttribute('data-change')).not.toBeNull();
        }
      }
      expect(await page.getByText(s.changesRule).isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });

  test(`the "${FIRST_STAGE.data.shortName} → ${SECOND_STAGE.data.shortName}" link leaves out the rows that stay the same`, async () => {
    const expected = rowIds(
      (row) => !sameCell(row.cells[FIRST_STAGE.id], row.cells[SECOND_STAGE.id]),
    );
    const unchanged = rowIds((row) =>
      sameCell(row.cells[FIRST_STAGE.id], row.cells[SECOND_STAGE.id]),
    );
    expect(unchanged.length, 'the content has rows that do not change').toBeGreaterThan(0);
    const page = await openCompare();
    try {
      const link = page.getByRole('link', {
        name: `${FIRST_STAGE.data.shortName} ${s.pairTo} ${SECOND_STAGE.data.shortName}`,
      });
      await link.click();
      await expect.poll(() => shownRowIds(page)).toEqual(expected);
      expect(await link.getAttribute('aria-current')).toBe('true');
      expect(await page.getByLabel(s.changesOnlyLabel).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('links', () => {
  test('a shared link shows the same view in a fresh browser', async () => {
    const query = `?stages=${MVP.id},${PRODUCTION.id}&tables=${MATRICES[0]?.id}&changes=1`;
    const expected = rowIds((row) => !sameCell(row.cells[MVP.id], row.cells[PRODUCTION.id])).filter(
      (id) => id.startsWith(`${MATRICES[0]?.id}--`),
    );
    const page = await openCompare(query);
    try {
      await expect.poll(() => shownRowIds(page)).toEqual(expected);
      const stageBoxes = page.getByRole('group', { name: s.stagesLegend });
      for (const st of STAGES) {
        expect(
          await stageBoxes.getByLabel(st.data.shortName, { exact: true }).isChecked(),
          st.id,
        ).toBe(st.id === MVP.id || st.id === PRODUCTION.id);
      }
      expect(await page.getByLabel(s.changesOnlyLabel).isChecked()).toBe(true);
      for (const hidden of MATRICES.slice(1)) {
        expect(await page.getByText(s.showTable(hidden.data.title)).isVisible()).toBe(true);
      }
      expect(await page.getByText(IGNORED_NOTE).count(), 'no note for a good link').toBe(0);
    } finally {
      await closePage(page);
    }
  });

  test('"Copy link to this view" copies a link that opens the same view elsewhere', async () => {
    const page = await openCompare();
    let copied = '';
    try {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: urlFor('/') });
      await page
        .getByRole('link', {
          name: `${MVP.data.shortName} ${s.pairTo} ${PRODUCTION.data.shortName}`,
        })
        .click();
      await filterBox(page).fill('basic');
      await page.getByRole('button', { name: s.copyLink }).click();
      await expect.poll(() => page.getByText(s.linkCopied).isVisible()).toBe(true);
      copied = await page.evaluate(() => navigator.clipboard.readText());
    } finally {
      await closePage(page);
    }
    const url = new URL(copied);
    expect(url.pathname).toBe(PATH);
    const colleague = await openCompare(url.search);
    try {
      expect(await filterBox(colleague).inputValue()).toBe('basic');
      expect(await colleague.getByLabel(s.changesOnlyLabel).isChecked()).toBe(true);
      const heads = await colleague
        .locator('main table thead')
        .first()
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(heads).toEqual([`/stages/${MVP.id}/`, `/stages/${PRODUCTION.id}/`]);
    } finally {
      await closePage(colleague);
    }
  });

  test('a malformed link shows a note and uses what it can', async () => {
    const page = await openCompare(`?stages=${MVP.id},no-such-stage&level=sometimes&colour=red`);
    try {
      const note = page.getByText(IGNORED_NOTE);
      await expect.poll(() => note.isVisible()).toBe(true);
      const text = await note.innerText();
      expect(text).toContain('"colour"');
      expect(text).toContain('"level=sometimes"');
      expect(text).toContain('"stages=no-such-stage"');
      const headers = await page
        .locator('main table thead')
        .first()
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(headers).toEqual([`/stages/${MVP.id}/`]);
      await page.getByRole('button', { name: s.dismiss }).click();
      await expect.poll(() => note.count()).toBe(0);
    } finally {
      await closePage(page);
    }
  });

  test('a link to a row the view hides says so, and can show it', async () => {
    const matrix = MATRICES[0];
    const row = matrix?.data.rows[0];
    if (!matrix || !row) throw new Error('content has no matrix rows');
    const anchor = rowAnchorId(matrix.id, row.id);
    const page = await openCompare(`?q=zebracorn-matches-nothing#${anchor}`);
    try {
      const note = page.getByText(s.hiddenTarget(row.label, matrix.data.title));
      await expect.poll(() => note.isVisible()).toBe(true);
      await page.getByRole('button', { name: s.showAllRows }).click();
      await expect.poll(() => page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
      expect(await note.count()).toBe(0);
    } finally {
      await closePage(page);
    }
  });

  test('every row links to its topic page where there is one, every stage header to its page', async () => {
    const topics = new Map(load('features').map((f) => [f.id, f.data.topic?.id]));
    const page = await openCompare();
    try {
      for (const matrix of MATRICES) {
        const heads = await page
          .locator(`section[aria-labelledby="${matrix.id}"] thead a`)
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(heads).toEqual(STAGES.map((st) => `/stages/${st.id}/`));
        for (const row of matrix.data.rows) {
          const first = row.features?.[0];
          const topic = first ? topics.get(first.id) : undefined;
          const link = page.locator(`[id="${rowAnchorId(matrix.id, row.id)}"] th a`);
          expect(await link.count(), row.id).toBe(topic ? 1 : 0);
          if (topic) expect(await link.getAttribute('href')).toBe(`/topics/${topic}/`);
        }
      }
    } finally {
      await closePage(page);
    }
  });
});

describe('keyboard only', () => {
  test('Tab reaches the filters; typing and Space change the view', async () => {
    const page = await openCompare();
    try {
      const focusedLabel = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
        });
      let steps = 0;
      while ((await focusedLabel()) !== s.queryLabel && steps < 40) {
        await page.keyboard.press('Tab');
        steps += 1;
      }
      expect(await focusedLabel(), 'Tab reaches "Filter rows"').toBe(s.queryLabel);
      const word = MATRICES[0]?.data.rows[0]?.label ?? '';
      await page.keyboard.type(word);
      await expect.poll(() => urlParam(page, 'q')).toBe(word);

      steps = 0;
      while ((await focusedLabel()) !== FIRST_STAGE.data.shortName && steps < 20) {
        await page.keyboard.press('Tab');
        steps += 1;
      }
      expect(await focusedLabel(), 'Tab reaches the first stage checkbox').toBe(
        FIRST_STAGE.data.shortName,
      );
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.locator(`main thead a[href="/stages/${FIRST_STAGE.id}/"]`).count())
        .toBe(0);
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline, 'focus is visible').not.toBe('none');
    } finally {
      await closePage(page);
    }
  });
});

describe('without JavaScript', () => {
  test('all three full tables are on the page, and no filter controls', async () => {
    const page = await openCompare('?stages=mvp&q=cache', { javaScriptEnabled: false });
    try {
      expect(await page.locator('main table').count()).toBe(MATRICES.length);
      expect(await shownRowIds(page)).toEqual(rowIds(() => true));
      const cellsPerRow = await page
        .locator('main table tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td').length));
      expect(new Set(cellsPerRow)).toEqual(new Set([STAGES.length]));
      for (const matrix of MATRICES) {
        expect(await page.locator(`main caption:has-text("${matrix.data.title}")`).count()).toBe(1);
      }
      expect(await page.locator('[role="search"]').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: s.clearFilters }).isVisible()).toBe(false);
      // (Playwright's text locators skip <noscript>, so read the note through CSS.)
      const note = page.locator('main noscript p');
      expect(await note.isVisible(), 'a note says why there are no filters').toBe(true);
      expect(await note.textContent()).toBe(s.noScript);
    } finally {
      await closePage(page);
    }
  });
});

describe('print', () => {
  test('prints the current view: no controls, hidden columns and tables stay hidden, a summary line', async () => {
    const page = await openCompare(
      `?stages=${MVP.id},${PRODUCTION.id}&tables=${MATRICES[0]?.id}&changes=1`,
    );
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[role="search"]').isVisible()).toBe(false);
      expect(await page.locator('main button:visible').count()).toBe(0);
      const summary = page.getByText(/^View: /);
      expect(await summary.isVisible()).toBe(true);
      expect(await summary.innerText()).toContain(s.summary.changesOnly);
      expect(await summary.innerText()).toContain(`?stages=${MVP.id},${PRODUCTION.id}`);
      expect(await page.locator('main table:visible').count()).toBe(1);
      expect(
        await page.locator(`main thead a[href="/stages/${FIRST_STAGE.id}/"]:visible`).count(),
      ).toBe(0);
      for (const hidden of MATRICES.slice(1)) {
        expect(await page.locator(`[id="${hidden.id}"]`).isVisible()).toBe(false);
      }
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await closePage(page);
    }
  });
});

describe('narrow screen (320 px)', () => {
  test('row names stay visible while the cells scroll sideways', async () => {
    const page = await openCompare('', { context: { viewport: { width: 320, height: 640 } } });
    try {
      const region = page.locator('main [role="region"]').first();
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.getAttribute('aria-labelledby')).not.toBeNull();
      const scrolled = await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        return el.scrollLeft;
      });
      expect(scrolled, 'the table is wider than the screen').toBeGreaterThan(0);
      const rowHeader = region.locator('tbody th').first();
      const box = await rowHeader.boundingBox();
      const regionBox = await region.boundingBox();
      expect(box && regionBox && box.x >= regionBox.x - 1 && box.x + box.width <= 320).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await closePage(page);
    }
  });
});

describe('narrow screen (320 px), filters', () => {
  test('fold away with a count of what is active, and open on demand', async () => {
    const page = await openCompare(`?stages=${MVP.id},${PRODUCTION.id}&changes=1`, {
      context: { viewport: { width: 320, height: 640 } },
    });
    try {
      const summary = page.locator('main summary');
      await expect.poll(() => summary.innerText()).toBe(s.filtersSummary(2));
      expect(await filterBox(page).isVisible()).toBe(false);
      await summary.click();
      expect(await filterBox(page).isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('axe (WCAG 2.2 AA) with filters applied', () => {
  const views = [
    [
      'only what changes between two stages, text filter',
      `?stages=${MVP.id},${PRODUCTION.id}&changes=1&q=basic`,
    ],
    [
      'an empty result and a hidden table',
      `?q=zebracorn-matches-nothing&tables=${MATRICES[0]?.id}`,
    ],
    ['a malformed link', '?colour=red&level=sometimes'],
  ] as const;
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(views)(`%s (${colorScheme})`, async (_name, query) => {
      const page = await openCompare(query, { colorScheme });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        ).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await closePage(page);
      }
    });
  }
});
