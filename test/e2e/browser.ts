// Browser helpers for the e2e tests: a system Chromium driven by playwright-core (no browser is
// ever downloaded), the preview server's base URL, and the list of built pages.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import {
  findChromium as findSystemChromium,
  missingChromiumMessage,
} from '../../scripts/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

export { CHROMIUM_CANDIDATES } from '../../scripts/chromium.ts';

/** Flags for a headless Chromium in a closed sandbox (no network beyond loopback, maybe root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The path of a system Chromium (scripts/chromium.ts looks), or an Error that says how to fix it. */
export function findChromium(): string {
  const path = findSystemChromium();
  if (!path) throw new Error(missingChromiumMessage());
  return path;
}

/** Launches the system Chromium headless. Reuse one browser per test file; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** Defaults to true. */
  javaScriptEnabled?: boolean;
  /** Defaults to 'light'. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** Any other context option (viewport, reducedMotion, …). */
  context?: BrowserContextOptions;
}

/**
 * A page in a fresh browser context with the given options. Closing it with `closePage(page)`
 * closes its context as well.
 */
export async function newPage(browser: Browser, opts: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    ...opts.context,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    colorScheme: opts.colorScheme ?? 'light',
  });
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Base URL of the preview server started by the e2e globalSetup (no trailing slash). */
export function baseUrl(): string {
  const url = inject('baseUrl');
  if (!url)
    throw new Error('baseUrl was not provided: run the e2e tests through `vitest --project e2e`.');
  return url;
}

/** Full URL of a site path such as `/stages/poc/`. */
export function urlFor(path: string): string {
  return new URL(path, `${baseUrl()}/`).href;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (dir === DIST && (name === '_astro' || name === 'pagefind')) continue;
      walk(full, out);
    } else if (name === 'index.html') {
      out.push(full);
    }
  }
  return out;
}

/**
 * Every built page's URL path, from dist/: each `index.html` as `/path/`, plus `/404.html` when
 * the site has a 404 page. Sorted, home first.
 */
export function listPages(): string[] {
  if (!existsSync(DIST)) {
    throw new Error('dist/ not found: run npm run build first, then run the e2e tests again.');
  }
  const paths = walk(DIST, []).map((file) => {
    const rel = relative(DIST, file).split(sep).join('/');
    return `/${rel.slice(0, -'index.html'.length)}`;
  });
  paths.sort((a, b) => a.localeCompare(b));
  if (existsSync(join(DIST, '404.html'))) paths.push('/404.html');
  return paths;
}
