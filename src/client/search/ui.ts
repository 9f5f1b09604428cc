// The search UI, used in the header's dialog and on /search/: a search field that is an ARIA
// combobox (focus stays in it; ↑/↓ move through the results, Enter opens one), stage and page
// type filters as native checkboxes, a polite status line, and the results as a listbox of links.
import {
  kindOptions,
  toPagefindFilters,
  withCounts,
  type FilterCounts,
  type StageName,
} from '../../lib/search/filters.ts';
import { paths } from '../../lib/paths.ts';
import { nextActive } from '../../lib/search/active-option.ts';
import { isActive, toggleValue, type SearchState } from '../../lib/search/query.ts';
import { toResultView, type ResultView } from '../../lib/search/results.ts';
import { searchStrings } from '../../lib/search/strings.ts';
import { loadPagefind, runSearch, SearchUnavailable } from './pagefind.ts';
import { filterFieldset, h, resultGroups, updateFieldset } from './render.ts';

export interface SearchUIOptions {
  /** Prefix of the ids of this instance's elements. */
  idPrefix: string;
  stages: StageName[];
  initial: SearchState;
  /** Pages of results loaded at a time. */
  pageSize: number;
  /** Places (sub-results) shown per page. */
  maxPlaces: number;
  /** Whether a "Show more results" button loads the next pageSize results. */
  showMore: boolean;
  keysHelp: string;
  onStateChange?: (state: SearchState) => void;
  /** Called before leaving through a result (the dialog closes itself). */
  onNavigate?: () => void;
}

export interface SearchUI {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Starts loading Pagefind (when the reader focuses or opens search). */
  warm(): void;
}

const TYPING_DEBOUNCE_MS = 160;

