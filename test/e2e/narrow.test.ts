// Readers open the guide on phones: every page must fit a 320 px screen without sideways
// scrolling of the page itself. Wide tables may scroll, but only inside their own labelled,
// focusable region (see StageCharacteristicsTable and the comparison matrices).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closePage, launchBrowser, listPages, newPage, urlFor } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('at 320 px wide', () => {
  test.each(listPages())('%s does not scroll sideways', async (path) => {
    const page = await newPage(browser, { context: { viewport: { width: 320, height: 640 } } });
    try {
      await page.goto(urlFor(path));
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Elements that stick out of the viewport and are not inside a scrollable region.
        const culprits = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.right <= width + 1) return false;
            return el.closest('[role="region"][tabindex]') === null;
          })
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${el.className} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`,
          );
        return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
      });
      expect(overflow.culprits, `elements wider than the screen on ${path}`).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    } finally {
      await closePage(page);
    }
  });
});
