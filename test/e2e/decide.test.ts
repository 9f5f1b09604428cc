// The decision tools on /decide/ in Chromium, as a reader uses them: keyboard only through each
// tool, answers announced in live regions, the link reproducing both tools, bad dates explained,
// the .ics download, the quiz's result preselecting a stage, axe in interesting states, JS off
// and 320 px. Facts (stage names, rules, levels, time boxes) are read from content/.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDays,
  addPeriod,
  calendarDateOf,
  daysBetween,
  toIsoDate,
} from '../../src/lib/decide/calendar-date.ts';
import { longDate } from '../../src/lib/decide/date-words.ts';
import { STAGE_ASSESSED_EVENT } from '../../src/lib/decide/events.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { hydrateIslands } from './islands.ts';

const stages = sortStages(load('stages'));
const features = load('features');
const terms = new Map(load('vocabulary').map((t) => [t.id, t.data]));
const quizQuestion = load('quiz')[0]?.data.questions[0];
const quizKey = quizQuestion?.id ?? 'users';
// A valid answer of the quiz's first question: the quiz drops invalid values of its own keys
// (with a note), so only a valid one shows that the tools keep keys they do not own.
const quizAnswer = quizQuestion?.answers[0]?.id ?? '';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const timeBoxed = stages.find((s) => s.data.timeBox?.limit);
const withCadence = stages.find((s) => s.data.timeBox?.cadence);
const noTimeBox = stages.find((s) => s.data.timeBox === undefined);
/** A requirement that names a feature, at a stage after the first (so the stage must be picked). */
const mustLater = stages.slice(1).flatMap((s) =>
  s.data.requirements.flatMap((g) =>
    g.level === 'dont-need'
      ? g.items.flatMap((i) => {
          const featureId = i.features?.[0]?.id;
          return featureId ? [{ stage: s, item: i, featureId }] : [];
        })
      : [],
  ),
)[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until both tools have hydrated and applied the link (their controls are enabled then). */
async function waitForTools(page: Page): Promise<void> {
  await hydrateIslands(page);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('astro-island').length >= 2 &&
      document.querySelector('astro-island[ssr]') === null &&
      document.querySelectorAll('form select:enabled, form input[type="date"]:enabled').length ===
        2,
    undefined,
    { timeout: 20_000 },
  );
}

/** Opens /decide/ with `query` and waits for both tools to hydrate. */
async function openDecide(query = '', opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, opts);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(urlFor(`/decide/${query}`), { waitUntil: 'load' });
  await waitForTools(page);
  return page;
}

const featureTool = (page: Page) => page.locator('form[aria-labelledby="feature-lookup"]');
const integrateTool = (page: Page) => page.locator('form[aria-labelledby="integration-date"]');
const statusOf = async (form: ReturnType<typeof featureTool>) =>
  (await form.locator('[role="status"]').innerText()).trim();

/** Presses Tab until `locator` has focus (at most `limit` times); fails otherwise. */
async function tabTo(page: Page, locator: ReturnType<Page['locator']>, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with the Tab key');
}

