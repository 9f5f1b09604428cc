// Loading Pagefind's search API (<base>/pagefind/pagefind.js, written by `pagefind --site dist` after
// the build) the first time the reader focuses or opens search, and the searches the UI runs.
// Under `astro dev` the file does not exist: the failure names `npm start` instead of failing
// silently.
import {
  choiceCounts,
  filtersWithout,
  type FilterCounts,
  type PagefindFilters,
} from '../../lib/search/filters.ts';
import type { PagefindResultData } from '../../lib/search/results.ts';
import { paths } from '../../lib/paths.ts';
import { searchStrings } from '../../lib/search/strings.ts';

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  debouncedSearch(
    term: string | null,
    options: { filters?: PagefindFilters },
    timeoutMs: number,
  ): Promise<PagefindSearch | null>;
}

/** Why search cannot run, in words for the reader. */
export class SearchUnavailable extends Error {}

/** Under the site's base path, like every page: Pagefind's result URLs follow it (baseUrl below). */
const BUNDLE = paths.at('/pagefind/pagefind.js');
/** Words around a match in an excerpt: enough for a requirement or checklist item and its neighbours. */
const EXCERPT_WORDS = 22;

let loading: Promise<PagefindModule> | undefined;

async function load(): Promise<PagefindModule> {
  let pagefind: PagefindModule;
  try {
    // A URL from a variable: the bundler leaves it alone, the browser fetches the built file.
    pagefind = (await import(/* @vite-ignore */ BUNDLE)) as PagefindModule;
  } catch {
    throw new SearchUnavailable(import.meta.env.DEV ? searchStrings.devOnly : searchStrings.failed);
  }
  await pagefind.options({
    baseUrl: paths.home(),
    excerptLength: EXCERPT_WORDS,
    excerptEllipsis: '…',
  });
  await pagefind.init();
  // Loading the filter index makes every search report counts per filter value.
  await pagefind.filters();
  return pagefind;
}

/** Pagefind, loaded once; a failed load can be retried by calling again. */
export function loadPagefind(): Promise<PagefindModule> {
  if (!loading) {
    loading = load();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

export interface SearchOutcome {
  search: PagefindSearch;
  /** Counts per value of each filter, given the query and the OTHER filter's choices. */
  counts: FilterCounts;
}

/**
 * Runs a debounced search; null when a newer search superseded it. The counts shown beside each
 * choice come from one extra search per filter that is in use (without that filter), so that
 * "MVP (3)" means three results if MVP were chosen, whatever else is chosen for stages.
 */
export async function runSearch(
  query: string,
  filters: PagefindFilters,
  debounceMs: number,
): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind();
  const term = query === '' ? null : query;
  const search = await pagefind.debouncedSearch(term, { filters }, debounceMs);
  if (search === null) return null;
  const withoutEach: FilterCounts = {};
  for (const key of Object.keys(filters)) {
    const without = await pagefind.search(term, { filters: filtersWithout(filters, key) });
    const forKey = without.filters?.[key];
    if (forKey) withoutEach[key] = forKey;
  }
  return { search, counts: choiceCounts(filters, search.filters ?? {}, withoutEach) };
}
