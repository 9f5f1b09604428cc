// Reading pages' checklists are <tracked-list> elements (src/client/tracked-list/): the React
// checklist server-rendered, hydrated on first use or at once when progress is saved. What a reader
// must not lose to that: the first click or key press, saved ticks and notes shown on load with no
// layout shift, the counts, and the tools ("More" folds export, share, print and reset).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { progressKey } from '../../src/lib/checklist/storage.ts';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { pageKind } from '../weight-budgets.ts';
import { closePage, launchBrowser, listPages, newPage, urlFor } from './browser.ts';
import { storedRecord } from './checklist-helpers.ts';

const HYDRATION = { timeout: 15_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stagePage = listPages().find((path) => path.startsWith('/stages/') && pageKind(path));
if (!stagePage) throw new Error('dist/ has no stage page: run npm run build first');

/** The page's first tracked list: its checklist id and its first two checkboxes' names. */
async function firstList(page: Page) {
  const list = page.locator('tracked-list').first();
  const id = ((await list.getAttribute('data-checklists')) ?? '').split(' ')[0] ?? '';
  const names = await list
    .locator('input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.slice(0, 2).map((b) => b.getAttribute('name') ?? ''));
  const [first = '', second = ''] = names;
  return { list, id, key: progressKey(id), first, second };
}

const box = (page: Page, name: string) =>
  page.locator(`tracked-list input[type="checkbox"][name="${name}"]`);

/** Sum of layout-shift scores since navigation, input-driven shifts excluded (as CLS does). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((entries) => {
          for (const e of entries.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 1000);
      }),
  );
}

describe(`the tracked lists of ${stagePage}`, () => {
  test('load no script beyond the small element until used; the first click ticks and is saved', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(urlFor(stagePage), { waitUntil: 'networkidle' });
      const { list, id, key, first } = await firstList(page);
      expect(id, 'the list names its checklist').not.toBe('');
      expect(await list.getAttribute('pending'), 'not hydrated before use').not.toBeNull();
      expect(
        scripts.filter((s) => s.includes('/mount.')),
        'checklist code before use',
      ).toEqual([]);
      // React hydrates the server's markup (keeps its nodes) rather than rendering it anew.
      await list.evaluate((el) => {
        (el.querySelector('li') as HTMLElement & { rendered?: string }).rendered = 'by the server';
      });
      await box(page, first).click();
      await expect.poll(() => box(page, first).isChecked(), HYDRATION).toBe(true);
      expect(
        await list.evaluate((el) => (el.querySelector('li') as { rendered?: string }).rendered),
        'the server-rendered item, hydrated',
      ).toBe('by the server');
      await expect
        .poll(async () => {
          const items = (await storedRecord(page, key))?.['items'] as
            Record<string, { status: string }> | undefined;
          return items?.[first.slice(first.indexOf('--') + 2)]?.status;
        }, HYDRATION)
        .toBe('done');
      expect(scripts.some((s) => s.includes('/mount.'))).toBe(true);
      await expect
        .poll(() => list.locator('[role="status"]').first().textContent(), HYDRATION)
        .toContain(checklistStrings.doneOf(1, await list.locator('input').count()).split(' ')[0]);
      expect(errors, 'errors on the page (a hydration mismatch is one)').toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('a keyboard reader: focus and Space before hydration ticks the box', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(urlFor(stagePage), { waitUntil: 'networkidle' });
      const { key, first } = await firstList(page);
      await box(page, first).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box(page, first).isChecked(), HYDRATION).toBe(true);
      await expect.poll(() => storedRecord(page, key), HYDRATION).not.toBeNull();
    } finally {
      await closePage(page);
    }
  });

  test('saved ticks and notes show on the next visit, with no layout shift; the tools are there', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(urlFor(stagePage), { waitUntil: 'networkidle' });
      const { first, second } = await firstList(page);
      await box(page, first).click();
      await expect.poll(() => box(page, first).isChecked(), HYDRATION).toBe(true);
      const secondRow = page.locator(`li[id="${second}"]`);
      await secondRow.locator('summary').first().click();
      await secondRow.locator('textarea').fill('Owned by the platform team');
      await expect.poll(() => secondRow.locator('textarea').inputValue()).toContain('platform');
      await page.waitForTimeout(600);

      const again = await page.context().newPage();
      await again.goto(urlFor(stagePage), { waitUntil: 'networkidle' });
      await expect.poll(() => box(again, first).isChecked(), HYDRATION).toBe(true);
      await expect
        .poll(() => again.locator(`li[id="${second}"]`).textContent(), HYDRATION)
        .toContain('Owned by the platform team');
      expect(await layoutShift(again), 'cumulative layout shift').toBe(0);
      const more = again.locator('tracked-list').first().locator('details summary', {
        hasText: checklistStrings.tools.more,
      });
      await expect.poll(() => more.count(), HYDRATION).toBe(1);
      await more.click();
      const tools = again.locator('tracked-list').first().locator('button');
      expect(await tools.count(), 'reset, export and share buttons').toBeGreaterThan(2);
    } finally {
      await closePage(page);
    }
  });
});

describe('the integration template on /integration/', () => {
  test('hydrates on first use with its stage-transition picker, with no hydration error', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(urlFor('/integration/'), { waitUntil: 'networkidle' });
      const template = page.locator('tracked-list[data-component="template"]');
      expect(await template.count()).toBe(1);
      await template.dispatchEvent('focusin');
      const picker = template.getByLabel(checklistStrings.template.pairLabel);
      await expect.poll(() => picker.count(), HYDRATION).toBe(1);
      expect(await template.getAttribute('pending')).toBeNull();
      // The picker fills the template in, so the list is rendered anew then; a hydration
      // mismatch before that would be reported as an error.
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
