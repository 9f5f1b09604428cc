// Every tool that keeps its state in the address follows back and forward, in Chromium: the reader
// changes the state, follows a link (a #fragment on the page, or another page), changes it again
// and goes back and forward; each time, what the tool shows is what the address says. Answers,
// features, stages and pairs are read from content/ or from the page, never typed here.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { OTHER_VALUE } from '../../src/lib/decide/feature/state.ts';
import { decideStrings } from '../../src/lib/decide/strings.ts';
import { matrixStrings } from '../../src/lib/matrix/strings.ts';
import { planStrings } from '../../src/lib/plan/strings.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { answersAt, realPlanModel } from '../fixtures/plan-model.ts';
import { describeIgnored } from '../../src/lib/url-state.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { openChecklistPage } from './checklist-helpers.ts';
import { hydrateIslands } from './islands.ts';

const stages = sortStages(load('stages'));
const features = load('features');
const quiz = load('quiz')[0]?.data;
const question = quiz?.questions[0];
const [answerA, answerB] = question?.answers ?? [];
const [stageA, stageB] = stages;
const [featureA, featureB] = features;
if (!question || !answerA || !answerB || !stageA || !stageB || !featureA || !featureB) {
  throw new Error('these tests need a quiz question with two answers, two stages and two features');
}

/** The opening words of the note about ignored link parameters. */
const IGNORED_NOTE = describeIgnored([{ key: 'x', value: '', reason: 'unknown-parameter' }]).split(
  ':',
)[0] as string;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** A reader following an in-page link: a new history entry with the same query. */
async function followFragment(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, id);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
}

async function back(page: Page): Promise<void> {
  await page.goBack({ waitUntil: 'commit' });
}

async function forward(page: Page): Promise<void> {
  await page.goForward({ waitUntil: 'commit' });
}

/** Opens /decide/ and waits until the quiz and both tools are interactive. */
async function openDecide(page: Page, query = ''): Promise<void> {
  await page.goto(urlFor(`/decide/${query}`), { waitUntil: 'load' });
  await waitForDecide(page);
}

async function waitForDecide(page: Page): Promise<void> {
  await hydrateIslands(page);
  await page.waitForFunction(
    () =>
      document.querySelector('astro-island[ssr]') === null &&
      document.querySelectorAll('form select:enabled, form input[type="date"]:enabled').length ===
        2 &&
      document.querySelector('.stage-quiz input[type="radio"]:enabled') !== null,
    undefined,
    { timeout: 20_000 },
  );
}

const quizRadio = (page: Page, answerId: string) =>
  page.locator(`.stage-quiz input[type="radio"][name$="-${question.id}"][value="${answerId}"]`);
const featureTool = (page: Page) => page.locator('form[aria-labelledby="feature-lookup"]');
const featureSelect = (page: Page) =>
  featureTool(page).getByLabel(decideStrings.feature.select, { exact: true });
const integrateTool = (page: Page) => page.locator('form[aria-labelledby="integration-date"]');
const integrateStage = (page: Page, name: string) =>
  integrateTool(page).getByRole('radio', { name, exact: true });

