// The only search code every page loads (about 1 kB): it wires the header's Search button and the
// Ctrl+K / ⌘K shortcut, and loads the search UI and Pagefind the first time the reader focuses or
// opens search. On /search/, opening search focuses that page's field instead.
import { isApplePlatform, isSearchShortcut, shortcutLabel } from '../../lib/search/shortcut.ts';
// The UI's URL, imported when needed without Vite's preload helper (see
// src/integrations/chunk-url/): the chunk links its own stylesheet (./index.ts).
import searchUiUrl from './index.ts?chunk-url';
import type * as SearchUiModule from './index.ts';

type SearchUi = typeof SearchUiModule;

interface Opener {
  open(): void;
}

let dialog: Promise<Opener> | undefined;

function loadDialog(root: HTMLElement): Promise<Opener> {
  dialog ??= (import(/* @vite-ignore */ searchUiUrl) as Promise<SearchUi>).then(async (module) => {
    await module.stylesReady;
    return module.createSearchDialog(root);
  });
  return dialog;
}

export function initSearchLoader(): void {
  const root = document.querySelector<HTMLElement>('[data-site-search]');
  const button = root?.querySelector('button');
  if (!root || !button) return;

  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  const keys = root.querySelector('[data-shortcut]');
  if (keys) keys.textContent = shortcutLabel(isApplePlatform(platform));

  const open = (): void => {
    const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input');
    if (pageField) {
      pageField.focus();
      pageField.select();
      return;
    }
    loadDialog(root).then(
      (opener) => opener.open(),
      // The UI could not load (offline, a stale cache): the search page still explains and helps.
      // The address comes from the page (SearchBox.astro, under the site's base path), so this
      // file, loaded by every page, does not pull in the path helpers.
      () => window.location.assign(button.dataset['href'] ?? root.querySelector('a')?.href ?? ''),
    );
  };

  button.addEventListener('focus', () => void loadDialog(root).catch(() => undefined), {
    once: true,
  });
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (isSearchShortcut(event)) {
      event.preventDefault();
      open();
    }
  });
}
