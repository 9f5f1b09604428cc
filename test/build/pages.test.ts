// Every built page is a complete document: language, title, description, one h1, a main landmark
// with a skip link to it, and a title of its own.
import { describe, expect, test } from 'vitest';
import { builtPages, isIndexedPage, parsePage } from './dist.ts';

const PAGES = builtPages();

const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

test('dist/ holds the home page and the 404 page', () => {
  const urls = PAGES.map((p) => p.url);
  expect(urls).toContain('/');
  expect(urls).toContain('/404.html');
});

describe.each(PAGES)('$url', (page) => {
  const doc = parsePage(page);

  test('<html lang="en">', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
  });

  test('a non-empty <title>', () => {
    const titles = doc.querySelectorAll('head title');
    expect(titles.length, 'number of <title> elements in <head>').toBe(1);
    expect(text(titles[0]?.textContent), 'text of <title>').not.toBe('');
  });

  test('a non-empty meta description', () => {
    const metas = doc.querySelectorAll('meta[name="description"]');
    expect(metas.length, 'number of meta descriptions').toBe(1);
    expect(text(metas[0]?.getAttribute('content')), 'content of the meta description').not.toBe('');
  });

  test('exactly one h1, with text', () => {
    const h1s = doc.querySelectorAll('h1');
    expect(h1s.length, 'number of h1 elements').toBe(1);
    expect(text(h1s[0]?.textContent), 'text of the h1').not.toBe('');
  });

  test('one <main id="main">, with data-pagefind-body unless the page is left out of search', () => {
    const mains = doc.querySelectorAll('main');
    expect(mains.length, 'number of <main> elements').toBe(1);
    expect(mains[0]?.getAttribute('id')).toBe('main');
    expect(doc.querySelectorAll('#main').length, 'elements with id="main"').toBe(1);
    expect(mains[0]?.hasAttribute('data-pagefind-body'), 'data-pagefind-body on main').toBe(
      isIndexedPage(page),
    );
  });

  test('a skip link to #main before the main content', () => {
    const links = [...doc.querySelectorAll('a[href="#main"]')];
    expect(links.length, 'links to #main').toBeGreaterThan(0);
    const main = doc.querySelector('main');
    const first = links[0];
    expect(text(first?.textContent), 'skip link text').not.toBe('');
    // The skip link comes before <main> in document order and is not inside it.
    expect(main?.contains(first ?? null), 'skip link inside main').toBe(false);
    const all = [...doc.querySelectorAll('a[href="#main"], main')];
    expect(all.indexOf(first as Element)).toBeLessThan(all.indexOf(main as Element));
  });
});

test('titles are unique across pages', () => {
  const byTitle = new Map<string, string[]>();
  for (const page of PAGES) {
    const title = text(parsePage(page).querySelector('title')?.textContent);
    byTitle.set(title, [...(byTitle.get(title) ?? []), page.url]);
  }
  const duplicates = [...byTitle]
    .filter(([, urls]) => urls.length > 1)
    .map(([title, urls]) => `"${title}": ${urls.join(', ')}`);
  expect(duplicates, 'titles shared by several pages').toEqual([]);
});
