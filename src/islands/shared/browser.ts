// The browser pieces every island shares: the clipboard and the address bar. Called only from
// effects and event handlers, never during render (the first render must match the server's HTML).
// Plain DOM code with no React, so src/client may use it too.

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
 * new history entry; the path stays, and so does the fragment unless `hash` is given. Every tool
 * writes its link through here: one history entry per page, not one per change.
 */
export function replaceUrl(search: string, hash: string = window.location.hash): void {
  const { pathname } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}
