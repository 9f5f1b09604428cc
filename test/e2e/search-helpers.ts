// Helpers for the search browser tests: opening search as a reader does, waiting for results,
// reading what the results show, and the guide's facts the tests look for (from content/).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { load } from '../fixtures/real-content.ts';

export interface ShownResult {
  title: string;
  tags: string;
  places: { href: string; title: string; excerpt: string; marked: string[] }[];
}

/** Opens the header search with the keyboard shortcut; resolves when the field has focus. */
export async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open] input[role="combobox"]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
}

/** The search UI in view: the open dialog's, or the /search/ page's. */
export const UI = ':is(dialog[open], [data-search-page]) search';

/** Types a query into the focused field and waits until the status line reports on it. */
export async function typeQuery(page: Page, query: string): Promise<string> {
  await page.keyboard.type(query);
  return waitForStatus(page, query);
}

/** Waits until the status line names `query` (a summary or "nothing matches"), and returns it. */
export async function waitForStatus(page: Page, query: string): Promise<string> {
  const status = page.locator(`${UI} [role="status"]`);
  await page.waitForFunction(
    ([selector, q]) => document.querySelector(selector)?.textContent?.includes(q) ?? false,
    [`${UI} [role="status"]`, query] as const,
    { timeout: 15_000 },
  );
  return (await status.innerText()).trim();
}

/** Waits until the status line changes from `before`. */
export async function waitForStatusChange(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    ([selector, old]) => {
      const text = document.querySelector(selector)?.textContent?.trim() ?? '';
      return text !== '' && text !== old;
    },
    [`${UI} [role="status"]`, before] as const,
    { timeout: 15_000 },
  );
  return (await page.locator(`${UI} [role="status"]`).innerText()).trim();
}

/** The first number in a status line ("15 pages match …" → 15; "Nothing matches" → 0). */
export function countIn(status: string): number {
  const match = /\d+/.exec(status);
  return match ? Number(match[0]) : 0;
}

/** What the result list shows, page by page. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator(`${UI} [role="listbox"] [role="group"]`).evaluateAll((groups) =>
    groups.map((group) => ({
      title: group.querySelector('.search-result-title')?.textContent?.trim() ?? '',
      tags: group.querySelector('.search-result-tags')?.textContent?.trim() ?? '',
      places: [...group.querySelectorAll<HTMLAnchorElement>('[role="option"]')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        title: a.querySelector('.search-place-title')?.textContent?.trim() ?? '',
        excerpt: a.querySelector('.search-excerpt')?.textContent?.trim() ?? '',
        marked: [...a.querySelectorAll('mark')].map((m) => m.textContent?.trim() ?? ''),
      })),
    })),
  );
}

/** The page URLs (without anchors) of the shown results. */
export function pageUrls(results: ShownResult[]): string[] {
  return results.map((r) => r.places[0]?.href.replace(/#.*$/, '') ?? '');
}

/** Presses ↓ until the option with `href` is active; fails if it never is. */
export async function arrowTo(page: Page, href: string): Promise<void> {
  const hrefs = await page
    .locator(`${UI} [role="option"]`)
    .evaluateAll((options) => options.map((o) => o.getAttribute('href')));
  const index = hrefs.indexOf(href);
  expect(index, `an option links to ${href}; options: ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(
    0,
  );
  for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
  const active = await page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.getAttribute('href') : null;
  });
  expect(active, 'the active option after the arrow keys').toBe(href);
}

// ---- Facts from content/ -------------------------------------------------------------------

export const stages = load('stages').sort((a, b) => a.data.order - b.data.order);
const topics = load('topics');
const checklists = load('checklists');

/** Stages whose infrastructure requirements name `pattern`. */
export function stagesRequiring(pattern: RegExp): string[] {
  return stages
    .filter((s) => s.data.requirements.some((g) => g.items.some((i) => pattern.test(i.text))))
    .map((s) => s.id);
}

/** The topic whose title is `pattern`. */
export function topicTitled(pattern: RegExp): string {
  const topic = topics.find((t) => pattern.test(t.data.title));
  if (!topic) throw new Error(`content/topics has no topic titled ${String(pattern)}`);
  return topic.id;
}

/** The migration checklist item whose text matches `pattern`: its checklist, id and text. */
export function checklistItem(pattern: RegExp): { checklist: string; id: string; text: string } {
  for (const list of checklists) {
    if (list.data.kind !== 'migration') continue;
    for (const phase of list.data.phases) {
      const item = phase.items.find((i) => pattern.test(i.text));
      if (item) return { checklist: list.id, id: item.id, text: item.text };
    }
  }
  throw new Error(`no migration checklist item matches ${String(pattern)}`);
}
