// The stage quiz on /decide/, as a reader uses it in Chromium: keyboard only to a result, the
// shared link in a fresh page, a malformed link, start over, JavaScript off, print, and axe with a
// result shown. Expected words are read from content/, never typed here.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STAGE_ASSESSED_EVENT } from '../../src/lib/quiz/events.ts';
import { quizStrings } from '../../src/lib/quiz/strings.ts';
import { sortStages, stageHeading } from '../../src/lib/stages.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';

const [quizEntry] = load('quiz');
if (quizEntry === undefined) throw new Error('content/quiz/ holds no quiz');
const quiz = quizEntry.data;
const stages = sortStages(load('stages'));
const [first, second, third] = stages;
if (first === undefined || second === undefined || third === undefined) {
  throw new Error('the e2e quiz tests expect at least three stages');
}
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const QUIZ = '.stage-quiz';
const SUMMARY = `${QUIZ} [role="status"]:has(h3)`;

/** The answer of `questionId` that points to `stageId`. */
function answerFor(questionId: string, stageId: string): { id: string; index: number } {
  const question = quiz.questions.find((q) => q.id === questionId);
  const index = question?.answers.findIndex((a) => a.stage.id === stageId) ?? -1;
  const answer = question?.answers[index];
  if (answer === undefined) throw new Error(`no answer of ${questionId} points to ${stageId}`);
  return { id: answer.id, index };
}

/** Load one stage ahead of every capability: the second stage, with load at the third. */
const plan = quiz.questions.map((q) => ({
  question: q,
  answer: answerFor(q.id, q.measures === 'load' ? third.id : second.id),
}));
const planQuery = new URLSearchParams(plan.map((p) => [p.question.id, p.answer.id])).toString();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens /decide/ (with `query`) and waits until the quiz island has hydrated. */
async function openQuiz(query = '', opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, opts);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  // Record the quiz's event from the start, as a tool on the page would.
  await page.addInitScript((name: string) => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    window.addEventListener(name, (e) => seen.push((e as CustomEvent).detail));
  }, STAGE_ASSESSED_EVENT);
  await page.goto(urlFor(`/decide/${query}`), { waitUntil: 'load' });
  await page.locator(`${QUIZ} astro-island`).waitFor({ state: 'attached' });
  // The quiz hydrates when it comes into view (client:visible), as a reader scrolls to it.
  await page.locator(`${QUIZ} astro-island > *`).first().scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => document.querySelector('.stage-quiz astro-island[ssr]') === null,
    undefined,
    {
      timeout: 20_000,
    },
  );
  await page.locator(`${QUIZ} input[type="radio"]:not([disabled])`).first().waitFor();
  return page;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
const pageErrors = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];
const resultText = (page: Page) => page.locator(`${QUIZ} [data-view="result"]`).last().innerText();

