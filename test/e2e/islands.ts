// Hydrating every island of a page as a reader would reach it: the tools and the quiz hydrate when
// they come into view (client:visible), checklists and the matrix on first use (client:interact).
import type { Page } from 'playwright-core';

/** Brings each island into view, starts each one that waits for use, and waits until all hydrated. */
export async function hydrateIslands(page: Page): Promise<void> {
  // Reading pages' checklists (<tracked-list>) hydrate on first use too; one with saved progress
  // or a share link may be hydrating already.
  await page.evaluate(() => {
    for (const list of document.querySelectorAll('tracked-list[pending]')) {
      list.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
  });
  await page.waitForFunction(
    () => document.querySelector('tracked-list[pending]') === null,
    undefined,
    {
      timeout: 20_000,
    },
  );
  const islands = page.locator('astro-island');
  if ((await islands.count()) === 0) return everyFlagHydrated(page);
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    if ((await island.getAttribute('client')) === 'interact') {
      await island.dispatchEvent('focusin');
    } else {
      await island.locator(':scope > *').first().scrollIntoViewIfNeeded();
    }
    await page.waitForFunction(
      (n) => !document.querySelectorAll('astro-island')[n]?.hasAttribute('ssr'),
      i,
      { timeout: 20_000 },
    );
  }
  await everyFlagHydrated(page);
}

/**
 * A checklist (its root has data-variant) that says data-hydrated="false" is still loading its
 * saved progress after React took over: the hydration above started it, this waits for its end,
 * so a count of hydrated checklists is the page's whole count.
 */
async function everyFlagHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-variant][data-hydrated="false"]') === null,
    undefined,
    {
      timeout: 20_000,
    },
  );
}