describe('Should I add feature X?', () => {
  test('keyboard only: a feature and a stage give the guide’s level and rule, in the link', async () => {
    expect(mustLater, 'a feature the guide does not need yet at some stage').toBeDefined();
    if (!mustLater) return;
    const { stage, item, featureId } = mustLater;
    const feature = features.find((f) => f.id === featureId);
    const page = await openDecide(`?${quizKey}=${quizAnswer}`);
    try {
      const tool = featureTool(page);
      const select = tool.getByLabel('Feature', { exact: true });
      await tabTo(page, select);
      await page.keyboard.type(feature?.data.name ?? '');
      expect(await select.inputValue()).toBe(featureId);
      await page.keyboard.press('Tab');
      // The first radio has focus; arrows move to the reader's stage (selecting as they go).
      const radios = tool.getByRole('radio');
      const index = stages.findIndex((s) => s.id === stage.id);
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowRight');
      if (index === 0) await page.keyboard.press('Space');
      expect(await radios.nth(index).isChecked()).toBe(true);

      const status = await statusOf(tool);
      expect(status).toContain(`${feature?.data.name} at ${stage.data.shortName}`);
      expect(status).toContain(terms.get('dont-need')?.label);
      expect(status).toContain(stage.data.addFeatureRule);
      const answer = tool.locator('section');
      expect(await answer.getByRole('link', { name: item.text }).first().getAttribute('href')).toBe(
        `/stages/${stage.id}/#${item.id}`,
      );

      const url = new URL(page.url());
      expect(url.searchParams.get(quizKey)).toBe(quizAnswer);
      expect(url.searchParams.get('feature')).toBe(featureId);
      expect(url.searchParams.get('feature-stage')).toBe(stage.id);
    } finally {
      await closePage(page);
    }
  });

  test('words the guide does not name get the stage’s rule and say so', async () => {
    const [stage] = stages;
    if (!stage) throw new Error('no stages');
    const page = await openDecide();
    try {
      const tool = featureTool(page);
      await tool
        .getByLabel('Feature', { exact: true })
        .selectOption({ label: 'Something else (type its name)' });
      await tool.getByLabel('Its name').fill('Quantum widget');
      await tool.getByLabel('Its name').press('Enter');
      await tool.getByRole('radio', { name: stage.data.shortName }).check();
      const status = await statusOf(tool);
      expect(status).toContain('does not name “Quantum widget”');
      expect(status).toContain(stage.data.addFeatureRule);
      expect(new URL(page.url()).searchParams.get('feature')).toBe('Quantum widget');
    } finally {
      await closePage(page);
    }
  });
});

describe('When must I integrate?', () => {
  test('keyboard only: an overdue time-boxed stage, its must-do list and an .ics download', async () => {
    if (!timeBoxed?.data.timeBox?.limit) throw new Error('no time-boxed stage in the content');
    const limit = timeBoxed.data.timeBox.limit;
    const today = calendarDateOf(new Date());
    const start = addDays(today, -100);
    const deadline = addPeriod(start, limit);
    const page = await openDecide();
    try {
      const tool = integrateTool(page);
      const radio = tool.getByRole('radio', { name: timeBoxed.data.shortName });
      await tabTo(page, tool.getByRole('radio').first());
      const index = stages.findIndex((s) => s.id === timeBoxed.id);
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowRight');
      if (index === 0) await page.keyboard.press('Space');
      expect(await radio.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      // Chromium's date field takes the digits in the order of its locale (en-US: month, day, year).
      const { year, month, day } = start;
      await page.keyboard.type(
        `${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${year}`,
      );
      const status = await statusOf(tool);
      expect(status).toBe(
        `${timeBoxed.data.shortName}: integration was due by ${longDate(deadline)}. Overdue by ${-daysBetween(today, deadline)} days.`,
      );
      for (const list of timeBoxed.data.checkpointRequirements?.lists ?? []) {
        for (const item of list.items) {
          expect(await tool.getByText(item.text, { exact: true }).count(), item.text).toBe(1);
        }
      }
      expect(new URL(page.url()).searchParams.get('integrate-start')).toBe(toIsoDate(start));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tool.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `${timeBoxed.id}-integration-${toIsoDate(deadline)}.ics`,
      );
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(/(?<!\r)\n/.test(text), 'no bare line feed').toBe(false);
      const unfolded = text.replace(/\r\n /g, '');
      expect(unfolded).toContain(
        `\r\nDTSTART;VALUE=DATE:${toIsoDate(deadline).replace(/-/g, '')}\r\n`,
      );
      expect(unfolded).toContain(
        `\r\nSUMMARY:${timeBoxed.data.shortName} integration checkpoint due\r\n`,
      );
      const firstItem = timeBoxed.data.checkpointRequirements?.lists[0]?.items[0]?.text ?? '';
      expect(unfolded).toContain(firstItem.replace(/,/g, '\\,'));
    } finally {
      await closePage(page);
    }
  });

  test('counts from the reader’s own calendar date, at both ends of the world’s time zones', async () => {
    if (!timeBoxed?.data.timeBox?.limit) throw new Error('no time-boxed stage');
    for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezoneId }).format(new Date());
      const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
      const today = { year: y, month: m, day: d };
      const start = addDays(today, -3);
      const page = await openDecide(
        `?integrate-stage=${timeBoxed.id}&integrate-start=${toIsoDate(start)}`,
        { context: { timezoneId } },
      );
      try {
        const deadline = addPeriod(start, timeBoxed.data.timeBox.limit);
        expect(await statusOf(integrateTool(page)), timezoneId).toBe(
          `${timeBoxed.data.shortName}: integration due by ${longDate(deadline)}, ${daysBetween(today, deadline)} days left.`,
        );
        expect(await integrateTool(page).getByText(longDate(today)).count(), timezoneId).toBe(1);
      } finally {
        await closePage(page);
      }
    }
  });

  test('an impossible date from a link is explained', async () => {
    if (!timeBoxed) throw new Error('no time-boxed stage');
    const page = await openDecide(`?integrate-stage=${timeBoxed.id}&integrate-start=2026-02-30`);
    try {
      expect(await statusOf(integrateTool(page))).toMatch(
        /^2026-02-30 does not exist: February 2026 has 28 days\./,
      );
      expect(
        await integrateTool(page).locator('input[type="date"]').getAttribute('aria-invalid'),
      ).toBe('true');
    } finally {
      await closePage(page);
    }
  });

  test('a future start date is flagged', async () => {
    if (!timeBoxed) throw new Error('no time-boxed stage');
    const start = addDays(calendarDateOf(new Date()), 10);
    const page = await openDecide(
      `?integrate-stage=${timeBoxed.id}&integrate-start=${toIsoDate(start)}`,
    );
    try {
      expect(await statusOf(integrateTool(page))).toBe(
        `That start date, ${longDate(start)}, is 10 days in the future. The deadline is counted from the day a stage actually started, so check the date.`,
      );
    } finally {
      await closePage(page);
    }
  });

  test('an ongoing stage gets its cadence, not a deadline; a stage without a time box says so', async () => {
    if (!withCadence?.data.timeBox?.cadence || !noTimeBox)
      throw new Error('content lacks the cases');
    const start = addDays(calendarDateOf(new Date()), -1);
    const page = await openDecide(
      `?integrate-stage=${withCadence.id}&integrate-start=${toIsoDate(start)}`,
    );
    try {
      const tool = integrateTool(page);
      const next = addPeriod(start, withCadence.data.timeBox.cadence);
      const status = await statusOf(tool);
      expect(status).toContain(`${withCadence.data.shortName} has no deadline`);
      expect(status).toContain(longDate(next));
      expect(await tool.locator('[data-state]').count(), 'no overdue/left verdict').toBe(0);
      await tool.getByRole('radio', { name: noTimeBox.data.shortName }).check();
      expect(await statusOf(tool)).toContain(`no time box for ${noTimeBox.data.shortName}`);
      expect(new URL(page.url()).searchParams.get('integrate-stage')).toBe(noTimeBox.id);
    } finally {
      await closePage(page);
    }
  });
});

