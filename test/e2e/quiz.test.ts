// The stage quiz on /decide/, as a reader uses it in Chromium: keyboard only to a result, the
// shared link in a fresh page, a malformed link, start over, JavaScript off, print, and axe with a
// result shown. Expected words are read from content/, never typed here.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ASSESSED_STAGE_ATTRIBUTE as ASSESSED,
  STAGE_ASSESSED_EVENT,
} from '../../src/lib/quiz/events.ts';
import { quizStrings } from '../../src/lib/quiz/strings.ts';
import { listWords as listNames } from '../../src/lib/words.ts';
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

/** The first answer of `questionId` whose last stage is `stageId`, else the first that fits it. */
function answerFor(questionId: string, stageId: string): { id: string; index: number } {
  const answers = quiz.questions.find((q) => q.id === questionId)?.answers ?? [];
  const last = answers.findIndex((a) => a.stages.at(-1)?.id === stageId);
  const index =
    last !== -1 ? last : answers.findIndex((a) => a.stages.some((x) => x.id === stageId));
  const answer = answers[index];
  if (answer === undefined) throw new Error(`no answer of ${questionId} fits ${stageId}`);
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
    const one = plan.find((p) => p.question.measures === 'capability');
    if (one === undefined) throw new Error('no capability question');
    const page = await openQuiz(`?${one.question.id}=${one.answer.id}`);
    try {
      const text = await page.locator(SUMMARY).innerText();
      expect(text).toContain(quizStrings.provisional);
      for (const q of quiz.questions.filter((x) => x !== one.question)) {
        expect(text).toContain(q.name);
      }
    } finally {
      await closePage(page);
    }
  });

  test('a link with only the users answer asks for an infrastructure answer', async () => {
    const users = plan.find((p) => p.question.measures === 'load');
    if (users === undefined) throw new Error('no load question');
    const page = await openQuiz(`?${users.question.id}=${users.answer.id}`);
    try {
      const names = quiz.questions.filter((q) => q.measures === 'capability').map((q) => q.name);
      await page.getByText(quizStrings.needsAnswers(listNames(names))).waitFor();
      expect(await page.locator(SUMMARY).count()).toBe(0);
      expect(await page.locator(`[${ASSESSED}]`).count()).toBe(0);
    } finally {
      await closePage(page);
    }
  });
});

