// The printed checklist, in Chromium: PDFs printed by Chromium itself (A4 and US Letter) hold
// every item and show the ticked state, N/A reasons and notes, with no navigation or controls;
// with JavaScript off the checklist still prints. Page counts go to test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import {
  checklistTitle,
  consecutivePairs,
  migrationModel,
  templateModel,
} from '../../src/lib/checklist/build.ts';
import { allItems } from '../../src/lib/checklist/model.ts';
import { plainText } from '../../src/lib/inline.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import {
  checkbox,
  firstFour,
  firstMigration,
  fillIn as fillInItems,
  openChecklistPage,
} from './checklist-helpers.ts';
import { pdfPageLines } from './pdf-text.ts';

const list = firstMigration();
const [first, second, third, fourth] = firstFour(list.items, list.id);
const TICKED = [first, third];
const REASON = 'Single instance, no restarts';
const pageCounts: string[] = [];

const checklists = load('checklists');
const stages = load('stages').sort((a, b) => a.data.order - b.data.order);
const stageNames = new Map(stages.map((s) => [s.id, s.data.shortName]));

/** Text compared without spacing or compatibility forms (a PDF may set "fi" as one glyph). */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const dir = join(import.meta.dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'checklist-pdf-pages.txt'), `${pageCounts.join('\n')}\n`);
  console.log(`\nPrinted checklist PDFs:\n${pageCounts.join('\n')}\n`);
});

/** Ticks two items, marks one N/A with a reason and notes another. */
const fillIn = (page: Page) =>
  fillInItems(page, {
    ticked: TICKED.map((i) => i.id),
    notApplicable: fourth.id,
    reason: REASON,
    noted: second.id,
    note: 'Owner: Sam',
  });

/** Lines that must never be on paper: navigation, the table of contents, the widget's controls. */
function chromeLines(): string[] {
  const otherLists = checklists
    .filter((c) => c.id !== list.id)
    .map((c) => checklistTitle(c.data, stageNames));
  return [
    ui.skipLink,
    ui.onThisPage,
    ui.nav.checklists,
    ...otherLists,
    checklistStrings.tools.print,
    checklistStrings.tools.copyMarkdown,
    checklistStrings.tools.reset,
    checklistStrings.tools.hideDone,
    checklistStrings.item.details,
    checklistStrings.tools.exportHeading,
  ].map(squash);
}

describe('printed to PDF by Chromium', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${format}: every item, the ticked ones ticked, N/A with its reason, no navigation`, async () => {
      const page = await newPage(browser);
      try {
        await openChecklistPage(page, list.path);
        await fillIn(page);
        const pdf = await page.pdf({ format });
        const pages = pdfPageLines(pdf);
        pageCounts.push(`${list.path} ${format}: ${pages.length} page(s), ${pdf.length} bytes`);
        const lines = pages.flat();
        const all = squash(lines.join('\n'));
        for (const item of list.items) {
          const text = squash(item.text);
          expect(all, `item "${item.text}" on paper`).toContain(text);
          const box = TICKED.includes(item)
            ? checklistStrings.print.boxDone
            : item === fourth
              ? checklistStrings.print.boxNotApplicable
              : '';
          if (box)
            expect(all, `"${item.text}" printed with "${box}"`).toContain(squash(box) + text);
          else {
            expect(all, `"${item.text}" printed unticked`).not.toContain(
              checklistStrings.print.boxDone + text,
            );
          }
        }
        expect(all.split(checklistStrings.print.boxDone).length - 1, 'ticks on paper').toBe(
          TICKED.length,
        );
        expect(all).toContain(squash(REASON));
        expect(all).toContain(squash('Owner: Sam'));
        for (const field of [
          checklistStrings.print.date,
          checklistStrings.print.team,
          checklistStrings.print.system,
          checklistStrings.print.owner,
        ]) {
          expect(all, `print header field ${field}`).toContain(squash(`${field}:`));
        }
        const chrome = chromeLines();
        const found = lines.filter((line) => chrome.includes(squash(line)));
        expect(found, 'navigation or controls on paper').toEqual([]);
        expect(pages.length).toBeLessThanOrEqual(4);
      } finally {
        await closePage(page);
      }
    });
  }

  test('with JavaScript off the checklist still prints every item, all boxes empty', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor(list.path));
      expect(await checkbox(page, first.id).isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPageLines(pdf);
      pageCounts.push(`${list.path} A4, JavaScript off: ${pages.length} page(s)`);
      const all = squash(pages.flat().join('\n'));
      for (const item of list.items) expect(all).toContain(squash(item.text));
      expect(all).not.toContain(checklistStrings.print.boxDone);
      for (const field of [checklistStrings.print.team, checklistStrings.print.owner])
        expect(all).toContain(squash(field));
    } finally {
      await closePage(page);
    }
  });

  test.each(checklists.map((c) => c.id))(
    '/checklists/%s/ prints every item on A4 and on Letter',
    async (id) => {
      const entry = checklists.find((c) => c.id === id);
      if (entry === undefined) throw new Error(`no checklist ${id}`);
      // The template opens filled in for the first stage pair (nothing chosen yet in a new browser).
      const firstPair = consecutivePairs(
        stages.map((stage) => ({ id: stage.id, shortName: stage.data.shortName })),
      )[0];
      const model =
        entry.data.kind === 'template'
          ? templateModel(entry.id, entry.data, firstPair)
          : migrationModel(entry.id, entry.data, entry.id, ui.checklists.validation);
      const words = allItems(model).map((item) => plainText(item.text));
      const page = await newPage(browser);
      try {
        await openChecklistPage(page, `/checklists/${id}/`);
        for (const format of ['A4', 'Letter'] as const) {
          const pages = pdfPageLines(await page.pdf({ format }));
          pageCounts.push(`/checklists/${id}/ ${format}, nothing ticked: ${pages.length} page(s)`);
          const all = squash(pages.flat().join('\n'));
          for (const text of words) expect(all, `"${text}" on ${format}`).toContain(squash(text));
          expect(pages.length).toBeLessThanOrEqual(4);
        }
      } finally {
        await closePage(page);
      }
    },
  );

  test('print media hides every control and shows a box per item', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, list.path);
      await fillIn(page);
      await page.emulateMedia({ media: 'print' });
      const visibleControls = await page
        .locator(
          'main :is(button, select, textarea, input:not([type="checkbox"]), summary, progress)',
        )
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visibleControls).toBe(0);
      const boxes = await page
        .locator('li[id^="item--"] [aria-hidden="true"]')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(boxes).toBe(list.items.length);
    } finally {
      await closePage(page);
    }
  });
});
