// The checklist widget in Chromium: the share link opened in a fresh browser, and the exports
// (Markdown, the GitHub link, the JSON file and its import).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import {
  checkbox,
  firstFour,
  firstMigration,
  openChecklistPage,
  statusLine,
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

async function fresh(): Promise<Page> {
  const page = await newPage(browser, { context: { acceptDownloads: true } });
  await openChecklistPage(page, list.path);
  return page;
}

describe('share link', () => {
  test('a fresh browser is offered the shared progress and keeps its own until it accepts', async () => {
    const sender = await fresh();
    let receiver: Page | undefined;
    try {
      const context: BrowserContext = sender.context();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(urlFor('/')).origin,
      });
      await tick(sender, [first.id, second.id]);
      await sender.getByRole('button', { name: checklistStrings.tools.copyLink }).click();
      await expect
        .poll(() => statusLine(sender).innerText())
        .toContain(checklistStrings.tools.copied(checklistStrings.tools.linkName));
      const link = await sender.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain(`#checklist=${list.id}`);
      expect(new URL(link).search).toBe('');

      const own = await fresh();
      receiver = own;
      await tick(own, [fourth.id]);
      await expect
        .poll(() => statusLine(own).innerText())
        .toContain(checklistStrings.doneOf(1, total));
      await own.goto(link);
      await own.reload();
      await waitForChecklists(own);
      const offer = own.locator('[data-notice="share"]');
      expect(await offer.innerText()).toContain(checklistStrings.notices.shareTitle);
      expect(await checkbox(own, fourth.id).isChecked(), 'own progress not replaced silently').toBe(
        true,
      );
      expect(await checkbox(own, first.id).isChecked()).toBe(false);
      await own.getByRole('button', { name: checklistStrings.notices.shareLoad }).click();
      await expect.poll(() => checkbox(own, first.id).isChecked()).toBe(true);
      expect(await checkbox(own, second.id).isChecked()).toBe(true);
      expect(await checkbox(own, fourth.id).isChecked()).toBe(false);
      expect(new URL(own.url()).hash).toBe('');
      await own.getByRole('button', { name: checklistStrings.tools.undo }).click();
      await expect.poll(() => checkbox(own, fourth.id).isChecked()).toBe(true);
    } finally {
      await closePage(sender);
      if (receiver) await closePage(receiver);
    }
  });
});

describe('exports', () => {
  test('the downloaded Markdown is a task list that matches the ticks', async () => {
    const page = await fresh();
    try {
      await tick(
        page,
        ticked.map((i) => i.id),
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: checklistStrings.tools.downloadMarkdown }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^${list.id}-\\d{4}-\\d{2}-\\d{2}\\.md$`),
      );
      const markdown = readFileSync(await download.path(), 'utf8');
      const done = [...markdown.matchAll(/^- \[x\] (.*)$/gm)].map((m) =>
        m[1]?.replace(/\*\*/g, '').replace(/\\/g, ''),
      );
      const open = [...markdown.matchAll(/^- \[ \] (.*)$/gm)].map((m) =>
        m[1]?.replace(/\*\*/g, '').replace(/\\/g, ''),
      );
      expect(done).toEqual(list.items.filter((i) => ticked.includes(i)).map((i) => i.text));
      expect(open).toHaveLength(total - ticked.length);
      for (const section of list.sections) expect(markdown).toContain(`## ${section.heading}`);
    } finally {
      await closePage(page);
    }
  });

  test('the GitHub link is prefilled with the Markdown, and a bad repository name is explained', async () => {
    const page = await fresh();
    try {
      await tick(page, [first.id]);
      const repo = page.getByLabel(checklistStrings.github.label);
      await repo.fill('not a repo');
      expect(await page.getByText(checklistStrings.github.invalid).count()).toBe(1);
      await repo.fill('my-org/infrastructure');
      const link = page.getByRole('link', {
        name: checklistStrings.github.open('my-org/infrastructure'),
      });
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.origin + href.pathname).toBe(
        'https://github.com/my-org/infrastructure/issues/new',
      );
      expect(href.searchParams.get('body')).toContain(`- [x] ${first.text}`);
      expect(href.toString().length).toBeLessThanOrEqual(8000);
    } finally {
      await closePage(page);
    }
  });

  test('the JSON download imports back after a reset', async () => {
    const page = await fresh();
    try {
      await tick(page, [first.id, third.id]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: checklistStrings.tools.downloadJson }).click(),
      ]);
      const file = await download.path();
      await page.getByRole('button', { name: checklistStrings.tools.reset }).click();
      await page.getByRole('button', { name: checklistStrings.tools.resetConfirm }).click();
      await expect.poll(() => checkbox(page, first.id).isChecked()).toBe(false);
      await page.getByLabel(checklistStrings.tools.importJson).setInputFiles(file);
      await expect.poll(() => checkbox(page, first.id).isChecked()).toBe(true);
      expect(await checkbox(page, third.id).isChecked()).toBe(true);
      expect(await page.locator('[data-notice="imported"]').count()).toBe(1);
      await page.getByLabel(checklistStrings.tools.importJson).setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":'),
      });
      expect(await page.locator('[data-notice="import-failed"]').innerText()).toContain(
        'notes.json',
      );
      expect(await checkbox(page, first.id).isChecked(), 'a bad file changes nothing').toBe(true);
    } finally {
      await closePage(page);
    }
  });
});
