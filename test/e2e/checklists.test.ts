// The checklist widget in Chromium, as a reader uses it: ticks kept across reloads and tabs,
// unreadable or refused storage, and content changes since the progress was saved.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { closePage, launchBrowser, newPage } from './browser.ts';
import {
  checkbox,
  firstFour,
  firstMigration,
  itemRow,
  openChecklistPage,
  statusLine,
  storedRecord as readRecord,
  tick,
  waitForChecklists,
} from './checklist-helpers.ts';

const list = firstMigration();
const total = list.items.length;
const [first, second, third, fourth] = firstFour(list.items, list.id);
const ticked = [first, second, list.items[total - 1] ?? third];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const storedRecord = (page: Page) => readRecord(page, list.key);

async function fresh(): Promise<Page> {
  const page = await newPage(browser, { context: { acceptDownloads: true } });
  await openChecklistPage(page, list.path);
  return page;
}

describe('progress is kept', () => {
  test('three ticked items are still ticked and counted after a reload', async () => {
    const page = await fresh();
    try {
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.doneOf(0, total));
      await tick(
        page,
        ticked.map((i) => i.id),
      );
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.doneOf(3, total));
      await page.reload();
      await waitForChecklists(page);
      for (const item of ticked)
        expect(await checkbox(page, item.id).isChecked(), item.id).toBe(true);
      expect(await checkbox(page, third.id).isChecked()).toBe(false);
      expect(await statusLine(page).innerText()).toContain(checklistStrings.doneOf(3, total));
      const firstSection = list.sections[0];
      if (firstSection && firstSection.ids.includes(first.id)) {
        const done = ticked.filter((i) => firstSection.ids.includes(i.id)).length;
        await expect
          .poll(() => page.locator('main section').first().innerText())
          .toContain(checklistStrings.doneOf(done, firstSection.ids.length));
      }
      const record = await storedRecord(page);
      expect(record?.['checklist']).toBe(list.id);
      expect(Object.keys(record?.['items'] as object)).toEqual(list.items.map((i) => i.id));
    } finally {
      await closePage(page);
    }
  });

  test('N/A with a reason and a note survive a reload; N/A leaves the count', async () => {
    const page = await fresh();
    try {
      const row = itemRow(page, fourth.id);
      await row.locator('summary').click();
      await row.getByLabel(checklistStrings.item.markNotApplicable).check();
      await row.getByLabel(checklistStrings.item.reason).fill('We run one instance');
      await itemRow(page, first.id).locator('summary').click();
      await itemRow(page, first.id).getByLabel(checklistStrings.item.noteField).fill('Owner: Sam');
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.doneOf(0, total - 1));
      await page.reload();
      await waitForChecklists(page);
      expect(await itemRow(page, fourth.id).innerText()).toContain('We run one instance');
      expect(await itemRow(page, fourth.id).getAttribute('data-status')).toBe('na');
      expect(await checkbox(page, fourth.id).isDisabled()).toBe(true);
      expect(await itemRow(page, first.id).innerText()).toContain('Owner: Sam');
      expect(await statusLine(page).innerText()).toContain(checklistStrings.notApplicableCount(1));
    } finally {
      await closePage(page);
    }
  });

  test('reset asks first, clears everything, and can be undone; hide done hides finished items', async () => {
    const page = await fresh();
    try {
      await tick(page, [first.id, second.id]);
      await page.getByRole('checkbox', { name: checklistStrings.tools.hideDone }).check();
      await expect.poll(() => itemRow(page, first.id).count()).toBe(0);
      expect(await itemRow(page, third.id).count()).toBe(1);
      await page.getByRole('checkbox', { name: checklistStrings.tools.hideDone }).uncheck();
      await page.getByRole('button', { name: checklistStrings.tools.reset }).click();
      const cancel = page.getByRole('button', { name: checklistStrings.tools.cancel });
      await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await checkbox(page, first.id).isChecked()).toBe(true);
      await page.getByRole('button', { name: checklistStrings.tools.reset }).click();
      await page.getByRole('button', { name: checklistStrings.tools.resetConfirm }).click();
      await expect.poll(() => checkbox(page, first.id).isChecked()).toBe(false);
      expect(await statusLine(page).innerText()).toContain(checklistStrings.announce.reset);
      await page.getByRole('button', { name: checklistStrings.tools.undo }).click();
      await expect.poll(() => checkbox(page, first.id).isChecked()).toBe(true);
      expect(await checkbox(page, second.id).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });

  test('a tick made with the keyboard alone is saved', async () => {
    const page = await fresh();
    try {
      await checkbox(page, third.id).focus();
      await page.keyboard.press('Space');
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.announce.ticked(third.text));
      await page.reload();
      await waitForChecklists(page);
      expect(await checkbox(page, third.id).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
  test('a second tab of the same checklist follows the ticks of the first', async () => {
    const page = await fresh();
    const other = await page.context().newPage();
    try {
      await openChecklistPage(other, list.path);
      await tick(page, [second.id]);
      await expect.poll(() => checkbox(other, second.id).isChecked()).toBe(true);
      await tick(other, [third.id]);
      await expect.poll(() => checkbox(page, third.id).isChecked()).toBe(true);
      expect(await checkbox(page, second.id).isChecked(), 'neither tab wrote over the other').toBe(
        true,
      );
      const savedAt = async () => (await storedRecord(page))?.['savedAt'];
      const before = await savedAt();
      await page.waitForTimeout(1000);
      expect(await savedAt(), 'the tabs do not keep writing to each other').toBe(before);
    } finally {
      await closePage(page);
    }
  });
});

describe('when storage fails', () => {
  test('an unreadable stored value is moved aside, the reader is told, and the page works', async () => {
    const page = await fresh();
    try {
      await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"items":'), list.key);
      await page.reload();
      await waitForChecklists(page);
      const notice = page.locator('[data-notice="unreadable"]');
      expect(await notice.innerText()).toContain(checklistStrings.notices.unreadableTitle);
      const kept = await page.evaluate((key) => {
        const keys = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`));
        return keys.map((k) => [k, localStorage.getItem(k)]);
      }, list.key);
      expect(kept).toHaveLength(1);
      expect(kept[0]?.[1]).toBe('{"format":1,"items":');
      expect(await notice.innerText()).toContain(kept[0]?.[0] ?? 'missing key');
      await tick(page, [first.id]);
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.doneOf(1, total));
      expect((await storedRecord(page))?.['format']).toBe(1);
    } finally {
      await closePage(page);
    }
  });

  test('stored data of another checklist is kept aside too, never overwritten', async () => {
    const page = await fresh();
    try {
      const foreign = JSON.stringify({
        format: 1,
        checklist: 'someone-else',
        contentVersion: '1',
        savedAt: 'x',
        items: {},
      });
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
        [list.key, foreign],
      );
      await page.reload();
      await waitForChecklists(page);
      expect(await page.locator('[data-notice="unreadable"]').innerText()).toContain(
        'another checklist',
      );
      const values = await page.evaluate(() => Object.values(localStorage) as string[]);
      expect(values).toContain(foreign);
    } finally {
      await closePage(page);
    }
  });

  test('with storage refused (private mode), ticking works and the reader is told progress is not kept', async () => {
    const page = await newPage(browser);
    try {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openChecklistPage(page, list.path);
      expect(await page.locator('[data-notice="unavailable"]').innerText()).toContain(
        checklistStrings.notices.unavailableTitle,
      );
      await tick(page, [first.id, second.id]);
      await expect
        .poll(() => statusLine(page).innerText())
        .toContain(checklistStrings.doneOf(2, total));
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('content changes', () => {
  test('progress on kept items survives; removed and new items are reported', async () => {
    const page = await fresh();
    try {
      // Progress saved against an older version: one item since removed, one not there yet.
      const items: Record<string, unknown> = {};
      for (const item of list.items.slice(1)) items[item.id] = { text: item.text, status: 'open' };
      items[second.id] = { text: second.text, status: 'done' };
      items['retired-item'] = { text: 'A retired item', status: 'done' };
      const record = {
        format: 1,
        checklist: list.id,
        contentVersion: '0',
        savedAt: '2026-01-01T00:00:00Z',
        items,
      };
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
        [list.key, JSON.stringify(record)],
      );
      await page.reload();
      await waitForChecklists(page);
      const notice = await page.locator('[data-notice="changed"]').innerText();
      expect(notice).toContain('A retired item');
      expect(notice).toContain(first.text);
      expect(await checkbox(page, second.id).isChecked()).toBe(true);
      expect(await checkbox(page, first.id).isChecked()).toBe(false);
    } finally {
      await closePage(page);
    }
  });
});
