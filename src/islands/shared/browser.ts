// The browser pieces every island shares: storage, the clipboard, downloads and the address bar.
// Called only from effects and event handlers, never during render (the first render must match
// the server's HTML). Plain DOM code with no React, so src/client may use it too.
import type { StorageLike } from '../../lib/checklist/storage.ts';

/** Copies text; false when the browser refuses (no permission, insecure context, old browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts `search` (a query with its "?", or '') and `hash` in the address bar without a reload or a
 * new history entry; the path stays, and so does the fragment unless `hash` is given. Widgets write
 * their state through `useUrlState` (useUrlState.ts), which calls this: one history entry per page,
 * not one per change.
 */
export function replaceUrl(search: string, hash: string = window.location.hash): void {
  const { pathname } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  window.dispatchEvent(new Event(URL_REPLACED_EVENT));
}

/** Sent on `window` after `replaceUrl`, so each widget knows the query another one wrote. */
export const URL_REPLACED_EVENT = 'ilg:url-replaced';

/**
 * Calls `onMove` when back, forward or an edited address brings a query other than the one last
 * seen, read or written by `replaceUrl` (from any widget on the page); a move to a #fragment keeps
 * the query and is not a move. Returns the function that stops listening. The one way a tool
 * follows history, for React islands (useUrlState) and plain page scripts alike.
 */
export function onQueryMoved(onMove: () => void): () => void {
  let seen = window.location.search;
  const moved = () => {
    if (window.location.search === seen) return;
    seen = window.location.search;
    onMove();
  };
  const replaced = () => {
    seen = window.location.search;
  };
  window.addEventListener('popstate', moved);
  window.addEventListener('hashchange', moved);
  window.addEventListener(URL_REPLACED_EVENT, replaced);
  return () => {
    window.removeEventListener('popstate', moved);
    window.removeEventListener('hashchange', moved);
    window.removeEventListener(URL_REPLACED_EVENT, replaced);
  };
}

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
