// The site built for a sub-path (BASE_PATH=/guide/, SITE_URL=https://guide.example.org, by
// `npm run build:subpath` into test-results/dist-guide/): every link, asset, island script,
// canonical URL, sitemap entry and robots.txt line stays under /guide/ and resolves to a built file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { SUBPATH_BASE, SUBPATH_DIST, SUBPATH_SITE } from '../../scripts/build-subpath.ts';

if (!existsSync(join(SUBPATH_DIST, 'index.html'))) {
  throw new Error(
    `${SUBPATH_DIST} has no built site: run npm run build:subpath first, then run the build tests again.`,
  );
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}

const ALL = files(SUBPATH_DIST);
const rel = (file: string) => relative(SUBPATH_DIST, file).split(sep).join('/');
const HTML = ALL.filter((file) => file.endsWith('.html'));
const pageUrl = (file: string): string => {
  const path = rel(file);
  return `${SUBPATH_BASE}${path === 'index.html' ? '' : path.replace(/index\.html$/, '')}`;
};

/** The built file a same-origin path is served from, or why it is not one. */
function resolvePath(pathname: string): string | undefined {
  if (!pathname.startsWith(SUBPATH_BASE)) return `leaves ${SUBPATH_BASE}`;
  const inside = decodeURIComponent(pathname.slice(SUBPATH_BASE.length));
  const target = join(
    SUBPATH_DIST,
    inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside,
  );
  return existsSync(target) && statSync(target).isFile() ? undefined : 'no such file';
}

/** Every URL a page names: links, assets, island scripts, canonical and Open Graph addresses. */
function urlsOf(doc: Document): { where: string; value: string }[] {
  const found: { where: string; value: string }[] = [];
  const add = (selector: string, attr: string) => {
    for (const element of doc.querySelectorAll(selector)) {
      const value = element.getAttribute(attr);
      if (value !== null) found.push({ where: `<${element.localName} ${attr}>`, value });
    }
  };
  add('[href]', 'href');
  add('[src]', 'src');
  add('form[action]', 'action');
  add('[data-href]', 'data-href');
  add('meta[property="og:url"]', 'content');
  for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
    add(`astro-island[${attr}]`, attr);
  }
  return found;
}

describe(`the site built under ${SUBPATH_BASE}`, () => {
  test('every link and asset of every page stays under the sub-path and resolves', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of HTML) {
      const base = new URL(pageUrl(file), SUBPATH_SITE);
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      for (const { where, value } of urlsOf(doc)) {
        const url = new URL(value, base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        if (url.origin !== SUBPATH_SITE && !value.startsWith('/')) continue; // another site
        checked += 1;
        const why = url.origin === SUBPATH_SITE ? resolvePath(url.pathname) : 'another origin';
        if (why) problems.push(`${rel(file)}: ${where} "${value}" ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(HTML.length * 10);
    expect(problems).toEqual([]);
  });

  test('no built file names a root-absolute asset path outside the sub-path', () => {
    // Pagefind's own files are left out: they find their folder from their own URL at run time.
    const text = ALL.filter(
      (file) => /\.(html|js|css|xml|txt)$/.test(file) && !rel(file).startsWith('pagefind/'),
    );
    const outside = text.flatMap((file) => {
      const body = readFileSync(file, 'utf8');
      return [...body.matchAll(/["'(]\/(_astro|pagefind|favicon\.svg)\b/g)].map(
        (match) => `${rel(file)}: ${match[0]}`,
      );
    });
    expect(outside).toEqual([]);
  });

  test('every page but the 404 names its canonical address under SITE_URL + BASE_PATH', () => {
    const wrong = HTML.filter((file) => rel(file) !== '404.html').flatMap((file) => {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const expected = new URL(pageUrl(file), SUBPATH_SITE).href;
      return canonical === expected ? [] : [`${rel(file)}: ${canonical} (expected ${expected})`];
    });
    expect(wrong).toEqual([]);
  });

  test('the sitemap lists every page but the 404, each under the sub-path', () => {
    const index = readFileSync(join(SUBPATH_DIST, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((href) => {
      const url = new URL(href);
      expect(url.origin, href).toBe(SUBPATH_SITE);
      expect(resolvePath(url.pathname), href).toBeUndefined();
      const body = readFileSync(
        join(SUBPATH_DIST, url.pathname.slice(SUBPATH_BASE.length)),
        'utf8',
      );
      return [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    });
    const unresolved = locs.filter((href) => {
      const url = new URL(href);
      return url.origin !== SUBPATH_SITE || resolvePath(url.pathname) !== undefined;
    });
    expect(unresolved).toEqual([]);
    const pages = HTML.filter((file) => rel(file) !== '404.html').map(
      (file) => new URL(pageUrl(file), SUBPATH_SITE).href,
    );
    expect([...locs].sort()).toEqual([...pages].sort());
  });

  test('robots.txt allows the sub-path and names the sitemap at its published address', () => {
    const robots = readFileSync(join(SUBPATH_DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Allow: ${SUBPATH_BASE}\n`);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${SUBPATH_SITE}${SUBPATH_BASE}sitemap-index.xml`);
  });

  test('_headers applies to the sub-path and caches its hashed assets', () => {
    const headers = readFileSync(join(SUBPATH_DIST, '_headers'), 'utf8');
    const patterns = headers
      .split('\n')
      .filter((line) => /^\S/.test(line) && !line.startsWith('#'));
    expect(patterns).toEqual([`${SUBPATH_BASE}*`, `${SUBPATH_BASE}_astro/*`]);
  });
});
