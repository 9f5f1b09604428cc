// The printed checklist and the checklist pages' accessibility, in Chromium: PDFs printed by
// Chromium itself (A4 and US Letter) hold every item and show the ticked state, with no
// navigation or controls; JavaScript off still prints; the template fills in its stage pair;
// axe finds nothing in the widget's interesting states, light and dark; 320 px does not scroll.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { consecutivePairs, templateModel } from '../../src/lib/checklist/build-models.ts';
import { strings } from '../../src/lib/checklist/strings.ts';
import { checklistTitle } from '../../src/lib/checklists.ts';
import { plainText } from '../../src/lib/inline.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import {
  checkbox,
  firstFour,
  firstMigration,
  itemRow,
  openChecklistPage,
} from './checklist-helpers.ts';
import { pdfPageLines } from './pdf-text.ts';

const list = firstMigration();
const [first, second, third, fourth] = firstFour(list.items, list.id);
const TICKED = [first, third];
const REASON = 'Single instance, no restarts';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
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
async function fillIn(page: Page) {
  for (const item of TICKED) await checkbox(page, item.id).check();
  const na = itemRow(page, fourth.id);
  await na.locator('summary').click();
  await na.getByLabel(strings.item.markNotApplicable).check();
  await na.getByLabel(strings.item.reason).fill(REASON);
  await itemRow(page, second.id).locator('summary').click();
  await itemRow(page, second.id).getByLabel(strings.item.noteField).fill('Owner: Sam');
}

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
    strings.tools.print,
    strings.tools.copyMarkdown,
    strings.tools.reset,
    strings.tools.hideDone,
    strings.item.details,
    strings.tools.exportHeading,
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
            ? strings.print.boxDone
            : item === fourth
              ? strings.print.boxNotApplicable
              : '';
          if (box)
            expect(all, `"${item.text}" printed with "${box}"`).toContain(squash(box) + text);
          else {
            expect(all, `"${item.text}" printed unticked`).not.toContain(
              strings.print.boxDone + text,
            );
          }
        }
        expect(all.split(strings.print.boxDone).length - 1, 'ticks on paper').toBe(TICKED.length);
        expect(all).toContain(squash(REASON));
        expect(all).toContain(squash('Owner: Sam'));
        for (const field of [
          strings.print.date,
          strings.print.team,
          strings.print.system,
          strings.print.owner,
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
      expect(all).not.toContain(strings.print.boxDone);
      for (const field of [strings.print.team, strings.print.owner])
        expect(all).toContain(squash(field));
    } finally {
      await closePage(page);
    }
  });

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

describe('the integration template', () => {
  const template = checklists.find((c) => c.data.kind === 'template');
  if (template === undefined || template.data.kind !== 'template') throw new Error('no template');
  const data = template.data;
  const pairs = consecutivePairs(stages.map((s) => ({ id: s.id, shortName: s.data.shortName })));
  const pair = pairs[1] ?? pairs[0];
  if (pair === undefined) throw new Error('no stage pair');
  const filled = templateModel(template.id, data, pair);
  const blank = templateModel(template.id, data);

  test('is filled in for the chosen stage pair everywhere, and keeps progress per pair', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, `/checklists/${template.id}/?pair=${pair.id}`);
      expect(await page.locator('h1').innerText()).toBe(filled.title);
      expect(await page.title()).toContain(filled.title);
      const firstItem = filled.sections[0]?.items[0];
      if (!firstItem) throw new Error('template without items');
      await checkbox(page, firstItem.id).check();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPageLines(pdf);
      pageCounts.push(`/checklists/${template.id}/?pair=${pair.id} A4: ${pages.length} page(s)`);
      const all = squash(pages.flat().join('\n'));
      expect(all).toContain(squash(filled.title));
      expect(all).toContain(strings.print.boxDone + squash(plainText(firstItem.text)));
      expect(all).not.toContain(squash(data.placeholders.nextStage));

      const other = pairs.find((p) => p.id !== pair.id);
      if (other) {
        await page.getByLabel(strings.template.pairLabel).selectOption(other.id);
        await expect
          .poll(() => page.locator('h1').innerText())
          .toBe(templateModel(template.id, data, other).title);
        expect(new URL(page.url()).searchParams.get('pair')).toBe(other.id);
        expect(
          await checkbox(page, firstItem.id).isChecked(),
          'each pair keeps its own ticks',
        ).toBe(false);
        await page.getByLabel(strings.template.pairLabel).selectOption(pair.id);
        await expect.poll(() => checkbox(page, firstItem.id).isChecked()).toBe(true);
      }
    } finally {
      await closePage(page);
    }
  });

  test('an unknown ?pair= is ignored with a note; without JavaScript the template keeps its placeholders', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, `/checklists/${template.id}/?pair=nowhere-to-mars`);
      expect(await page.locator('main').innerText()).toContain('could not be used');
      expect(await page.locator('h1').innerText()).toBe(
        templateModel(template.id, data, pairs[0]).title,
      );
    } finally {
      await closePage(page);
    }
    const noJs = await newPage(browser, { javaScriptEnabled: false });
    try {
      await noJs.goto(urlFor(`/checklists/${template.id}/`));
      expect(await noJs.locator('h1').innerText()).toBe(blank.title);
    } finally {
      await closePage(noJs);
    }
  });
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
        await page.getByRole('checkbox', { name: strings.tools.hideDone }).check();
        await page.getByRole('button', { name: strings.tools.reset }).click();
        await page.getByLabel(strings.github.label).fill('my-org/infra');
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
          const more = page.locator('details > summary', { hasText: strings.tools.more }).first();
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
