// The handbook on paper: PDFs printed by Chromium itself (A4 and US Letter) hold every stage and
// every topic's title and its required sections, nothing of the site's navigation, and no line
// wider than the page. Page counts go to test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { sortStages, stageHeading } from '../../src/lib/stages.ts';
import { REQUIRED_TOPIC_SECTIONS } from '../../src/core/topic-sections.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { load } from '../fixtures/real-content.ts';
import { closePage, launchBrowser, newPage, urlFor } from './browser.ts';
import { pdfPageLines } from './pdf-text.ts';

/** Text compared without spacing or compatibility forms (a PDF may set "fi" as one glyph). */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const topics = load('topics');
const stages = sortStages(load('stages'));
const pageCounts: string[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const dir = join(import.meta.dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'handbook-pdf-pages.txt'), `${pageCounts.join('\n')}\n`);
});

test.each(['A4', 'Letter'] as const)(
  'the printed handbook (%s) holds every stage and every topic',
  async (format) => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(urlFor(paths.handbook()));
      const pdf = await page.pdf({ format });
      const pages = pdfPageLines(pdf);
      pageCounts.push(
        `${paths.handbook()} ${format}: ${pages.length} page(s), ${pdf.length} bytes`,
      );
      const all = squash(pages.flat().join('\n'));
      // Each title at least twice: in the contents and as its chapter's heading.
      const times = (text: string) => all.split(squash(text)).length - 1;
      for (const stage of stages) {
        expect(times(stageHeading(stage)), stageHeading(stage)).toBeGreaterThanOrEqual(2);
      }
      for (const topic of topics) {
        expect(
          times(topic.data.title),
          `topic "${topic.data.title}" on ${format}`,
        ).toBeGreaterThanOrEqual(2);
      }
      for (const section of REQUIRED_TOPIC_SECTIONS) {
        expect(
          times(section.heading),
          `"${section.heading}" once per topic`,
        ).toBeGreaterThanOrEqual(topics.length);
      }
      // Each topic starts a page: at least one page per topic plus the guide.
      expect(pages.length).toBeGreaterThan(topics.length + stages.length);
      // The site's navigation is not on paper.
      expect(all).not.toContain(squash(ui.skipLink));
    } finally {
      await closePage(page);
    }
  },
);

test('in print, nothing in the handbook is wider than the page', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  try {
    await page.goto(urlFor(paths.handbook()));
    await page.emulateMedia({ media: 'print' });
    // A4's printable width at Chromium's default margins, in CSS pixels (210 mm − 2 × 10 mm).
    await page.setViewportSize({ width: 718, height: 1000 });
    const wide = await page.evaluate(() => {
      const main = document.querySelector('main');
      const limit = main?.getBoundingClientRect().right ?? 0;
      return [...document.querySelectorAll('main pre, main table')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > limit + 1 || el.scrollWidth > el.clientWidth + 1,
        )
        .map(
          (el) =>
            `${el.tagName} in #${el.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '?'}`,
        );
    });
    expect(wide).toEqual([]);
  } finally {
    await closePage(page);
  }
});
