// What a first visit may fetch, per page kind (gzip bytes): the one place these numbers live.
// test/build/weight-budget.test.ts checks them on the built files, test/e2e/first-visit.test.ts
// in Chromium on what a first visit really fetches. "JavaScript" counts the page's inline scripts
// (Astro's island runtime, the client:interact directive) as well as the files it loads.

export const KIB = 1024;

export type PageKind = 'reading' | 'widget';

export interface Budget {
  /** JavaScript before the reader touches anything: inline scripts and files, search loader included. */
  js: number;
  /** HTML, CSS and JavaScript together; undefined when only the JavaScript is budgeted. */
  total?: number;
}

/**
 * The goal for a reading page's HTML, CSS and JavaScript together: 0.6 × the 23.8 KB Astro
 * Starlight ships for the same stage page. Met since reading pages' checklists are
 * <tracked-list> elements (no island runtime, props as plain JSON) and the search loader and the
 * lists load their code without Vite's preload helper: 12.3 to 13.3 kB, /stages/production/
 * heaviest.
 */
export const READING_TOTAL_GOAL = 14_300;

/**
 * Reading pages (a stage, /integration/): at most 5 KiB of JavaScript until a checklist is used,
 * and READING_TOTAL_GOAL for HTML, CSS and JavaScript together. Widget pages (/decide/,
 * /compare/, a checklist's own page, /plan/): 75 KiB of JavaScript on load.
 */
export const BUDGETS: Record<PageKind, Budget> = {
  reading: { js: 5 * KIB, total: READING_TOTAL_GOAL },
  widget: { js: 75 * KIB },
};

/** The kind of a page by its URL path, or undefined for a page no budget here covers. */
export function pageKind(url: string): PageKind | undefined {
  if (url === '/integration/' || /^\/stages\/[^/]+\/$/.test(url)) return 'reading';
  if (
    url === '/decide/' ||
    url === '/compare/' ||
    url === '/plan/' ||
    /^\/checklists\/[^/]+\/$/.test(url)
  ) {
    return 'widget';
  }
  return undefined;
}
