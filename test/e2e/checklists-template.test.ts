// The integration checklist template in Chromium: filled in for the chosen stage pair everywhere
// (title, items, print), progress kept per pair, shared links for a pair, a bad ?pair= explained,
// placeholders kept without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { consecutivePairs, templateModel } from '../../src/lib/checklist/build.ts';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { plainText } from '../../src/lib/inline.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { checkbox, openChecklistPage } from './checklist-helpers.ts';
import { pdfPageLines } from './pdf-text.ts';

const checklists = load('checklists');
const stages = load('stages').sort((a, b) => a.data.order - b.data.order);

/** Text compared without spacing or compatibility forms (a PDF may set "fi" as one glyph). */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
      const all = squash(pages.flat().join('\n'));
      expect(all).toContain(squash(filled.title));
      expect(all).toContain(checklistStrings.print.boxDone + squash(plainText(firstItem.text)));
      expect(all).not.toContain(squash(data.placeholders.nextStage));

      const other = pairs.find((p) => p.id !== pair.id);
      if (other) {
        await page.getByLabel(checklistStrings.template.pairLabel).selectOption(other.id);
        await expect
          .poll(() => page.locator('h1').innerText())
          .toBe(templateModel(template.id, data, other).title);
        expect(new URL(page.url()).searchParams.get('pair')).toBe(other.id);
        expect(
          await checkbox(page, firstItem.id).isChecked(),
          'each pair keeps its own ticks',
        ).toBe(false);
        await page.getByLabel(checklistStrings.template.pairLabel).selectOption(pair.id);
        await expect.poll(() => checkbox(page, firstItem.id).isChecked()).toBe(true);
      }
    } finally {
      await closePage(page);
    }
  });

  test('a shared link for another stage pair switches to that pair and offers its progress', async () => {
    const other = pairs.at(-1) ?? pair;
    const model = templateModel(template.id, data, other);
    const item = model.sections[0]?.items[0];
    if (!item) throw new Error('template without items');
    const page = await newPage(browser);
    try {
      const fragment = new URLSearchParams({
        checklist: model.id,
        v: model.contentVersion,
        done: item.id,
      });
      await openChecklistPage(page, `/checklists/${template.id}/#${fragment.toString()}`);
      expect(await page.locator('h1').innerText()).toBe(model.title);
      expect(await page.locator('[data-notice="share"]').count()).toBe(1);
      expect(await checkbox(page, item.id).isChecked(), 'not loaded before the reader agrees').toBe(
        false,
      );
      await page.getByRole('button', { name: checklistStrings.notices.shareLoad }).click();
      await expect.poll(() => checkbox(page, item.id).isChecked()).toBe(true);
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
