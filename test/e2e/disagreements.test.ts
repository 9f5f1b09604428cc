// Where the guide disagrees with itself, in Chromium: the feature advisor's answers for features
// whose places disagree, the /disagreements/ page (computed from the derivation) and its links,
// axe in light and dark, and the page with JavaScript off. Facts are read from content/ through
// the derivation; nothing is typed here but the features the issue names.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decideStrings } from '../../src/lib/decide/strings.ts';
import { deriveFeatureStatements } from '../../src/lib/features/statements.ts';
import { sortStages } from '../../src/lib/stages.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { hydrateIslands } from './islands.ts';

const stages = sortStages(load('stages'));
const features = load('features');
const derived = deriveFeatureStatements({
  stages,
  matrices: load('matrices'),
  checklists: load('checklists'),
  features,
  topicTitles: new Map(load('topics').map((t) => [t.id, t.data.title])),
  labels: new Map(load('vocabulary').map((t) => [t.id, t.data])),
});
const disagreements = derived.flatMap((f) => f.disagreements);
const shortName = (id: string) => stages.find((s) => s.id === id)?.data.shortName ?? id;
const nameOf = (id: string) => features.find((f) => f.id === id)?.data.name ?? id;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const t = decideStrings.feature;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openAdvisor(query: string, opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, opts);
  await page.goto(urlFor(`/decide/${query}`), { waitUntil: 'load' });
  await hydrateIslands(page);
  await page.waitForFunction(
    () => document.querySelector('form[aria-labelledby="feature-lookup"] select:enabled') !== null,
    undefined,
    { timeout: 20_000 },
  );
  // The link is applied after hydration; wait for the answer it asks for.
  await page.waitForFunction(
    () => document.querySelector('form[aria-labelledby="feature-lookup"] section h4') !== null,
    undefined,
    { timeout: 20_000 },
  );
  return page;
}
const tool = (page: Page) => page.locator('form[aria-labelledby="feature-lookup"]');

describe('the advisor where the guide’s places disagree', () => {
  // The features issue 10 found answered "no stage lists it as a must have".
  test.each(['ci-cd', 'rate-limiting', 'distributed-tracing', 'caching'])(
    '%s: says where it becomes required, which places say so, and how they disagree',
    async (id) => {
      const f = derived.find((d) => d.feature.id === id);
      const d = f?.disagreements[0];
      expect(d, `the guide's places disagree about ${id}`).toBeDefined();
      if (!f || !d || !f.requiredAt) throw new Error(`${id} is required somewhere`);
      const page = await openAdvisor(`?feature=${id}&feature-stage=${d.stage}`);
      try {
        const form = tool(page);
        const status = await form.locator('[role="status"]').innerText();
        expect(status).toContain(`${f.feature.name} at ${shortName(d.stage)}`);
        expect(status).toContain('places disagree');
        expect(status).not.toContain('no place of the guide requires it');
        const answer = form.locator('section').first();
        const text = await answer.innerText();
        expect(text).toContain(d.sentence);
        expect(text).toContain(features.find((x) => x.id === id)?.data.readings?.[d.stage]);
        expect(text).toContain(t.readingMark);
        expect(text).not.toContain(t.neverRequired);
        // "Becomes required" links the stage and lists each place that requires it, linked.
        const required = answer.locator('dt', { hasText: t.becomesRequired }).locator('xpath=..');
        expect(
          await required.getByRole('link', { name: shortName(f.requiredAt.stage) }).count(),
        ).toBe(1);
        for (const place of f.requiredAt.places) {
          expect(
            await required.locator(`a[href="${place.href}"]`).count(),
            place.href,
          ).toBeGreaterThan(0);
        }
        expect(
          await answer.locator(`a[href="/disagreements/#${id}--${d.stage}"]`).count(),
        ).toBeGreaterThan(0);
      } finally {
        await closePage(page);
      }
    },
  );

  test('an alias that is also another feature’s use says so and links that feature', async () => {
    const noted = features.flatMap((f) =>
      (f.data.aliasNotes ?? []).filter((n) => (n.see ?? []).length > 0).map((n) => ({ f, n })),
    )[0];
    expect(noted).toBeDefined();
    if (!noted) return;
    const page = await openAdvisor(
      `?feature=${encodeURIComponent(noted.n.alias)}&feature-stage=${stages[0]?.id}`,
    );
    try {
      const form = tool(page);
      expect(await form.locator('[role="status"]').innerText()).toContain(noted.n.note);
      const item = form.locator(`[data-alias-note="${noted.n.alias}"]`);
      const other = noted.n.see?.[0]?.id ?? '';
      expect(await item.locator(`a[href="?feature=${other}"]`).count()).toBe(1);
    } finally {
      await closePage(page);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in an answer where places disagree (${colorScheme})`, async () => {
      const d = disagreements[0];
      if (!d) throw new Error('no disagreement');
      const page = await openAdvisor(`?feature=${d.feature}&feature-stage=${d.stage}`, {
        colorScheme,
      });
      try {
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

describe('/disagreements/', () => {
  test('lists every computed disagreement, with its sentence and the site’s reading, JavaScript off', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor('/disagreements/'));
      const entries = page.locator('main article[id]');
      expect(await entries.evaluateAll((els) => els.map((e) => e.id))).toEqual(
        stages.flatMap((s) =>
          disagreements
            .filter((d) => d.stage === s.id)
            .sort((a, b) => nameOf(a.feature).localeCompare(nameOf(b.feature), 'en'))
            .map((d) => `${d.feature}--${d.stage}`),
        ),
      );
      for (const d of disagreements) {
        const text = await page.locator(`[id="${d.feature}--${d.stage}"]`).innerText();
        expect(text).toContain(d.sentence);
        expect(text).toContain(features.find((f) => f.id === d.feature)?.data.readings?.[d.stage]);
      }
    } finally {
      await closePage(page);
    }
  });

  test('every link of an entry lands on an element that exists', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor('/disagreements/'));
      const hrefs = [
        ...new Set(
          await page
            .locator('main article[id] a[href*="#"]')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
        ),
      ];
      expect(hrefs.length).toBeGreaterThan(disagreements.length);
      const byPage = new Map<string, string[]>();
      for (const href of hrefs) {
        const [path = '', anchor = ''] = href.split('#');
        byPage.set(path, [...(byPage.get(path) ?? []), decodeURIComponent(anchor)]);
      }
      for (const [path, anchors] of byPage) {
        await page.goto(urlFor(path));
        for (const anchor of anchors) {
          expect(await page.locator(`[id="${anchor}"]`).count(), `${path}#${anchor}`).toBe(1);
        }
      }
    } finally {
      await closePage(page);
    }
  });

  test('the advisor, /compare/ and every stage with a disagreement link to it', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      for (const path of ['/compare/', '/decide/']) {
        await page.goto(urlFor(path));
        expect(await page.locator('main a[href="/disagreements/"]').count(), path).toBeGreaterThan(
          0,
        );
      }
      for (const stage of stages) {
        await page.goto(urlFor(`/stages/${stage.id}/`));
        const mine = disagreements.filter((d) => d.stage === stage.id);
        for (const d of mine) {
          expect(
            await page.locator(`main a[href="/disagreements/#${d.feature}--${d.stage}"]`).count(),
          ).toBe(1);
        }
        expect(await page.locator('main #disagreements').count()).toBe(mine.length > 0 ? 1 : 0);
      }
    } finally {
      await closePage(page);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing (${colorScheme})`, async () => {
      const page = await newPage(browser, { colorScheme });
      try {
        await page.goto(urlFor('/disagreements/'), { waitUntil: 'load' });
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
