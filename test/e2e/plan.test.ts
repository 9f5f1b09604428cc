// The plan as a team lead uses it, in Chromium: answer the quiz, open the plan, share it with a
// colleague (a fresh browser), export it (Markdown, .ics), print it (A4 and Letter, at most two
// pages), tick items for a week, save two snapshots and see what changed; JavaScript off; bad links.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checklistStrings } from '../../src/lib/checklist/strings.ts';
import { planStrings } from '../../src/lib/plan/strings.ts';
import { NEXT_ACTIONS } from '../../src/lib/plan/plan.ts';
import { planLinkWords } from '../../src/lib/plan/links.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { answerIncluding, answersAt, realPlanModel } from '../fixtures/plan-model.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { checkbox, openChecklistPage, WCAG_TAGS } from './checklist-helpers.ts';
import { pdfPageCount, pdfPageLines } from './pdf-text.ts';

const model = realPlanModel();
const [first, second] = model.stages;
const migration = first?.migration;
if (first === undefined || second === undefined || migration === undefined) {
  throw new Error('the plan tests need two stages and a first migration checklist');
}
/** Answers that place the reader at the first stage, load one stage ahead (the quiz's rule). */
const answers = Object.entries(answersAt(model, first.id, second.id));
const query = new URLSearchParams(answers).toString();
const [week1, week2] = migration.checklist.sections;
const START = '2026-01-05';
const pageCounts: string[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const dir = join(import.meta.dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan-pdf-pages.txt'), `${pageCounts.join('\n')}\n`);
  console.log(`\nPrinted plan PDFs:\n${pageCounts.join('\n')}\n`);
});

/** Opens the plan, waits for it, and brings its tools in, as a reader who reaches them does. */
async function openPlan(page: Page, path: string): Promise<void> {
  await page.goto(urlFor(path), { waitUntil: 'load' });
  await showTools(page);
}

/**
 * Waits for the plan, then moves the pointer onto its tools: an island that loads on first use
 * (client:interact), so this is when the saved snapshots are read.
 */
async function showTools(page: Page): Promise<void> {
  await page.locator('[data-plan-ready="true"]').waitFor({ timeout: 20_000 });
  if ((await page.locator('section[aria-labelledby="plan-stage"]').count()) === 0) return;
  await page.locator('section[aria-labelledby="plan-snapshots"] h2').hover();
  await page.locator('#plan-tools [data-hydrated="true"]').waitFor({ timeout: 20_000 });
}

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

