// Helpers for the checklist browser tests: the real content's facts about a checklist, opening a
// page and waiting until every checklist on it has loaded its saved progress.
import type { Page } from 'playwright-core';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { plainText } from '../../src/lib/inline.ts';
import { entryModel } from '../../src/lib/checklist/build.ts';
import { progressKey } from '../../src/lib/checklist/storage.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { load } from '../fixtures/real-content.ts';
import { urlFor } from './browser.ts';

/** The first migration checklist of the content, as the tests need it. */
export function firstMigration() {
  const list = load('checklists')
    .filter((l) => l.data.kind === 'migration')
    .sort((a, b) => a.data.order - b.data.order)[0];
  if (list === undefined) throw new Error('content/checklists/ has no migration checklist');
  const sections = entryModel(list.id, list.data, '', ui.checklists.validation).sections;
  const items = sections.flatMap((s) =>
    s.items.map((i) => ({ id: i.id, text: plainText(i.text) })),
  );
  return {
    id: list.id,
    path: `/checklists/${list.id}/`,
    key: progressKey(list.id),
    sections: sections.map((s) => ({
      heading: s.heading,
      ids: s.items.map((i) => i.id),
    })),
    items,
  };
}

/** The checkbox of an item of a checklist page (anchors are `item--<id>`). */
export function checkbox(page: Page, itemId: string) {
  return page.locator(`input[type="checkbox"][name="item--${itemId}"]`);
}

/** The `<li>` of an item. */
export function itemRow(page: Page, itemId: string) {
  return page.locator(`li[id="item--${itemId}"]`);
}

/** Checklists still waiting for their code: islands (checklist pages), <tracked-list> (reading pages). */
const WAITING = 'astro-island[ssr], tracked-list[pending]';

/**
 * Waits until every checklist of the page has hydrated and loaded its progress. Checklists hydrate
 * on first use (client:interact islands on checklist pages, <tracked-list> on reading pages):
 * each one still waiting gets the focus event a reader's first Tab or click into it would give.
 */
export async function waitForChecklists(page: Page): Promise<void> {
  await page
    .locator('astro-island, tracked-list')
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 });
  await page.evaluate(() => {
    for (const list of document.querySelectorAll(
      'astro-island[ssr][client="interact"], tracked-list[pending]',
    )) {
      list.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
  });
  await page.waitForFunction(
    (waiting) =>
      document.querySelector(waiting) === null &&
      document.querySelectorAll('[data-hydrated="true"]').length > 0,
    WAITING,
    { timeout: 20_000 },
  );
}

/** Opens a site path and waits for its checklists. */
export async function openChecklistPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(urlFor(path), { waitUntil: 'load' });
  if ((response?.status() ?? 500) >= 400) throw new Error(`HTTP ${response?.status()} for ${path}`);
  await waitForChecklists(page);
}

/** The polite status line of the page's first checklist. */
export function statusLine(page: Page) {
  return page.locator('[role="status"][aria-atomic="true"]').first();
}

/** The first four items of a list, which the tests need to exist. */
export function firstFour<T>(items: readonly T[], what: string): [T, T, T, T] {
  const [a, b, c, d] = items;
  if (a === undefined || b === undefined || c === undefined || d === undefined) {
    throw new Error(`${what} needs at least four items`);
  }
  return [a, b, c, d];
}

/** Ticks the items with these ids. */
export async function tick(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) await checkbox(page, id).check();
}

/** The stored progress record under `key`, parsed, or null. */
export async function storedRecord(
  page: Page,
  key: string,
): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** Ticks `ticked`, marks `notApplicable` N/A with `reason`, and writes `note` on `noted`. */
export async function fillIn(
  page: Page,
  plan: {
    ticked: readonly string[];
    notApplicable: string;
    reason: string;
    noted: string;
    note: string;
  },
): Promise<void> {
  await tick(page, plan.ticked);
  const na = itemRow(page, plan.notApplicable);
  await na.locator('summary').click();
  await na.getByLabel(checklistStrings.item.markNotApplicable).check();
  await na.getByLabel(checklistStrings.item.reason).fill(plan.reason);
  await itemRow(page, plan.noted).locator('summary').click();
  await itemRow(page, plan.noted).getByLabel(checklistStrings.item.noteField).fill(plan.note);
}

/** The WCAG 2.2 AA rule tags axe checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