export function createSearchUI(options: SearchUIOptions): SearchUI {
  const { idPrefix: id, stages } = options;
  const { filters: names } = searchStrings;
  const stageChoices = stages.map((s) => ({ id: s.id, label: s.name }));
  const kindChoices = kindOptions();
  let state: SearchState = { ...options.initial };
  let limit = options.pageSize;
  let active = -1;
  let sequence = 0;
  /** The latest search, so that Enter typed before it finished opens its first result. */
  let latest: Promise<void> = Promise.resolve();

  const input = h('input', {
    id: `${id}-input`,
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-results`,
    'aria-describedby': `${id}-keys`,
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    placeholder: searchStrings.placeholder,
  });
  input.value = state.query;
  const stageSet = filterFieldset(
    names.stage.key,
    names.stage.label,
    withCounts(stageChoices, undefined),
    state.stages,
  );
  const kindSet = filterFieldset(
    names.kind.key,
    names.kind.label,
    withCounts(kindChoices, undefined),
    state.kinds,
  );
  const clear = h(
    'button',
    { type: 'button', class: 'button search-clear', hidden: true },
    searchStrings.clearFilters,
  );
  const status = h('p', { class: 'search-status', role: 'status' }, searchStrings.prompt);
  const listbox = h('div', {
    id: `${id}-results`,
    role: 'listbox',
    class: 'search-results',
    'aria-label': searchStrings.resultsLabel,
    hidden: true,
  });
  const more = h(
    'button',
    { type: 'button', class: 'button search-more', hidden: true },
    searchStrings.showMore,
  );
  const root = h(
    'search',
    { class: 'search-ui' },
    h(
      'label',
      { class: 'search-label', for: input.id, id: `${id}-label` },
      searchStrings.inputLabel,
    ),
    input,
    h('p', { class: 'search-keys', id: `${id}-keys` }, options.keysHelp),
    h('div', { class: 'search-filters' }, stageSet, kindSet, clear),
    status,
    listbox,
    options.showMore && more,
  );

  function optionsInList(): HTMLAnchorElement[] {
    return [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  function setActive(index: number): void {
    const all = optionsInList();
    active = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function showMessage(text: string, withAllPagesLink = false): void {
    status.replaceChildren();
    // `npm start` and the like are written in backticks; show them as code.
    text.split('`').forEach((piece, i) => status.append(i % 2 ? h('code', {}, piece) : piece));
    if (withAllPagesLink) {
      status.append(' ', h('a', { href: paths.contents() }, searchStrings.allPagesLink), '.');
    }
  }

  function showResults(results: ResultView[], total: number, counts: FilterCounts): void {
    listbox.replaceChildren(...resultGroups(id, results));
    listbox.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    setActive(-1);
    const moreHadFocus = document.activeElement === more;
    more.hidden = results.length >= total;
    // "Show more" disappears with the last results; keep focus in the search, not on the page.
    if (moreHadFocus && more.hidden) input.focus();
    updateCounts(counts);
    if (total === 0)
      showMessage(`${searchStrings.noResults(state.query)} ${searchStrings.noResultsTip}`);
    else showMessage(searchStrings.summary(total, results.length, state.query));
  }

  function updateCounts(counts: FilterCounts | undefined): void {
    updateFieldset(stageSet, withCounts(stageChoices, counts?.[names.stage.key]), state.stages);
    updateFieldset(kindSet, withCounts(kindChoices, counts?.[names.kind.key]), state.kinds);
    clear.hidden = state.stages.length === 0 && state.kinds.length === 0;
  }

  function clearResults(): void {
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
    more.hidden = true;
  }

  async function update(debounceMs: number): Promise<void> {
    const token = ++sequence;
    options.onStateChange?.(state);
    if (!isActive(state)) {
      clearResults();
      showMessage(searchStrings.prompt);
      try {
        const pagefind = await loadPagefind();
        const totals = await pagefind.filters();
        if (token === sequence) updateCounts(totals);
      } catch (error) {
        if (token === sequence) fail(error);
      }
      return;
    }
    try {
      const outcome = await runSearch(state.query, toPagefindFilters(state, stages), debounceMs);
      if (outcome === null || token !== sequence) return;
      const found = outcome.search.results;
      const data = await Promise.all(found.slice(0, limit).map((result) => result.data()));
      if (token !== sequence) return;
      const views = data.map((d) =>
        toResultView(d, { maxPlaces: options.maxPlaces, stages, query: state.query }),
      );
      showResults(views, found.length, outcome.counts);
    } catch (error) {
      if (token === sequence) fail(error);
    }
  }

  function fail(error: unknown): void {
    clearResults();
    const unavailable = error instanceof SearchUnavailable;
    showMessage(unavailable ? error.message : searchStrings.failed, !import.meta.env.DEV);
  }

  function open(option: HTMLAnchorElement | undefined): void {
    if (!option) return;
    options.onNavigate?.();
    window.location.assign(option.href);
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    limit = options.pageSize;
    latest = update(TYPING_DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const all = optionsInList();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) return;
      event.preventDefault();
      setActive(nextActive(active, event.key, all.length));
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // Enter without a chosen result opens the best one, once the search typed so far is done.
      const chosen = all[active];
      if (chosen) open(chosen);
      else void latest.then(() => open(optionsInList()[0]));
    } else if (event.key === 'Escape' && active >= 0) {
      // The first Escape leaves the results; the next one closes the dialog or clears the field.
      event.preventDefault();
      event.stopPropagation();
      setActive(-1);
    }
  });

  for (const fieldset of [stageSet, kindSet]) {
    fieldset.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const stage = fieldset === stageSet;
      const order = (stage ? stageChoices : kindChoices).map((c) => c.id);
      const list = toggleValue(stage ? state.stages : state.kinds, box.value, box.checked, order);
      state = stage ? { ...state, stages: list } : { ...state, kinds: list };
      limit = options.pageSize;
      latest = update(0);
    });
  }

  clear.addEventListener('click', () => {
    state = { ...state, stages: [], kinds: [] };
    input.focus();
    latest = update(0);
  });

  more.addEventListener('click', () => {
    limit += options.pageSize;
    latest = update(0);
  });

  listbox.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[role="option"]')) options.onNavigate?.();
  });

  // A click on a result should not move focus out of the field first (the link still opens).
  listbox.addEventListener('mousedown', (event) => event.preventDefault());

  let warmed = false;
  return {
    root,
    input,
    warm() {
      if (warmed) return;
      warmed = true;
      latest = update(0);
    },
  };
}
