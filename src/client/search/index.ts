// The search UI's one chunk: the header dialog (loaded by loader.ts on first focus or open) and the
// /search/ page (loaded by that page) share it, so opening search fetches this file and its
// stylesheet.
//
// The styles come as a file linked from here, never as an injected <style>: the site's
// Content-Security-Policy allows only stylesheets from the site itself and the inline styles whose
// hashes Astro computed at build time.
import stylesHref from './search.css?url&no-inline';

/**
 * Links the search UI's stylesheet into the document once; resolves when it has loaded (or
 * failed: the UI still works unstyled), so the dialog never opens unstyled.
 */
function addStyles(): Promise<void> {
  const existing = document.querySelector('link[data-search-styles]');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesHref;
  link.dataset['searchStyles'] = '';
  const loaded = new Promise<void>((done) => {
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done(), { once: true });
  });
  document.head.append(link);
  return loaded;
}
export const stylesReady = addStyles();

export { createSearchDialog } from './dialog.ts';
export { mountSearchPage } from './page.ts';
