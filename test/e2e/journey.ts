// What a reader does on the site, step by step, for the tests that serve a build themselves
// (static-server.ts): the base-path test and the security-policy test run the same steps.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { quizStrings } from '../../src/lib/quiz/strings.ts';
import { load } from '../fixtures/real-content.ts';
import { checkbox, firstMigration, waitForChecklists } from './checklist-helpers.ts';
import { openSearch, shownResults, typeQuery } from './search-helpers.ts';
import type { StaticServer } from './static-server.ts';
import { hydrateIslands } from './islands.ts';

export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Records every `securitypolicyviolation` event of every document the page loads (an init script
 * adds the listener before the page's own scripts run, and reports each event to the test at once,
 * so none is lost to a navigation), and any console message about the policy, including
 * Pagefind's note that its web worker failed. Returns a function that gives what was recorded.
 */
export async function recordViolations(page: Page): Promise<() => Violation[]> {
  const seen: Violation[] = [];
  await page.exposeBinding('reportPolicyViolation', (_source, violation: Violation) => {
    seen.push(violation);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { reportPolicyViolation: (v: unknown) => void })
      .reportPolicyViolation;
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report({
          page: location.pathname,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      true,
    );
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Refused to|web worker encountered an error/i.test(text)) {
      seen.push({
        page: page.url(),
        directive: `console ${message.type()}`,
        blocked: '',
        sample: text,
      });
    }
  });
  return () => [...seen];
}

/** Opens a page as a reader does; the 404 page is read where it appears, at a missing address. */
export async function readPage(page: Page, server: StaticServer, path: string): Promise<number> {
  const url = server.urlFor(path === '/404.html' ? '/no-such-page/' : path);
  const response = await page.goto(url, { waitUntil: 'load' });
  return response?.status() ?? 0;
}

export const checklist = firstMigration();

/** Ticks the first item of the first migration checklist and checks the progress is kept. */
export async function tickChecklist(page: Page, server: StaticServer): Promise<void> {
  await page.goto(server.urlFor(checklist.path), { waitUntil: 'load' });
  await waitForChecklists(page);
  const first = checklist.items[0];
  if (!first) throw new Error('the first migration checklist has no items');
  await checkbox(page, first.id).check();
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k), checklist.key))
    .toContain(first.id);
  await page.reload({ waitUntil: 'load' });
  await waitForChecklists(page);
  expect(await checkbox(page, first.id).isChecked()).toBe(true);
}

/** Downloads the checklist as Markdown and JSON, copies its share link, and prints it to PDF. */
export async function exportAndPrint(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(page.url()).origin,
  });
  for (const name of [
    checklistStrings.tools.downloadMarkdown,
    checklistStrings.tools.downloadJson,
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect(download.suggestedFilename()).not.toBe('');
  }
  await page.getByRole('button', { name: checklistStrings.tools.copyLink }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(page.url().replace(/[?#].*$/, ''))).toBe(true);
  await page.emulateMedia({ media: 'print' });
  expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
}

const [quiz] = load('quiz');

/** Answers every question of the stage quiz on /decide/ and waits for the result. */
export async function answerQuiz(page: Page, server: StaticServer): Promise<string> {
  if (!quiz) throw new Error('content/quiz/ holds no quiz');
  await page.goto(server.urlFor('/decide/'), { waitUntil: 'load' });
  await hydrateIslands(page);
  for (const question of quiz.data.questions) {
    const answer = question.answers[0];
    if (!answer) throw new Error(`question ${question.id} has no answers`);
    await page.locator(`.stage-quiz input[type="radio"][value="${answer.id}"]`).check();
  }
  const result = page.locator('.stage-quiz [data-view="result"]').last();
  await result.waitFor();
  expect(quizStrings.showResult).not.toBe('');
  return result.innerText();
}

/** Searches from the header for a stage's name and returns the result links. */
export async function search(page: Page, server: StaticServer, query: string): Promise<string[]> {
  await page.goto(server.urlFor('/'), { waitUntil: 'load' });
  await openSearch(page);
  await typeQuery(page, query);
  const results = await shownResults(page);
  return results.flatMap((r) => r.places.map((p) => p.href));
}