describe('keyboard only', () => {
  test('answers every question with Tab, arrows and Space, and gets a result without losing focus', async () => {
    const page = await openQuiz();
    try {
      // Tab from the top of the page until a radio of the quiz has focus.
      let tabs = 0;
      while (
        !(await page.evaluate(() =>
          document.activeElement?.matches('.stage-quiz input[type="radio"]'),
        ))
      ) {
        await page.keyboard.press('Tab');
        tabs += 1;
        expect(tabs, 'Tab presses before the quiz').toBeLessThan(200);
      }
      for (const [i, step] of plan.entries()) {
        if (step.answer.index === 0) await page.keyboard.press('Space');
        for (let k = 0; k < step.answer.index; k += 1) await page.keyboard.press('ArrowDown');
        if (i < plan.length - 1) await page.keyboard.press('Tab');
      }
      const summary = page.locator(SUMMARY);
      await summary.waitFor();
      const text = await summary.innerText();
      expect(text).toContain(quizStrings.stageLine(stageHeading(second)));
      expect(text).toContain(quizStrings.loadAheadTitle);
      // Focus stayed on the last answer the reader chose.
      const focused = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.value,
      );
      expect(focused).toBe(plan.at(-1)?.answer.id);
      expect(new URL(page.url()).searchParams.toString()).toBe(planQuery);
      expect(await events(page)).toEqual([{ stage: second.id }]);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('sharing', () => {
  test('Copy link copies a link that shows the same result in a fresh page', async () => {
    const page = await openQuiz(`?${planQuery}`);
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const original = await resultText(page);
      await page.getByRole('button', { name: quizStrings.copyLink }).click();
      await page.getByText(quizStrings.copied).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).hash).toBe('#what-stage');

      const fresh = await newPage(browser);
      try {
        await fresh.addInitScript((name: string) => {
          const seen: unknown[] = [];
          (window as unknown as { seen: unknown[] }).seen = seen;
          window.addEventListener(name, (e) => seen.push((e as CustomEvent).detail));
        }, STAGE_ASSESSED_EVENT);
        await fresh.goto(copied, { waitUntil: 'load' });
        await fresh.locator(SUMMARY).waitFor({ timeout: 20_000 });
        expect(await resultText(fresh)).toBe(original);
        // The link's reader lands on the result itself, below the answered questions.
        await expect
          .poll(() =>
            fresh.locator(SUMMARY).evaluate((el) => {
              const top = el.getBoundingClientRect().top;
              return top >= 0 && top < window.innerHeight;
            }),
          )
          .toBe(true);
        expect(await events(fresh)).toEqual([{ stage: second.id }]);
      } finally {
        await closePage(fresh);
      }
    } finally {
      await closePage(page);
    }
  });

  test('a link with some answers shows a provisional result naming what is missing', async () => {
    const [one] = plan;
    if (one === undefined) throw new Error('no question');
    const page = await openQuiz(`?${one.question.id}=${one.answer.id}`);
    try {
      const text = await page.locator(SUMMARY).innerText();
      expect(text).toContain(quizStrings.provisional);
      for (const q of quiz.questions.slice(1)) expect(text).toContain(q.name);
    } finally {
      await closePage(page);
    }
  });
});

describe('a malformed link', () => {
  test('shows a note naming what was ignored, keeps what it could, and never breaks', async () => {
    const uptime = answerFor('uptime', first.id);
    const otherUptime = answerFor('uptime', second.id);
    const page = await openQuiz(
      `?users=lots&colour=red&uptime=${uptime.id}&feature=cache&uptime=%ZZ&uptime=${otherUptime.id}`,
    );
    try {
      const note = page.locator(`${QUIZ} [role="status"] p`).first();
      await note.waitFor();
      const text = await note.innerText();
      expect(text).toContain('"users=lots"');
      expect(text).toContain('"colour"');
      expect(text).toContain('"uptime=%ZZ"');
      expect(text).toContain('a second "uptime"');
      expect(text, 'the decision tools’ keys are not reported').not.toContain('feature');
      expect(await page.locator(SUMMARY).innerText()).toContain(quizStrings.provisional);
      // The quiz keeps the keys it does not own and drops its own bad values.
      const params = new URL(page.url()).searchParams;
      expect(params.get('feature')).toBe('cache');
      expect(params.get('colour')).toBe('red');
      expect(params.getAll('uptime')).toEqual([uptime.id]);
      expect(params.has('users')).toBe(false);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe('start over', () => {
  test('clears the answers, the result and the quiz’s URL keys, and goes back to the first question', async () => {
    const page = await openQuiz(`?${planQuery}&integrate-stage=${first.id}`);
    try {
      await page.getByRole('button', { name: quizStrings.startOver }).click();
      await expect.poll(() => page.locator(SUMMARY).count()).toBe(0);
      expect(await page.locator(`${QUIZ} input:checked`).count()).toBe(0);
      expect(new URL(page.url()).search).toBe(`?integrate-stage=${first.id}`);
      const focused = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name,
      );
      expect(focused).toMatch(new RegExp(`${quiz.questions[0]?.id ?? ''}$`));
    } finally {
      await closePage(page);
    }
  });
});

describe('without JavaScript', () => {
  test('shows the questions, the note and the table of which answer points to which stage', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor('/decide/'), { waitUntil: 'load' });
      const legends = await page.locator(`${QUIZ} legend`).allInnerTexts();
      for (const q of quiz.questions) expect(legends.join('\n')).toContain(q.prompt);
      const note = page.locator(`${QUIZ} .callout`, { hasText: quizStrings.noScript });
      expect(await note.isVisible(), 'the note that the quiz needs JavaScript').toBe(true);
      const table = page.locator('table', {
        has: page.locator('th', { hasText: quiz.questions[0]?.prompt ?? '' }),
      });
      expect(await table.first().isVisible(), 'the table of answers and stages').toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('print', () => {
  test('prints the result without the questions or any button', async () => {
    const page = await openQuiz(`?${planQuery}`);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator(`${QUIZ} form`).isVisible()).toBe(false);
      expect(await page.locator(SUMMARY).isVisible()).toBe(true);
      expect(await page.locator(`${QUIZ} button:visible`).count()).toBe(0);
      expect(await page.getByText(quizStrings.printedFrom).isVisible()).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe('axe with a result shown', () => {
  // Infrastructure ahead of load, a time box run out, and a note about the link: every part of a
  // result at once.
  const answers = new URLSearchParams(
    quiz.questions.map((q) => [
      q.id,
      answerFor(q.id, q.measures === 'load' ? first.id : second.id).id,
    ]),
  );
  const time = quiz.timeAtStage;
  if (time) answers.set(time.id, time.options.at(-1)?.id ?? '');
  answers.set('x', '1');

  test.each(['light', 'dark'] as const)('%s', async (colorScheme) => {
    const page = await openQuiz(`?${answers.toString()}`, { colorScheme });
    try {
      const summary = await page.locator(SUMMARY).innerText();
      expect(summary).toContain(quizStrings.infrastructureAheadTitle);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      ).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