describe('the reader’s journey', () => {
  test('quiz → plan → share → export → print → tick for a week → two snapshots and their diff', async () => {
    const page = await newPage(browser);
    try {
      // Answer the quiz (its answers in the link, as the quiz writes them) and open the plan.
      await page.goto(urlFor(`/decide/?${query}#what-stage`), { waitUntil: 'load' });
      const toPlan = page.getByRole('link', { name: planLinkWords.fromQuiz });
      await toPlan.waitFor({ timeout: 20_000 });
      await toPlan.click();
      await showTools(page);
      expect(new URL(page.url()).pathname).toBe('/plan/');

      const stageText = await section(page, 'plan-stage').innerText();
      expect(stageText).toContain(first.heading);
      expect(stageText).toContain(planStrings.stage.load(second.shortName));
      const gaps = section(page, 'plan-gaps');
      // Every requirement of the next stage shows: open, or in place (an answer reaches it).
      const open = await gaps.locator('ol > li').count();
      const inPlace = await gaps.locator('details ul > li').count();
      expect(open + inPlace).toBe(second.requirements.length);
      expect(open).toBeGreaterThan(0);
      // Where the guide's places disagree about a gap, the plan says so, as /disagreements/ does.
      const disputed = second.requirements.find((r) => r.disagreement && r.places);
      if (disputed?.disagreement) {
        const gapsText = await gaps.innerText();
        expect(gapsText).toContain(disputed.text);
        expect(
          await gaps.getByRole('link', { name: planStrings.gaps.allDisagreements }).count(),
        ).toBeGreaterThan(0);
      }
      expect(await section(page, 'plan-actions').locator('li').count()).toBe(3);

      // The start date dates the deadline and each phase.
      await page.getByLabel(planStrings.dates.startLabel).fill(START);
      expect(new URL(page.url()).searchParams.get('start')).toBe(START);
      const dates = await section(page, 'plan-dates').innerText();
      expect(dates).toMatch(/Integration deadline: \d{4}-\d{2}-\d{2}/);

      // Tick the first week on the checklist page, with a note on one item of week 2.
      await openChecklistPage(page, migration.href);
      for (const item of week1?.items ?? []) await checkbox(page, item.id).check();
      await page.goBack();
      await page.goto(page.url(), { waitUntil: 'load' });
      await showTools(page);
      const table = section(page, 'plan-migration');
      const week1Row = table.locator('tbody tr').first();
      expect(await week1Row.innerText()).toContain(planStrings.migration.finished);
      // The due dates are the site's reading of the phases' periods, and the page says so.
      const periodPhase = migration.phases.find((p) => p.period && p.due);
      if (!periodPhase?.period || !periodPhase.due) throw new Error('no phase names a period');
      const m = planStrings.migration;
      expect(await table.innerText()).toContain(
        `${m.dueReadingLabel}: ${m.dueReading(periodPhase.period, m.periodLength(periodPhase.due))}`,
      );

      // Snapshot 1.
      await page.getByRole('button', { name: planStrings.snapshots.save }).click();
      await expect
        .poll(() => page.getByRole('status').allInnerTexts())
        .toContainEqual(expect.stringContaining('Snapshot saved'));

      // A week later: more ticks, snapshot 2, then compare the two.
      await openChecklistPage(page, migration.href);
      const more = week2?.items.slice(0, 2) ?? [];
      for (const item of more) await checkbox(page, item.id).check();
      await openPlan(page, `/plan/?${query}&start=${START}`);
      await page.getByRole('button', { name: planStrings.snapshots.save }).click();
      const snapshots = section(page, 'plan-snapshots');
      await snapshots.getByLabel(planStrings.snapshots.to).selectOption({ index: 2 });
      const diff = await snapshots.innerText();
      expect(diff).toContain(planStrings.diff.ticked(more.length));
      for (const item of more) expect(diff).toContain(item.text);
      const stored = await page.evaluate(() => localStorage.getItem('ilg:plan:snapshots:v1'));
      expect(JSON.parse(stored ?? '[]')).toHaveLength(2);

      // Share: the link opens the same plan in a fresh browser.
      const link = await page.getByLabel(planStrings.share.linkLabel).inputValue();
      expect(link).toContain(`start=${START}`);
      const colleague = await newPage(browser);
      try {
        await openPlan(colleague, link.replace(/^https?:\/\/[^/]+/, ''));
        for (const id of ['plan-stage', 'plan-actions', 'plan-dates', 'plan-gaps']) {
          expect(await section(colleague, id).innerText(), id).toBe(
            await section(page, id).innerText(),
          );
        }
        const theirs = await section(colleague, 'plan-migration').locator('table').innerText();
        expect(theirs).toBe(await table.locator('table').innerText());
        expect(await colleague.locator('[role="note"]').allInnerTexts()).toContainEqual(
          expect.stringContaining(planStrings.migration.fromLink.slice(0, 40)),
        );
      } finally {
        await closePage(colleague);
      }

      // Export: one Markdown document and one calendar file.
      const md = await download(page, planStrings.share.markdown);
      expect(md).toContain(`# Infrastructure plan: ${first.shortName} → ${second.shortName}`);
      for (const item of [...(week1?.items ?? []), ...more])
        expect(md).toContain(`- [x] ${item.text}`);
      const ics = await download(page, planStrings.share.ics);
      const dated = migration.phases.filter((p) => p.due).length;
      expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(dated + 1);

      // Print: a brief on at most two pages, without the page's controls.
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        const pages = pdfPageCount(pdf);
        pageCounts.push(`/plan/ (${first.shortName}, ${format}): ${pages} page(s)`);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
        const text = pdfPageLines(pdf).flat().join(' ');
        expect(text).toContain(planStrings.actions.heading(NEXT_ACTIONS));
        expect(text).not.toContain(planStrings.snapshots.save);
        expect(text).not.toContain(planStrings.share.copy);
      }
    } finally {
      await closePage(page);
    }
  });

  test('every stage’s plan prints on at most two pages, A4 and Letter', async () => {
    const page = await newPage(browser);
    try {
      for (const stage of model.stages) {
        await openPlan(page, `/plan/?stage=${stage.id}&start=${START}`);
        for (const format of ['A4', 'Letter'] as const) {
          const pages = pdfPageCount(await page.pdf({ format }));
          pageCounts.push(`/plan/?stage=${stage.id} ${format}: ${pages} page(s)`);
          expect(pages, `${stage.id} on ${format}`).toBeLessThanOrEqual(2);
        }
      }
    } finally {
      await closePage(page);
    }
  });
});

