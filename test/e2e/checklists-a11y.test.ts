// The checklist pages' accessibility in Chromium: axe (WCAG 2.2 AA) finds nothing in the widget's
// interesting states, light and dark, and 320 px wide screens never scroll sideways.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage } from './browser.ts';
import {
  fillIn as fillInItems,
  firstFour,
  firstMigration,
  openChecklistPage,
  WCAG_TAGS,
} from './checklist-helpers.ts';

const list = firstMigration();
const [first, second, third, fourth] = firstFour(list.items, list.id);
const stages = load('stages').sort((a, b) => a.data.order - b.data.order);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ticks two items, marks one N/A with a reason and notes another. */
const fillIn = (page: Page) =>
  fillInItems(page, {
    ticked: [first.id, third.id],
    notApplicable: fourth.id,
    reason: 'Single instance, no restarts',
    noted: second.id,
    note: 'Owner: Sam',
  });

describe('axe (WCAG 2.2 AA) in the widget’s states', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`checklist filled in, notices and the reset question shown (${colorScheme})`, async () => {
      const page = await newPage(browser, { colorScheme });
      try {
        await page.addInitScript(
          ([key]) => {
            if (!sessionStorage.getItem('seeded')) {
              localStorage.setItem(key ?? '', 'not json');
              sessionStorage.setItem('seeded', '1');
            }
          },
          [list.key],
        );
        await openChecklistPage(page, `${list.path}#checklist=${list.id}&done=${second.id}`);
        await fillIn(page);
        await page.getByRole('checkbox', { name: checklistStrings.tools.hideDone }).check();
        await page.getByRole('button', { name: checklistStrings.tools.reset }).click();
        await page.getByLabel(checklistStrings.github.label).fill('my-org/infra');
        expect(await page.locator('[data-notice="unreadable"]').count()).toBe(1);
        expect(await page.locator('[data-notice="share"]').count()).toBe(1);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      } finally {
        await closePage(page);
      }
    });

    test(`stage and integration pages with their lists' tools open (${colorScheme})`, async () => {
      const page = await newPage(browser, { colorScheme });
      try {
        for (const path of [`/stages/${stages[0]?.id ?? ''}/`, '/integration/']) {
          await openChecklistPage(page, path);
          const more = page
            .locator('details > summary', { hasText: checklistStrings.tools.more })
            .first();
          await more.click();
          await page.locator('main input[type="checkbox"]:not([disabled])').first().check();
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
        }
      } finally {
        await closePage(page);
      }
    });
  }
});

describe('small screens', () => {
  test.each([list.path, `/stages/${stages[0]?.id ?? ''}/`, '/integration/'])(
    '%s does not scroll sideways at 320 px, tools open',
    async (path) => {
      const page = await newPage(browser, { context: { viewport: { width: 320, height: 640 } } });
      try {
        await openChecklistPage(page, path);
        await page.locator('li[id] details > summary').first().click();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await closePage(page);
      }
    },
  );
});
