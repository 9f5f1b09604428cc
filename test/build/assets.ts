// What each built page loads: its stylesheets and its JavaScript, followed through static imports,
// with gzip sizes. Used by javascript.test.ts (React checks and the size table).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, fileForPath, parsePage, type BuiltPage } from './dist.ts';

const LOCAL_ORIGIN = 'http://site.internal';

/** Strings found only in React's code (core, JSX runtime or DOM). */
export const REACT_MARKERS = [
  'react.transitional.element',
  '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  'react-dom',
  '__reactFiber$',
  '__reactContainer$',
] as const;

/** Strings found only in React DOM's client (the runtime a page must not load twice). */
export const REACT_DOM_MARKERS = ['__reactFiber$', '__reactContainer$'] as const;

/**
 * Static import and re-export specifiers of an ES module (minified or not):
 * `import{a as b}from"./x.js"`, `import "./x.js"`, `export * from './x.js'`. Dynamic `import()`
 * is lazy (for example Pagefind's index, loaded on the first search) and is not followed.
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  // The keyword starts a statement (start, `;`, `}` or whitespace before it), which keeps out
  // strings such as "component-export", and a browser can only load a relative, absolute or
  // full-URL specifier (no import map here).
  const pattern =
    /(?<=^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\s]+)\1/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[2] ?? '');
  return specifiers.filter((spec) => /^(?:\.{0,2}\/|https?:\/\/)/.test(spec));
}

function localPath(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.origin === LOCAL_ORIGIN ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

const fileCache = new Map<string, { text: string; gzip: number }>();

function readAsset(file: string): { text: string; gzip: number } {
  let entry = fileCache.get(file);
  if (!entry) {
    const buffer = readFileSync(file);
    entry = { text: buffer.toString('utf8'), gzip: gzipSync(buffer, { level: 9 }).length };
    fileCache.set(file, entry);
  }
  return entry;
}

export function gzipSize(file: string): number {
  return readAsset(file).gzip;
}

export interface PageAssets {
  page: BuiltPage;
  hasIslands: boolean;
  /** URL paths of the JS modules the page loads, entry points and their static imports. */
  js: string[];
  /** URL paths of the local stylesheets the page links. */
  css: string[];
  /** Imports or script sources that name no file in dist/ (reported by the tests). */
  missing: string[];
  /** The text of the page's inline scripts. */
  inlineScripts: string[];
  html: number;
  cssGzip: number;
  jsGzip: number;
  /** Part of jsGzip under /pagefind/ (the search box's own loader). */
  searchJsGzip: number;
}

/** The JS and CSS a page loads, followed through static imports, with gzip sizes. */
export function pageAssets(page: BuiltPage): PageAssets {
  const doc = parsePage(page);
  const pageBase = `${LOCAL_ORIGIN}${page.url}`;
  const entries: { value: string; base: string }[] = [];
  const inlineScripts: string[] = [];

  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src !== null) {
      entries.push({ value: src, base: pageBase });
    } else {
      const type = (script.getAttribute('type') ?? '').toLowerCase();
      if (type === '' || type === 'module' || type.includes('javascript')) {
        const code = script.textContent ?? '';
        inlineScripts.push(code);
        for (const spec of staticImports(code)) entries.push({ value: spec, base: pageBase });
      }
    }
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"][href]')) {
    entries.push({ value: link.getAttribute('href') ?? '', base: pageBase });
  }
  const islands = [...doc.querySelectorAll('astro-island')];
  for (const island of islands) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = island.getAttribute(attr);
      if (value) entries.push({ value, base: pageBase });
    }
  }

  const js = new Set<string>();
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const { value, base } = queue.shift() as { value: string; base: string };
    const path = localPath(value, base);
    if (!path || js.has(path)) continue;
    const file = fileForPath(path);
    if (!file) {
      missing.push(path);
      continue;
    }
    js.add(path);
    const url = `${LOCAL_ORIGIN}${path}`;
    for (const spec of staticImports(readAsset(file).text)) queue.push({ value: spec, base: url });
  }

  const css = new Set<string>();
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const path = localPath(link.getAttribute('href') ?? '', pageBase);
    if (path && fileForPath(path)) css.add(path);
  }

  const size = (path: string) => gzipSize(fileForPath(path) as string);
  const jsList = [...js].sort();
  return {
    page,
    hasIslands: islands.length > 0,
    js: jsList,
    css: [...css].sort(),
    missing,
    inlineScripts,
    html: gzipSize(page.file),
    cssGzip: [...css].reduce((sum, p) => sum + size(p), 0),
    jsGzip: jsList.reduce((sum, p) => sum + size(p), 0),
    searchJsGzip: jsList.filter((p) => p.startsWith('/pagefind/')).reduce((s, p) => s + size(p), 0),
  };
}

/** The markers of `markers` that a JS file (URL path) contains. */
export function markersIn(path: string, markers: readonly string[]): string[] {
  const file = fileForPath(path);
  if (!file) return [];
  const { text } = readAsset(file);
  return markers.filter((marker) => text.includes(marker));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A plain-text table of every page's gzip sizes (HTML, CSS, JS), widest column aligned. */
export function sizeTable(all: PageAssets[]): string {
  const header = ['page', 'islands', 'HTML', 'CSS', 'JS', 'of which search', 'JS files'];
  const rows = all.map((a) => [
    a.page.url,
    a.hasIslands ? 'yes' : 'no',
    kb(a.html),
    kb(a.cssGzip),
    kb(a.jsGzip),
    kb(a.searchJsGzip),
    String(a.js.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    `gzip sizes per page (level 9; dist/ = ${DIST})`,
    line(header),
    rule,
    ...rows.map(line),
  ].join('\n');
}
