/**
 * Every word the site search shows, and the names of its Pagefind filters, in one place. The
 * filter VALUES come from content (stage short names) or from `kinds` below; pages declare them
 * at build time and the search UI offers them, so both sides read this one module.
 */
import { plural, quoted } from '../words.ts';

export const searchStrings = {
  /** Pagefind filter keys (stable: URLs and page declarations use them) and their labels. */
  filters: {
    stage: { key: 'stage', label: 'Stage' },
    kind: { key: 'kind', label: 'Page type' },
  },
  /** The kinds of page, by id (the id goes in links, the label is the Pagefind filter value). */
  kinds: {
    stage: 'Stage',
    checklist: 'Checklist',
    topic: 'Topic',
    comparison: 'Comparison',
    decision: 'Decision',
    guide: 'Guide',
  },
  /** The header's button and its shortcut hint. */
  open: 'Search',
  close: 'Close',
  inputLabel: 'Search the guide',
  placeholder: 'Try “read replicas” or “runbooks”',
  clearFilters: 'Clear filters',
  resultsLabel: 'Results',
  keysHelp: '↑ and ↓ move through results, Enter opens one, Esc closes.',
  pageKeysHelp: '↑ and ↓ move through results from the search field; Enter opens one.',
  openSearchPage: 'Open this search on its own page',
  showMore: 'Show more results',
  loading: 'Loading search…',
  prompt: 'Type a word or two, or choose a stage or page type.',
  noResults: (query: string) =>
    query === '' ? 'No page matches these filters.' : `Nothing matches ${quoted(query)}.`,
  noResultsTip: 'Try fewer or different words, or clear the filters.',
  summary: (total: number, shown: number, query: string) => {
    const pages = plural(total, 'page', 'pages');
    const what = query === '' ? `${pages} match the filters` : `${pages} match ${quoted(query)}`;
    return shown < total ? `${what}; showing ${shown}.` : `${what}.`;
  },
  /** Shown under `npm run dev`, where the Pagefind index does not exist. */
  devOnly:
    'Search works on the built site: run `npm start`, which builds the site and its search index, then search there.',
  failed: 'Search could not load. Every page is listed on',
  allPagesLink: 'All pages',
  /** Screen-reader words for a result's page type and stages. */
  resultTags: (kind: string | undefined, stages: readonly string[]) =>
    [kind, stages.length > 0 ? stages.join(', ') : undefined].filter(Boolean).join(' · '),
} as const;

export type KindId = keyof typeof searchStrings.kinds;

/** The kinds in the order the UI offers them. */
export const KIND_IDS = Object.keys(searchStrings.kinds) as KindId[];
