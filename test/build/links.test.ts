// Links in the built site: every internal href and src resolves to a file in dist/, every #fragment
// names an id of its target page, and nothing is loaded from another origin.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  DIST,
  builtPages,
  existsWithSlash,
  fileForPath,
  parsePage,
  siteOrigin,
  type BuiltPage,
} from './dist.ts';

const PAGES = builtPages();
/** A stand-in origin for resolving relative URLs; the site's own `site` origin counts as internal too. */
const LOCAL_ORIGIN = 'http://site.internal';
const SITE_ORIGIN = siteOrigin();

/** `link rel` values that make the browser fetch something (canonical, alternate… do not). */
const FETCHING_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
]);

interface Reference {
  /** Where it was found, for the report: `<a href>`, `<img srcset>`, `CSS url()`, … */
  where: string;
  value: string;
  /** True when the browser fetches it while loading the page (scripts, styles, images, fonts). */
  loads: boolean;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** url(…) and @import targets in a piece of CSS. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)/g)) urls.push(match[2] ?? '');
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) urls.push(match[2] ?? '');
  // url(#id) points into the same SVG or document, not at a file.
  return urls.filter((url) => url && !url.startsWith('#') && !url.startsWith('data:'));
}

function referencesOf(doc: Document): Reference[] {
  const refs: Reference[] = [];
  const add = (selector: string, attr: string, loads: boolean, split = false) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const where = `<${el.tagName.toLowerCase()} ${attr}>`;
      for (const v of split ? srcsetUrls(value) : [value.trim()])
        refs.push({ where, value: v, loads });
    }
  };
  add('a[href]', 'href', false);
  add('area[href]', 'href', false);
  add('form[action]', 'action', false);
  for (const link of doc.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const loads = rels.some((rel) => FETCHING_RELS.has(rel));
    refs.push({
      where: `<link rel="${rels.join(' ')}" href>`,
      value: link.getAttribute('href') ?? '',
      loads,
    });
  }
  add('script[src]', 'src', true);
  add('img[src]', 'src', true);
  add('img[srcset]', 'srcset', true, true);
  add('source[src]', 'src', true);
  add('source[srcset]', 'srcset', true, true);
  add('video[src]', 'src', true);
  add('video[poster]', 'poster', true);
  add('audio[src]', 'src', true);
  add('track[src]', 'src', true);
  add('iframe[src]', 'src', true);
  add('embed[src]', 'src', true);
  add('object[data]', 'data', true);
  add('input[src]', 'src', true);
  add('image[href]', 'href', true);
  add('use[href]', 'href', true);
  add('astro-island[component-url]', 'component-url', true);
  add('astro-island[renderer-url]', 'renderer-url', true);
  add('astro-island[before-hydration-url]', 'before-hydration-url', true);
  for (const style of doc.querySelectorAll('style')) {
    for (const value of cssUrls(style.textContent ?? ''))
      refs.push({ where: '<style> url()', value, loads: true });
  }
  for (const el of doc.querySelectorAll('[style]')) {
    for (const value of cssUrls(el.getAttribute('style') ?? '')) {
      refs.push({ where: 'style="" url()', value, loads: true });
    }
  }
  return refs;
}

const idCache = new Map<string, Set<string>>();

/** Every id (and legacy `<a name>`) of an HTML file in dist/. */
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = parsePage(file);
    ids = new Set<string>();
    for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
    for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
    idCache.set(file, ids);
  }
  return ids;
}

interface Resolved {
  kind: 'internal' | 'external' | 'ignored';
  url?: URL;
}

function classify(value: string, base: string): Resolved {
  if (value === '' || /^(mailto|tel|data|blob|javascript|about):/i.test(value))
    return { kind: 'ignored' };
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { kind: 'internal' }; // unparseable: reported as broken below
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'ignored' };
  if (url.origin === LOCAL_ORIGIN || url.origin === SITE_ORIGIN) {
    return { kind: 'internal', url };
  }
  return { kind: 'external', url };
}

/** Why an internal URL is broken, or undefined when it resolves (file and fragment). */
function brokenReason(url: URL | undefined, ownFile: string): string | undefined {
  if (!url) return 'not a valid URL';
  const target = fileForPath(url.pathname);
  if (!target) {
    return existsWithSlash(url.pathname)
      ? `no file for ${url.pathname} (missing trailing slash: the site uses trailingSlash 'always')`
      : `no file in dist/ for ${url.pathname}`;
  }
  if (url.hash.length > 1 && target.endsWith('.html')) {
    let id: string;
    try {
      id = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `fragment ${url.hash} is not valid percent-encoding`;
    }
    if (id !== 'top' && !idsOf(target).has(id)) {
      const which = target === ownFile ? 'this page' : url.pathname;
      return `no id="${id}" in ${which}`;
    }
  }
  return undefined;
}

interface Finding {
  page: string;
  line: string;
}

function checkPage(page: BuiltPage): { broken: Finding[]; external: Finding[] } {
  const broken: Finding[] = [];
  const external: Finding[] = [];
  const base = `${LOCAL_ORIGIN}${page.url}`;
  for (const ref of referencesOf(parsePage(page))) {
    const resolved = classify(ref.value, base);
    if (resolved.kind === 'external') {
      if (ref.loads) external.push({ page: page.url, line: `${ref.where} ${ref.value}` });
      continue;
    }
    if (resolved.kind !== 'internal') continue;
    const reason = brokenReason(resolved.url, page.file);
    if (reason) broken.push({ page: page.url, line: `${ref.where} "${ref.value}": ${reason}` });
  }
  return { broken, external };
}

/** Local stylesheets linked from the pages, with the CSS url()s inside them. */
function stylesheetFindings(): { broken: Finding[]; external: Finding[] } {
  const broken: Finding[] = [];
  const external: Finding[] = [];
  const seen = new Set<string>();
  for (const page of PAGES) {
    for (const link of parsePage(page).querySelectorAll('link[rel~="stylesheet"][href]')) {
      const resolved = classify(link.getAttribute('href') ?? '', `${LOCAL_ORIGIN}${page.url}`);
      if (resolved.kind !== 'internal' || !resolved.url) continue;
      const file = fileForPath(resolved.url.pathname);
      if (!file || seen.has(file)) continue;
      seen.add(file);
      const cssBase = resolved.url.href;
      const label = file.slice(DIST.length);
      for (const value of cssUrls(readFileSync(file, 'utf8'))) {
        const target = classify(value, cssBase);
        if (target.kind === 'external') external.push({ page: label, line: `CSS url() ${value}` });
        else if (target.kind === 'internal') {
          const reason = brokenReason(target.url, file);
          if (reason) broken.push({ page: label, line: `CSS url() "${value}": ${reason}` });
        }
      }
    }
  }
  return { broken, external };
}

const pageResults = PAGES.map(checkPage);
const cssResults = stylesheetFindings();

function report(findings: Finding[]): string[] {
  return findings.map((f) => `${f.page} → ${f.line}`);
}

test(`every internal href/src and #fragment resolves in dist/ (${PAGES.length} pages)`, () => {
  const broken = [...pageResults.flatMap((r) => r.broken), ...cssResults.broken];
  expect(report(broken), `${broken.length} broken internal link(s)`).toEqual([]);
});

test('no page loads anything from another origin (scripts, stylesheets, images, fonts)', () => {
  const external = [...pageResults.flatMap((r) => r.external), ...cssResults.external];
  expect(report(external), `${external.length} third-party request(s)`).toEqual([]);
});
