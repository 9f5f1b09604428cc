// Reading Pagefind's output for the build tests: the fragments in dist/pagefind (one per indexed
// page: its words, filters, title and anchors), and an index of one HTML fixture built with the
// project's pagefind.yml, to see what the configuration keeps out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { DIST, ROOT } from './dist.ts';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** A fragment file: gzip of "pagefind_dcd" followed by the JSON. */
export function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  const json = text.replace(/^pagefind_dcd/, '');
  return JSON.parse(json) as Fragment;
}

/** Every fragment of the built index, by page URL. */
export function builtFragments(): Map<string, Fragment> {
  const dir = join(DIST, 'pagefind', 'fragment');
  const fragments = new Map<string, Fragment>();
  for (const name of readdirSync(dir)) {
    const fragment = decodeFragment(readFileSync(join(dir, name)));
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

/** The Node API options that pagefind.yml gives the CLI. Unknown keys fail loudly. */
export function configFromPagefindYml(): { excludeSelectors: string[] } {
  const config = parse(readFileSync(join(ROOT, 'pagefind.yml'), 'utf8')) as Record<string, unknown>;
  const unknown = Object.keys(config).filter((key) => key !== 'exclude_selectors');
  if (unknown.length > 0) {
    throw new Error(`pagefind.yml has keys this test does not pass on: ${unknown.join(', ')}`);
  }
  const selectors = config['exclude_selectors'];
  if (!Array.isArray(selectors) || !selectors.every((s) => typeof s === 'string')) {
    throw new Error('pagefind.yml: exclude_selectors must be a list of selectors');
  }
  return { excludeSelectors: selectors };
}

/** Indexes one HTML document with the project's configuration and returns its fragment. */
export async function indexOne(html: string, url = '/fixture/'): Promise<Fragment> {
  const { index, errors } = await pagefind.createIndex(configFromPagefindYml());
  if (!index) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`);
  const added = await index.addHTMLFile({ url, content: html });
  if (added.errors.length > 0) throw new Error(`addHTMLFile: ${added.errors.join('; ')}`);
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`getFiles: ${fileErrors.join('; ')}`);
  const fragments = files
    .filter((file) => file.path.includes('fragment/'))
    .map((file) => decodeFragment(file.content));
  await index.deleteIndex();
  const fragment = fragments.find((f) => f.url === url);
  if (!fragment) throw new Error(`no fragment for ${url}`);
  return fragment;
}

export { pagefind };