describe('back and forward restore the state the address holds', () => {
  test('the quiz', async () => {
    const page = await newPage(browser);
    try {
      await openDecide(page);
      await quizRadio(page, answerA.id).check();
      await expect.poll(() => param(page, question.id)).toBe(answerA.id);
      await followFragment(page, 'main');
      await quizRadio(page, answerB.id).check();
      await expect.poll(() => param(page, question.id)).toBe(answerB.id);

      await back(page);
      await expect.poll(() => param(page, question.id)).toBe(answerA.id);
      await expect.poll(() => quizRadio(page, answerA.id).isChecked()).toBe(true);
      await forward(page);
      await expect.poll(() => quizRadio(page, answerB.id).isChecked()).toBe(true);
      expect(param(page, question.id)).toBe(answerB.id);
    } finally {
      await closePage(page);
    }
  });

  test('“Should I add feature X?”: back to an address without a feature clears it', async () => {
    const page = await newPage(browser);
    try {
      await openDecide(page);
      await followFragment(page, 'feature-lookup');
      await featureSelect(page).selectOption(featureA.id);
      await expect.poll(() => param(page, 'feature')).toBe(featureA.id);

      await back(page);
      await expect.poll(() => featureSelect(page).inputValue()).toBe('');
      expect(param(page, 'feature')).toBeNull();
      await forward(page);
      await expect.poll(() => featureSelect(page).inputValue()).toBe(featureA.id);
      expect(param(page, 'feature')).toBe(featureA.id);
    } finally {
      await closePage(page);
    }
  });

  test('a link on the page after the quiz wrote its answers keeps what the tools hold', async () => {
    const page = await newPage(browser);
    try {
      await openDecide(page);
      await featureSelect(page).selectOption(OTHER_VALUE);
      const words = featureTool(page).getByLabel(decideStrings.feature.otherLabel, { exact: true });
      await words.fill(featureB.data.name);
      await quizRadio(page, answerA.id).check();
      await expect.poll(() => param(page, question.id)).toBe(answerA.id);
      await followFragment(page, 'feature-lookup');
      expect(await featureSelect(page).inputValue()).toBe(OTHER_VALUE);
      expect(await words.inputValue()).toBe(featureB.data.name);
    } finally {
      await closePage(page);
    }
  });

  test('“Should I add feature X?” after another page and back', async () => {
    const page = await newPage(browser);
    try {
      await openDecide(page);
      await featureSelect(page).selectOption(featureB.id);
      await expect.poll(() => param(page, 'feature')).toBe(featureB.id);
      await page.goto(urlFor('/compare/'), { waitUntil: 'load' });
      await page.goBack({ waitUntil: 'load' });
      await waitForDecide(page);
      expect(param(page, 'feature')).toBe(featureB.id);
      await expect.poll(() => featureSelect(page).inputValue()).toBe(featureB.id);
    } finally {
      await closePage(page);
    }
  });

  test('“When must I integrate?”: the stage follows the address', async () => {
    const page = await newPage(browser);
    try {
      await openDecide(page, `?integrate-stage=${stageA.id}`);
      await expect.poll(() => integrateStage(page, stageA.data.shortName).isChecked()).toBe(true);
      await followFragment(page, 'integration-date');
      await integrateStage(page, stageB.data.shortName).check();
      await expect.poll(() => param(page, 'integrate-stage')).toBe(stageB.id);

      await back(page);
      await expect.poll(() => integrateStage(page, stageA.data.shortName).isChecked()).toBe(true);
      expect(param(page, 'integrate-stage')).toBe(stageA.id);
      await forward(page);
      await expect.poll(() => integrateStage(page, stageB.data.shortName).isChecked()).toBe(true);
    } finally {
      await closePage(page);
    }
  });

  test('the comparison matrices (/compare/)', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(urlFor('/compare/'), { waitUntil: 'load' });
      await page
        .locator('astro-island > *')
        .first()
        .hover({ position: { x: 5, y: 5 } });
      const filter = page.getByLabel(matrixStrings.queryLabel, { exact: true });
      await expect.poll(() => filter.isEnabled()).toBe(true);
      const [wordA, wordB] = [featureA.data.name, featureB.data.name];
      await filter.fill(wordA);
      await expect.poll(() => param(page, 'q')).toBe(wordA);
      await followFragment(page, 'main');
      await filter.fill(wordB);
      await expect.poll(() => param(page, 'q')).toBe(wordB);

      await back(page);
      await expect.poll(() => filter.inputValue()).toBe(wordA);
      expect(param(page, 'q')).toBe(wordA);
      await forward(page);
      await expect.poll(() => filter.inputValue()).toBe(wordB);
      expect(param(page, 'q')).toBe(wordB);
    } finally {
      await closePage(page);
    }
  });

  test('the note about a bad link shows for the address that has one', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(urlFor('/compare/?colour=red'), { waitUntil: 'load' });
      const filter = page.getByLabel(matrixStrings.queryLabel, { exact: true });
      await expect.poll(() => filter.isEnabled()).toBe(true);
      const note = page.getByText(IGNORED_NOTE);
      await expect.poll(() => note.count()).toBe(1);
      await followFragment(page, 'main');
      await filter.fill(featureA.data.name);
      await expect.poll(() => param(page, 'q')).toBe(featureA.data.name);
      expect(param(page, 'colour')).toBeNull();
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => filter.isEnabled()).toBe(true);
      expect(await note.count()).toBe(0);

      await back(page);
      await expect.poll(() => note.count()).toBe(1);
      expect(await filter.inputValue()).toBe('');
      await forward(page);
      await expect.poll(() => note.count()).toBe(0);
      expect(await filter.inputValue()).toBe(featureA.data.name);
    } finally {
      await closePage(page);
    }
  });

  test('the integration template’s stage pair (/checklists/<template>/)', async () => {
    const template = load('checklists').find((c) => c.data.kind === 'template');
    if (!template) throw new Error('no template checklist');
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, `/checklists/${template.id}/`);
      const select = page.getByLabel(checklistStrings.template.pairLabel);
      const [pairA, pairB] = await select
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      if (!pairA || !pairB) throw new Error('the template needs two stage pairs');
      await select.selectOption(pairA);
      await expect.poll(() => param(page, 'pair')).toBe(pairA);
      await followFragment(page, 'main');
      await select.selectOption(pairB);
      await expect.poll(() => param(page, 'pair')).toBe(pairB);
      const titleB = await page.locator('h1').innerText();

      await back(page);
      await expect.poll(() => select.inputValue()).toBe(pairA);
      expect(param(page, 'pair')).toBe(pairA);
      expect(await page.locator('h1').innerText()).not.toBe(titleB);
      await forward(page);
      await expect.poll(() => select.inputValue()).toBe(pairB);
      expect(await page.locator('h1').innerText()).toBe(titleB);
    } finally {
      await closePage(page);
    }
  });

  /** Opens a plan link (quiz answers between the first two stages, then `extra`) until it is drawn. */
  async function openPlanLink(page: Page, extra: string): Promise<void> {
    const model = realPlanModel();
    const [first, second] = model.stages;
    if (!first || !second) throw new Error('the plan needs two stages');
    const query = new URLSearchParams(Object.entries(answersAt(model, first.id, second.id)));
    await page.goto(urlFor(`/plan/?${query.toString()}${extra}`), { waitUntil: 'load' });
    await page.locator('[data-plan-ready="true"]').waitFor({ timeout: 20_000 });
  }

  test('the plan’s start date (/plan/)', async () => {
    const page = await newPage(browser);
    try {
      await openPlanLink(page, '&start=2026-01-05');
      const start = page.getByLabel(planStrings.dates.startLabel);
      await followFragment(page, 'main');
      await start.fill('2026-03-02');
      await expect.poll(() => param(page, 'start')).toBe('2026-03-02');

      await back(page);
      await expect.poll(() => start.inputValue()).toBe('2026-01-05');
      expect(param(page, 'start')).toBe('2026-01-05');
      await forward(page);
      await expect.poll(() => start.inputValue()).toBe('2026-03-02');
    } finally {
      await closePage(page);
    }
  });

  test('the plan’s note on a bad link follows the address that has the bad part', async () => {
    const page = await newPage(browser);
    try {
      await openPlanLink(page, '&start=2026-01-05&zzz=1');
      const note = page.getByRole('note').filter({ hasText: IGNORED_NOTE });
      await expect.poll(() => note.count()).toBe(1);
      await followFragment(page, 'main');
      // A change writes the plan's own keys: the bad part leaves the address.
      await page.getByLabel(planStrings.dates.startLabel).fill('2026-03-02');
      await expect.poll(() => param(page, 'zzz')).toBeNull();

      await back(page);
      await expect.poll(() => param(page, 'zzz')).toBe('1');
      await expect.poll(() => note.count()).toBe(1);
      await forward(page);
      await expect.poll(() => note.count()).toBe(0);
    } finally {
      await closePage(page);
    }
  });
});
