// The header's search dialog: a native modal <dialog> (focus stays inside, Esc closes, focus goes
// back to the button) holding the search UI and a link to the same search on /search/. Built the
// first time the reader focuses or opens search; never part of the page's HTML.
import { paths } from '../../lib/paths.ts';
import { parseStageNames } from '../../lib/search/filters.ts';
import { EMPTY_STATE, formatSearchState } from '../../lib/search/query.ts';
import { searchStrings } from '../../lib/search/strings.ts';
import { h } from './render.ts';
import { createSearchUI } from './ui.ts';

export interface SearchDialog {
  open(): void;
}

const ID = 'search-dialog';

export function createSearchDialog(root: HTMLElement): SearchDialog {
  const pageLink = h(
    'a',
    { class: 'search-page-link', href: paths.search() },
    searchStrings.openSearchPage,
  );
  const ui = createSearchUI({
    idPrefix: ID,
    stages: parseStageNames(root.dataset['stages']),
    initial: EMPTY_STATE,
    pageSize: 6,
    maxPlaces: 3,
    showMore: false,
    keysHelp: searchStrings.keysHelp,
    onStateChange: (state) => {
      pageLink.href = `${paths.search()}${formatSearchState(state)}`;
    },
    onNavigate: () => dialog.close(),
  });
  const close = h('button', { type: 'button', class: 'button search-close' }, searchStrings.close);
  const dialog = h(
    'dialog',
    { class: 'search-dialog', id: ID, 'aria-labelledby': `${ID}-label` },
    h('div', { class: 'search-dialog-body' }, close, ui.root, pageLink),
  );
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its body) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  ui.warm();

  return {
    open() {
      if (!dialog.open) dialog.showModal();
      ui.input.focus();
      ui.input.select();
    },
  };
}
