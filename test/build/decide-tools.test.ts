// The decision tools' island props on the built /decide/ page: every link an answer can show
// resolves to a page and an id of the built site. (The answers render only in the browser, so the
// site-wide link check never sees these links.)
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fileForPath, parsePage } from './dist.ts';

const PAGE = fileForPath('/decide/');

/** Decodes Astro's serialised island props: `[0, value]` plain, `[1, [...]]` an array. */
function decode(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') {
    const [kind, inner] = value as [number, unknown];
    if (kind === 0) return decode(inner);
    if (kind === 1 && Array.isArray(inner)) return inner.map(decode);
    throw new Error(`unexpected serialised prop kind ${kind}`);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** Every string under a key that ends in "href" or "Href", with its path. */
function hrefs(value: unknown, path = ''): { path: string; href: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => hrefs(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) =>
      /href$/i.test(key) && typeof v === 'string'
        ? [{ path: `${path}.${key}`, href: v }]
        : hrefs(v, `${path}.${key}`),
    );
  }
  return [];
}

function islandProps(): Record<string, unknown>[] {
  if (PAGE === undefined || !existsSync(PAGE)) throw new Error('dist/decide/index.html is missing');
  const doc = parsePage(PAGE);
  return [...doc.querySelectorAll('astro-island')]
    .filter((island) =>
      /\/(FeatureAdvisor|IntegrationDeadline)\./.test(island.getAttribute('component-url') ?? ''),
    )
    .map(
      (island) =>
        decode(JSON.parse(island.getAttribute('props') ?? '{}')) as Record<string, unknown>,
    );
}

test('the page has both decision tools', () => {
  expect(islandProps()).toHaveLength(2);
});

test('every link the tools can show resolves to a built page and an id on it', () => {
  const links = islandProps().flatMap((props) => hrefs(props['data']));
  expect(links.length).toBeGreaterThan(100);
  const broken = links.flatMap(({ path, href }) => {
    const url = new URL(href, 'http://site.internal/decide/');
    const file = fileForPath(url.pathname);
    if (file === undefined) return [`${path}: ${href} (no page)`];
    const id = decodeURIComponent(url.hash.slice(1));
    if (id !== '' && parsePage(file).getElementById(id) === null)
      return [`${path}: ${href} (no id)`];
    return [];
  });
  expect(broken).toEqual([]);
});

test('the tools are handed the quiz’s keys to leave alone', () => {
  for (const props of islandProps()) {
    const passThrough = props['passThrough'] as string[];
    expect(passThrough).toEqual(
      expect.arrayContaining(['feature', 'feature-stage', 'integrate-stage', 'integrate-start']),
    );
    expect(passThrough.length).toBeGreaterThan(4);
  }
});