describe('real teams', () => {
  const [, mvp, production] = stages;
  /** Opens a link with `answers` and returns the result's text and its next steps' links. */
  async function resultOf(answers: Record<string, string>) {
    const page = await openQuiz(`?${new URLSearchParams(answers).toString()}#what-stage`);
    try {
      await page.locator(SUMMARY).waitFor();
      const text = await resultText(page);
      const hrefs = await page
        .locator(`${QUIZ} [data-view="result"] ol a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      return { text, hrefs, events: await events(page) };
    } finally {
      await closePage(page);
    }
  }
  const time = quiz.timeAtStage;

  test('a textbook MVP with one instance is at MVP, its checkpoint MVP’s, never POC’s', async () => {
    const stage = mvp ?? second;
    const {
      text,
      hrefs,
      events: seen,
    } = await resultOf({
      users: '10-to-99',
      uptime: '95-to-under-99',
      monitoring: 'basic-metrics',
      runbooks: 'basic',
      instances: '1-instance',
      ...(time ? { [time.id]: '4-weeks-to-3-months' } : {}),
    });
    expect(text).toContain(quizStrings.stageLine(stageHeading(stage)));
    expect(text).not.toContain(quizStrings.loadAheadTitle);
    const [mvpBox, pocBox] = [stage.data.timeBox, first.data.timeBox];
    if (time && mvpBox && pocBox) {
      expect(text).toContain(quizStrings.timeBox.due(stage.data.shortName, mvpBox.maxDuration));
      for (const kind of ['overdue', 'may-be-overdue', 'due'] as const) {
        expect(text).not.toContain(
          quizStrings.timeBox[kind](first.data.shortName, pocBox.maxDuration),
        );
      }
    }
    expect(hrefs.some((h) => h.startsWith(`/stages/${first.id}/`))).toBe(false);
    expect(seen).toEqual([{ stage: stage.id }]);
  });

  test('a low-traffic system built to production standard is at Production, load behind it', async () => {
    const stage = production ?? third;
    const {
      text,
      hrefs,
      events: seen,
    } = await resultOf({
      users: '10-to-99',
      uptime: '99-9-plus',
      monitoring: 'comprehensive',
      runbooks: 'comprehensive',
      instances: '2-to-4-behind-load-balancer',
    });
    expect(text).toContain(quizStrings.stageLine(stageHeading(stage)));
    expect(text).toContain(quizStrings.loadBehindTitle);
    // Nothing about what MVP "does not need yet", and no way back to MVP.
    expect(hrefs.some((h) => h.includes('dont-need'))).toBe(false);
    expect(hrefs).not.toContain(`/stages/${second.id}/`);
    expect(seen).toEqual([{ stage: stage.id }]);
  });

  test('an 8-user internal tool in real use is not a proof of concept', async () => {
    const { text } = await resultOf({
      users: 'under-10',
      uptime: '99-to-under-99-9',
      monitoring: 'comprehensive',
      runbooks: 'comprehensive',
      instances: '2-to-4-behind-load-balancer',
    });
    expect(text).toContain(quizStrings.stageLine(stageHeading(production ?? third)));
    expect(text).toContain(quizStrings.loadBehindTitle);
  });
});

describe('a link made before answers were renamed', () => {
  // One former id per question (a link carries one answer per question).
  const renamed = quiz.questions.flatMap((q) =>
    q.answers
      .flatMap((a) => a.formerIds.map((from) => ({ question: q, answer: a, from })))
      .slice(0, 1),
  );

  test('reads the former ids as today’s answers, says so, and rewrites the link', async () => {
    expect(renamed.length, 'answers with a former id in content/quiz').toBeGreaterThan(0);
    const query = new URLSearchParams(renamed.map((r) => [r.question.id, r.from])).toString();
    const page = await openQuiz(`?${query}`);
    try {
      const note = page.locator(`${QUIZ} [role="status"] p`, {
        hasText: 'earlier version of the quiz',
      });
      await note.waitFor();
      const text = await note.innerText();
      for (const r of renamed) {
        expect(text).toContain(r.answer.label);
        expect(await page.locator(`${QUIZ} input[value="${r.answer.id}"]`).isChecked()).toBe(true);
      }
      const params = new URL(page.url()).searchParams;
      for (const r of renamed) expect(params.get(r.question.id)).toBe(r.answer.id);
      expect(pageErrors(page)).toEqual([]);
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
      expect(await table.first().isVisible(), 'the table of the guide’s bands').toBe(true);
      // Each question's row gives the guide's band for each stage, in the stage's column.
      const headers = await table.first().locator('thead th').allInnerTexts();
      for (const q of quiz.questions) {
        const cells = await table
          .first()
          .locator('tbody tr', { has: page.locator('th', { hasText: q.prompt }) })
          .locator('td')
          .allInnerTexts();
        for (const stage of stages) {
          expect(cells[headers.indexOf(stage.data.shortName) - 1], `${q.id} at ${stage.id}`).toBe(
            q.bands[stage.id],
          );
        }
      }
      // Each answer names the stages it fits with their bands, so a reader can place themselves
      // by the rule, which is printed below the questions.
      const form = await page.locator(`${QUIZ} form`).innerText();
      for (const q of quiz.questions) {
        for (const answer of q.answers) {
          const fits = answer.stages.map((st) => {
            const name = stages.find((x) => x.id === st.id)?.data.shortName ?? st.id;
            return `${name} (${q.bands[st.id] ?? ''})`;
          });
          expect(form).toContain(answer.label);
          for (const words of fits) expect(form).toContain(words);
        }
        if (q.clarification) expect(form).toContain(q.clarification);
      }
      const rule = await page.locator(`${QUIZ} .quiz-rule`).innerText();
      expect(rule).toContain(quiz.rule.text);
      expect(rule).toContain(quiz.rule.load);
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
  // Load behind the infrastructure, a time box run out, and a note about the link: every part of
  // a result at once.
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
      expect(summary).toContain(quizStrings.loadBehindTitle);
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