describe('both tools on one page', () => {
  test('a shared link reproduces both tools, notes only their own bad values and keeps the rest', async () => {
    const [first, second] = stages;
    if (!first || !second || !timeBoxed) throw new Error('content lacks stages');
    const query = `?${quizKey}=${quizAnswer}&feature=Kafka&feature-stage=${second.id}&integrate-stage=${timeBoxed.id}&integrate-start=2026-01-05&mystery=1`;
    const page = await openDecide(query);
    try {
      const feature = await statusOf(featureTool(page));
      expect(feature).toContain(`Rule for ${second.data.shortName}`);
      expect(await featureTool(page).getByLabel('Its name').inputValue()).toBe('Kafka');
      expect(await statusOf(integrateTool(page))).toContain(
        `${timeBoxed.data.shortName}: integration`,
      );
      expect(
        await page.locator('[role="note"]').filter({ hasText: 'About this link' }).count(),
      ).toBe(0);
      // A reader's change keeps every other key of the link.
      await featureTool(page).getByRole('radio', { name: first.data.shortName }).check();
      const url = new URL(page.url());
      expect(url.searchParams.get(quizKey)).toBe(quizAnswer);
      expect(url.searchParams.get('mystery')).toBe('1');
      expect(url.searchParams.get('integrate-start')).toBe('2026-01-05');
      expect(url.searchParams.get('feature-stage')).toBe(first.id);
    } finally {
      await closePage(page);
    }
  });

  test('bad values of the tools’ own keys get one note each, beside their tool', async () => {
    const page = await openDecide('?feature-stage=nowhere&integrate-start=yesterday');
    try {
      expect(await featureTool(page).getByRole('note').innerText()).toContain(
        '"feature-stage=nowhere"',
      );
      expect(await integrateTool(page).getByRole('note').innerText()).toContain(
        '"integrate-start=yesterday"',
      );
    } finally {
      await closePage(page);
    }
  });

  test('the quiz’s result preselects the stage in both tools, unless the link chose one', async () => {
    const target = stages[2] ?? stages[0];
    if (!target) throw new Error('no stages');
    const page = await newPage(browser);
    try {
      // A shared quiz link whose every answer points to the target stage: the real quiz shows
      // that result, whichever island hydrates first.
      const quiz = load('quiz')[0]?.data;
      const answers = (quiz?.questions ?? []).map((q) => {
        const answer =
          q.answers.find((a) => a.stages.at(-1)?.id === target.id) ??
          q.answers.find((a) => a.stages.some((s) => s.id === target.id));
        if (!answer) throw new Error(`question ${q.id} has no answer at ${target.id}`);
        return `${q.id}=${answer.id}`;
      });
      await page.goto(urlFor(`/decide/?${answers.join('&')}&integrate-stage=${stages[0]?.id}`));
      await waitForTools(page);
      await page.locator(`[data-assessed-stage="${target.id}"]`).waitFor();
      const name = target.data.shortName;
      expect(await featureTool(page).getByRole('radio', { name }).isChecked()).toBe(true);
      expect(await featureTool(page).getByText('Preselected from your quiz result').count()).toBe(
        1,
      );
      expect(await integrateTool(page).getByRole('radio', { name }).isChecked()).toBe(
        target.id === stages[0]?.id,
      );
      // A later result moves a preselection, never the reader's own choice.
      const other = stages[1];
      if (!other) throw new Error('need two stages');
      await page.evaluate(
        ([event, stage]) => window.dispatchEvent(new CustomEvent(event, { detail: { stage } })),
        [STAGE_ASSESSED_EVENT, other.id] as const,
      );
      expect(
        await featureTool(page).getByRole('radio', { name: other.data.shortName }).isChecked(),
      ).toBe(true);
      expect(new URL(page.url()).searchParams.get('feature-stage')).toBeNull();
    } finally {
      await closePage(page);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with both tools answered and with problems shown (${colorScheme})`, async () => {
      if (!timeBoxed || !mustLater) throw new Error('content lacks the cases');
      const queries = [
        `?feature=runbooks&feature-stage=${mustLater.stage.id}&integrate-stage=${timeBoxed.id}&integrate-start=2026-01-05`,
        `?feature=Quantum&feature-stage=nowhere&integrate-stage=${timeBoxed.id}&integrate-start=2026-02-30`,
      ];
      for (const query of queries) {
        const page = await openDecide(query, { colorScheme });
        try {
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(
            results.violations.map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
            ),
            query,
          ).toEqual([]);
          expect((page as Page & { errors?: string[] }).errors).toEqual([]);
        } finally {
          await closePage(page);
        }
      }
    });
  }

  test('fits 320 px without sideways scrolling', async () => {
    const page = await openDecide(
      `?feature=Kafka&feature-stage=${stages[0]?.id}&integrate-stage=${timeBoxed?.id}&integrate-start=2026-01-05`,
      { context: { viewport: { width: 320, height: 700 } } },
    );
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript the rules and time boxes are there as text, and the tools say they need it', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor('/decide/'));
      for (const stage of stages) {
        expect(await page.locator(`#add-feature-${stage.id}`).innerText()).toContain(
          stage.data.addFeatureRule,
        );
        if (stage.data.timeBox) {
          expect(
            await page
              .getByRole('table')
              .filter({ hasText: stage.data.timeBox.maxDuration })
              .count(),
          ).toBeGreaterThan(0);
        }
      }
      // Playwright's text selectors skip <noscript>; read the rendered text instead. The quiz
      // has a note of its own, so look for the tools' two.
      const notes = page.locator('noscript p');
      expect(await notes.count()).toBeGreaterThanOrEqual(2);
      expect(await notes.nth(0).isVisible()).toBe(true);
      const text = await page.locator('main').innerText();
      expect(text).toContain('This lookup needs JavaScript');
      expect(text).toContain('This calculator needs JavaScript');
    } finally {
      await closePage(page);
    }
  });
});
