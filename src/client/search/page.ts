// /search/: the search UI in the page, its query and filters in the URL (so a search can be
// shared or bookmarked), and a note when part of the link could not be used.
import { parseStageNames } from '../../lib/search/filters.ts';
import { formatSearchState, readSearchState } from '../../lib/search/query.ts';
import { KIND_IDS, searchStrings } from '../../lib/search/strings.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import { replaceUrl } from '../../islands/shared/browser.ts';
import { h } from './render.ts';
import { createSearchUI } from './ui.ts';

export function mountSearchPage(): void {
  const host = document.querySelector<HTMLElement>('[data-search-page]');
  if (!host) return;
  const stages = parseStageNames(
    document.querySelector<HTMLElement>('[data-site-search]')?.dataset['stages'],
  );
  const { state, ignored } = readSearchState(window.location.search, {
    stages: stages.map((s) => s.id),
    kinds: KIND_IDS,
  });
  const ui = createSearchUI({
    idPrefix: 'search-page',
    stages,
    initial: state,
    pageSize: 10,
    maxPlaces: 4,
    showMore: true,
    keysHelp: searchStrings.pageKeysHelp,
    onStateChange: (next) => {
      replaceUrl(formatSearchState(next));
    },
  });
  const note = describeIgnored(ignored);
  host.replaceChildren(
    ...(note ? [h('p', { class: 'search-note', role: 'note' }, note)] : []),
    ui.root,
  );
  host.hidden = false;
  document.getElementById('search-no-js')?.setAttribute('hidden', '');
  ui.input.focus();
  ui.warm();
}
