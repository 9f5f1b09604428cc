// The browser's side of the checklist: storage, downloads and the page's address (the clipboard
// and address-bar writes are shared: ../shared/browser.ts). Called
// only from effects and event handlers, never during render (the first render must match the
// server's HTML).
import { replaceUrl } from '../shared/browser.ts';
import type { StorageLike } from '../../lib/checklist/storage.ts';

/** localStorage, or undefined where the browser refuses it (some private modes throw on access). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves text as a file through a temporary object URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page's address without its fragment: the source named in exports. */
export function pageUrl(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

/** Drops the fragment from the address bar without a reload or a history entry. */
export function clearFragment(): void {
  replaceUrl(location.search, '');
}
