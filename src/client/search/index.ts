// The search UI's one chunk: the header dialog (loaded by loader.ts on first focus or open) and the
// /search/ page (loaded by that page) share it, so opening search fetches a single file, whose
// styles come with it.
import styles from './search.css?inline';

/** Adds the search UI's styles to the document once. */
function addStyles(): void {
  if (document.querySelector('style[data-search-styles]')) return;
  const style = document.createElement('style');
  style.dataset['searchStyles'] = '';
  style.textContent = styles;
  document.head.append(style);
}
addStyles();

export { createSearchDialog } from './dialog.ts';
export { mountSearchPage } from './page.ts';