describe('links and storage', () => {
  test('a bad link is reported in a visible note; the rest is used', async () => {
    const page = await newPage(browser);
    try {
      await openPlan(page, `/plan/?stage=${second.id}&start=2026-02-30&colour=red`);
      const note = await page.getByRole('note').first().innerText();
      expect(note).toContain('"colour"');
      expect(note).toContain('start=2026-02-30');
      expect(await section(page, 'plan-stage').innerText()).toContain(second.heading);
    } finally {
      await closePage(page);
    }
  });

  test('a plan link shows the plan without React; the first click on a tool is kept', async () => {
    const page = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(urlFor(`/plan/?${query}&start=${START}`), { waitUntil: 'networkidle' });
      expect(await section(page, 'plan-stage').innerText()).toContain(first.heading);
      expect(await page.locator('#plan-tools astro-island[ssr]').count(), 'tools loaded').toBe(1);
      const loadedBeforeUse = [...scripts];
      // The first click loads the tools; it is held until they are ready, then saves.
      await page.getByRole('button', { name: planStrings.snapshots.save }).click();
      await expect
        .poll(() => page.getByRole('status').allInnerTexts(), { timeout: 20_000 })
        .toContainEqual(expect.stringContaining('Snapshot saved'));
      const stored = await page.evaluate(() => localStorage.getItem('ilg:plan:snapshots:v1'));
      expect(JSON.parse(stored ?? '[]')).toHaveLength(1);
      // The tools (React) arrived with the first use, not with the plan.
      const loadedByUse = scripts.filter((path) => !loadedBeforeUse.includes(path));
      expect(loadedByUse.length, 'scripts loaded by the first use').toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });

  test('unreadable snapshots are moved aside and the reader is told', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(urlFor('/plan/'));
      await page.evaluate(() => localStorage.setItem('ilg:plan:snapshots:v1', '{broken'));
      await openPlan(page, `/plan/?stage=${first.id}`);
      expect(await section(page, 'plan-snapshots').innerText()).toContain('moved aside');
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('ilg:plan:snapshots:v1:unreadable:')),
      );
      expect(kept).toHaveLength(1);
    } finally {
      await closePage(page);
    }
  });

  test('the checklists page shows saved progress; with JavaScript off it says nothing', async () => {
    const page = await newPage(browser);
    try {
      await openChecklistPage(page, migration.href);
      const ids = (week1?.items ?? []).map((i) => i.id);
      for (const id of ids) await checkbox(page, id).check();
      await page.goto(urlFor('/checklists/'), { waitUntil: 'load' });
      const line = page.locator(`[data-saved-progress="${migration.checklist.id}"]`);
      await expect.poll(() => line.innerText()).toContain(`${ids.length} of`);
    } finally {
      await closePage(page);
    }
    const off = await newPage(browser, { javaScriptEnabled: false });
    try {
      await off.goto(urlFor('/checklists/'));
      expect(await off.locator('[data-saved-progress]:visible').count()).toBe(0);
      expect(await off.getByRole('link', { name: planLinkWords.fromChecklists }).count()).toBe(1);
    } finally {
      await closePage(off);
    }
  });

  test('with JavaScript off the plan page explains itself and links every part', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor(`/plan/?${query}`));
      const text = await page.locator('main').innerText();
      expect(text).toContain(planStrings.noScript);
      for (const name of Object.values(planStrings.noScriptLinks)) {
        expect(await page.getByRole('link', { name }).count(), name).toBe(1);
      }
      expect(text).not.toContain(planStrings.stage.heading);
      expect(await page.getByRole('link', { name: ui.nav.plan }).count()).toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });
});

describe('snapshots travel in a checklist page’s own JSON file', () => {
  test('downloaded with every snapshot saved here; imported in another browser, added there', async () => {
    const page = await newPage(browser);
    const colleague = await newPage(browser);
    try {
      await openPlan(page, `/plan/?${query}&start=${START}`);
      await page.getByRole('button', { name: planStrings.snapshots.save }).click();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('ilg:plan:snapshots:v1')))
        .not.toBeNull();
      await openChecklistPage(page, migration.href);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: checklistStrings.tools.downloadJson }).click(),
      ]);
      const path = await file.path();
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      expect(json['planSnapshots']).toHaveLength(1);

      await openChecklistPage(colleague, migration.href);
      await colleague.getByLabel(checklistStrings.tools.importJson).setInputFiles(path);
      await expect
        .poll(() => colleague.getByRole('status').allInnerTexts())
        .toContainEqual(expect.stringContaining(planStrings.transfer.added(1)));
      const theirs = await colleague.evaluate(() => localStorage.getItem('ilg:plan:snapshots:v1'));
      expect(JSON.parse(theirs ?? '[]')).toEqual(json['planSnapshots']);
    } finally {
      await closePage(page);
      await closePage(colleague);
    }
  });
});

describe('axe (WCAG 2.2 AA) on a full plan', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: stage, gaps, phases, tools and a snapshot diff`, async () => {
      const page = await newPage(browser, { colorScheme });
      try {
        // An answer that reaches the next stage closes a gap, so the "in place" list shows too.
        const monitoring = model.quiz.questions.find((q) => model.questionFeatures[q.id]);
        if (monitoring === undefined) throw new Error('no quiz question about a feature');
        const params = new URLSearchParams(answers);
        params.set(monitoring.id, answerIncluding(model, monitoring.id, second.id).id);
        await openPlan(page, `/plan/?${params.toString()}&start=${START}&bogus=1`);
        await page.getByRole('button', { name: planStrings.snapshots.save }).click();
        await page.locator('section[aria-labelledby="plan-gaps"] details summary').click();
        await page.getByLabel(planStrings.share.repoLabel).fill('octo/plans');
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
  }
});
