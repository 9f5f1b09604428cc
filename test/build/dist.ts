// Shared helpers for the `build` project: they read the built site in dist/.
// The project's globalSetup (./global-setup.ts) fails the run with "run npm run build first"
// when dist/ is missing, so the helpers below can assume it exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { siteLocation } from '../../src/integrations/site-location.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** The message every build test gives when there is nothing to test. */
export const NO_DIST_MESSAGE =
  'dist/ not found (or it holds no HTML page): run npm run build first, then run the build tests again.';

/** Throws the "run npm run build first" error when dist/ has no built site. */
export function assertDist(): void {
  if (!existsSync(join(DIST, 'index.html')) && !existsSync(join(DIST, '404.html'))) {
    throw new Error(NO_DIST_MESSAGE);
  }
}

/** Folders of dist/ that hold assets, never pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (dir === DIST && ASSET_DIRS.has(name)) continue;
      walk(full, out);
    } else if (name.endsWith('.html')) {
      out.push(full);
    }
  }
  return out;
}

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path relative to dist/, with forward slashes (e.g. `stages/poc/index.html`). */
  rel: string;
  /** The URL path the page is served at (`/stages/poc/`, `/404.html`). */
  url: string;
}

/** URL path of an HTML file in dist/: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlOf(rel: string): string {
  const posix = rel.split(sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Every HTML page of the built site (every index.html and 404.html), sorted by URL. */
export function builtPages(): BuiltPage[] {
  assertDist();
  return walk(DIST, [])
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      return { file, rel, url: urlOf(rel) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function isNotFoundPage(page: BuiltPage): boolean {
  return page.rel === '404.html';
}

/**
 * Pages that are not in the search index: their <main> has no data-pagefind-body. By the site's
 * convention that is the 404 page only; change it here, in one place, if that convention changes.
 */
export const UNINDEXED_PAGES: ReadonlySet<string> = new Set([
  '/404.html',
  // The search page shows other pages' results; indexing it would make it a result itself.
  '/search/',
  // The handbook repeats every topic page; search lands on the topic pages themselves.
  '/handbook/',
]);

export function isIndexedPage(page: BuiltPage): boolean {
  return !UNINDEXED_PAGES.has(page.url);
}

const docCache = new Map<string, Document>();

/** The page parsed with linkedom (cached: treat it as read-only). */
export function parsePage(page: BuiltPage | string): Document {
  const file = typeof page === 'string' ? page : page.file;
  let doc = docCache.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document;
    docCache.set(file, doc);
  }
  return doc;
}

/**
 * The file in dist/ that a URL path is served from, or undefined when none exists.
 * `/a/` → `dist/a/index.html`; `/a.css` → `dist/a.css`. A path without a trailing slash that
 * only exists as a folder is not resolved (trailingSlash is 'always'): the caller reports it.
 */
export function fileForPath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const target = decoded.endsWith('/') ? join(DIST, decoded, 'index.html') : join(DIST, decoded);
  if (!target.startsWith(DIST)) return undefined;
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}

/** True when `dist/<pathname>/index.html` exists, i.e. the link only lacks its trailing slash. */
export function existsWithSlash(pathname: string): boolean {
  return !pathname.endsWith('/') && fileForPath(`${pathname}/`) !== undefined;
}

/**
 * The site's own origin (Astro's `site`, from SITE_URL as astro.config.mjs reads it), so that
 * absolute links to it (canonical URLs) count as internal.
 */
export function siteOrigin(): string {
  return siteLocation(process.env).site;
}
