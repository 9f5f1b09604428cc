// The site as a hostile or careless reader meets it, in Chromium: links carrying every name on
// Object.prototype, two tabs ticking at once, a share link over notes-only progress, a note full
// of Markdown, and a calendar date at the date field's limit.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/lib/checklist/json-file.ts';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { addPeriod, toIsoDate } from '../../src/lib/decide/calendar-date.ts';
import { calendarProblem } from '../../src/lib/decide/integration/calendar.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { describeIgnored } from '../../src/lib/url-state.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { hydrateIslands } from './islands.ts';
import {
  checkbox,
  firstFour,
  firstMigration,
  itemRow,
  openChecklistPage,
  waitForChecklists,
} from './checklist-helpers.ts';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const HOSTILE = PROTOTYPE_NAMES.map((name) => `${encodeURIComponent(name)}=1`).join('&');
/** The note every reader gives for this link: each name, as an unknown setting. */
const NOTE = describeIgnored(
  PROTOTYPE_NAMES.map((key) => ({ key, value: '1', reason: 'unknown-parameter' as const })),
);

const list = firstMigration();
const [first, second, third, fourth] = firstFour(list.items, list.id);
const stages = sortStages(load('stages'));
const firstStage = stages[0];
if (!firstStage) throw new Error('content has no stage');
const criterion = firstStage.data.successCriteria[0];
if (!criterion) throw new Error(`stage ${firstStage.id} has no success criteria`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a path, collecting page errors, and hydrates every island as a reader reaching it would. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(browser, { context: { acceptDownloads: true } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(urlFor(path), { waitUntil: 'load' });
  await hydrateIslands(page);
  return { page, errors };
}

async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

describe('a link carrying every Object.prototype name', () => {
  test('/decide/: the quiz and both tools stay, and the quiz names every key', async () => {
    const { page, errors } = await open(`/decide/?${HOSTILE}`);
    try {
      await expect.poll(() => mainText(page)).toContain(NOTE);
      expect(await page.locator('.stage-quiz fieldset').count()).toBeGreaterThan(0);
      expect(await page.locator('form[aria-labelledby="feature-lookup"]').count()).toBe(1);
      expect(await page.locator('form[aria-labelledby="integration-date"]').count()).toBe(1);
      expect(
        await page.locator('form select:enabled, form input[type="date"]:enabled').count(),
      ).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('/compare/ keeps every table and names every key', async () => {
    const { page, errors } = await open(`/compare/?${HOSTILE}`);
    try {
      await expect.poll(() => mainText(page)).toContain(NOTE);
      expect(await page.locator('main table').count()).toBe(load('matrices').length);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('/search/ keeps its search box and names every key', async () => {
    const { page, errors } = await open(`/search/?q=runbooks&${HOSTILE}`);
    try {
      await expect
        .poll(() => page.locator('[data-search-page] [role="note"]').innerText())
        .toContain(NOTE.slice(NOTE.indexOf(':') + 2, -60));
      expect(await page.locator('[data-search-page] input[role="combobox"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('the template checklist keeps its items and names every key', async () => {
    const { page, errors } = await open(`/checklists/integration-template/?${HOSTILE}`);
    try {
      await waitForChecklists(page);
      await expect.poll(() => mainText(page)).toContain(NOTE);
      expect(await page.locator('input[type="checkbox"][name^="item--"]').count()).toBeGreaterThan(
        0,
      );
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('a checklist share link still offers its ticks and names every key', async () => {
    const { page, errors } = await open(
      `${list.path}#checklist=${list.id}&done=${first.id}&${HOSTILE}`,
    );
    try {
      await waitForChecklists(page);
      const offer = page.locator('[data-notice="share"]');
      await expect.poll(() => offer.innerText()).toContain(NOTE);
      expect(await offer.innerText()).toContain(checklistStrings.notices.shareOffer(1, 0, 0));
      expect(await checkbox(page, first.id).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('a stage page fragment keeps all of its checklists', async () => {
    const path = `/stages/${firstStage.id}/`;
    const clean = await open(path);
    const lists = await clean.page.locator('[data-hydrated="true"]').count();
    const boxes = await clean.page.locator('input[type="checkbox"][name*="--"]').count();
    await closePage(clean.page);
    const id = `stages/${firstStage.id}/success-criteria`;
    const { page, errors } = await open(`${path}#checklist=${id}&done=${criterion.id}&${HOSTILE}`);
    try {
      await waitForChecklists(page);
      expect(lists).toBeGreaterThan(0);
      await expect.poll(() => page.locator('[data-hydrated="true"]').count()).toBe(lists);
      expect(await page.locator('input[type="checkbox"][name*="--"]').count()).toBe(boxes);
      await expect.poll(() => page.locator('[data-notice="share"]').innerText()).toContain(NOTE);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('two tabs of one browser', () => {
  /** Clicks a checkbox in this tab and another in the tab it opened, in one task: a true race. */
  async function clickBoth(a: Page, mine: string, theirs: string): Promise<void> {
    await a.evaluate(
      ([x, y]) => {
        const other = (window as Window & { other?: Window }).other;
        const box = (doc: Document, id: string) =>
          doc.querySelector<HTMLInputElement>(`input[type="checkbox"][name="item--${id}"]`);
        box(document, x)?.click();
        if (other) box(other.document, y)?.click();
      },
      [mine, theirs] as const,
    );
  }

  test('ticking different items in both at the same moment keeps every tick', async () => {
    const a = await newPage(browser);
    try {
      await openChecklistPage(a, list.path);
      // Tab B is opened by tab A, so that one script can tick in both before either hears of
      // the other's write.
      const [b] = await Promise.all([
        a.context().waitForEvent('page'),
        a.evaluate((url) => {
          (window as Window & { other?: Window | null }).other = window.open(url);
        }, urlFor(list.path)),
      ]);
      await b.waitForLoadState('load');
      await waitForChecklists(b);
      const rounds = [
        [first, second],
        [third, fourth],
      ] as const;
      for (const [x, y] of rounds) await clickBoth(a, x.id, y.id);
      const ids = rounds.flat().map((i) => i.id);
      for (const page of [a, b]) {
        for (const id of ids) await expect.poll(() => checkbox(page, id).isChecked()).toBe(true);
      }
      const stored = await a.evaluate((key) => localStorage.getItem(key), list.key);
      const items = (JSON.parse(stored ?? '{}') as { items: Record<string, { status: string }> })
        .items;
      for (const id of ids) expect(items[id]?.status, id).toBe('done');
      // Fast alternating unticks and ticks, raced the same way: five clicks on each item leave
      // every one unticked, in both tabs and in storage.
      for (let round = 0; round < 10; round += 1) {
        const [x, y] = rounds[round % 2] ?? rounds[0];
        await clickBoth(a, x.id, y.id);
      }
      for (const page of [a, b]) {
        for (const id of ids) await expect.poll(() => checkbox(page, id).isChecked()).toBe(false);
      }
      const expected = ids.map(() => false);
      await b.reload();
      await waitForChecklists(b);
      expect(await Promise.all(ids.map((id) => checkbox(b, id).isChecked()))).toEqual(expected);
    } finally {
      await closePage(a);
    }
  });
});

describe('the share offer', () => {
  test('over notes-only progress names the notes, and loading stays undoable until dismissed', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, list.path);
      await itemRow(page, second.id).locator('summary').click();
      await itemRow(page, second.id)
        .getByLabel(checklistStrings.item.noteField)
        .fill('Ask the DBA first');
      await page.goto(urlFor(`${list.path}#checklist=${list.id}&done=${first.id}`));
      await page.reload();
      await waitForChecklists(page);
      const offer = page.locator('[data-notice="share"]');
      expect(await offer.innerText()).toContain(
        checklistStrings.notices.shareReplaces({ done: 0, notApplicable: 0, reasons: 0, notes: 1 }),
      );
      expect(await offer.innerText()).toContain('1 note');
      await page.getByRole('button', { name: checklistStrings.notices.shareLoad }).click();
      await expect.poll(() => checkbox(page, first.id).isChecked()).toBe(true);
      expect(await itemRow(page, second.id).innerText()).not.toContain('Ask the DBA first');
      // A tick after loading does not end the undo.
      await checkbox(page, third.id).check();
      await page.getByRole('button', { name: checklistStrings.notices.undoLoad }).click();
      await expect.poll(() => itemRow(page, second.id).innerText()).toContain('Ask the DBA first');
      expect(await checkbox(page, first.id).isChecked()).toBe(false);
      expect(await checkbox(page, third.id).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('a note written in Markdown', () => {
  test('exports as the note’s text: no added task, heading or image', async () => {
    const page = await newPage(browser, { context: { acceptDownloads: true } });
    try {
      await openChecklistPage(page, list.path);
      await itemRow(page, first.id).locator('summary').click();
      await itemRow(page, first.id)
        .getByLabel(checklistStrings.item.noteField)
        .fill('ok\n- [x] done\n# heading\n![x](https://example.test/y.png)');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: checklistStrings.tools.downloadMarkdown }).click(),
      ]);
      const markdown = readFileSync(await download.path(), 'utf8');
      expect(markdown.match(/^\s*- \[x\]/gm) ?? []).toEqual([]);
      expect(markdown.match(/^#\s/gm)).toHaveLength(1);
      expect(markdown).not.toMatch(/(?<!\\)!\[x(?<!\\)\]\(/);
      expect(markdown).toContain('\\- \\[x\\] done');
      expect(await page.evaluate((key) => localStorage.getItem(key), list.key)).toContain(
        '- [x] done',
      );
    } finally {
      await closePage(page);
    }
  });
});

describe('the calendar file at the date field’s limit', () => {
  const boxed = stages.find((s) => s.data.timeBox?.limit);
  test('a start of 9999-12-31 gives a message and no file', async () => {
    if (!boxed?.data.timeBox?.limit) throw new Error('no time-boxed stage in the content');
    const start = { year: 9999, month: 12, day: 31 };
    const deadline = addPeriod(start, boxed.data.timeBox.limit);
    const { page, errors } = await open(
      `/decide/?integrate-stage=${boxed.id}&integrate-start=${toIsoDate(start)}`,
    );
    try {
      const tool = page.locator('form[aria-labelledby="integration-date"]');
      const problem = calendarProblem(deadline);
      if (problem === undefined) throw new Error('the deadline should be past the limit');
      await expect.poll(() => tool.innerText()).toContain(problem);
      expect(await tool.getByRole('link', { name: 'Add to calendar (.ics)' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('storage and files that refuse or overflow', () => {
  test('storage whose reads throw while writes work is reported, and nothing is written', async () => {
    const page = await newPage(browser);
    try {
      await page.addInitScript(() => {
        Storage.prototype.getItem = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      });
      await openChecklistPage(page, list.path);
      const notice = page.locator('[data-notice="unavailable"]');
      expect(await notice.innerText()).toContain(checklistStrings.notices.unreadableStorage);
      await checkbox(page, first.id).check();
      expect(await checkbox(page, first.id).isChecked(), 'ticks still work in memory').toBe(true);
      const keys = await page.evaluate(() => Object.keys(localStorage));
      expect(keys.filter((k) => k.includes(list.id))).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('an oversized progress file is refused with its size, and progress is unchanged', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, list.path);
      await checkbox(page, first.id).check();
      await page.getByLabel(checklistStrings.tools.importJson).setInputFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(MAX_FILE_BYTES + 1, 0x20),
      });
      const failed = page.locator('[data-notice="import-failed"]');
      await expect.poll(() => failed.innerText()).toContain('huge.json');
      expect(await failed.innerText()).toContain((MAX_FILE_BYTES + 1).toLocaleString('en'));
      expect((await failed.innerText()).length).toBeLessThan(400);
      expect(await checkbox(page, first.id).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});
