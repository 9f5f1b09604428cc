// `client:interact`: hydrates an island on the reader's first use of it, so a page that is only
// read loads no framework. "First use" is a pointer, touch, focus or key event inside the island.
// The island hydrates at once instead when the browser holds something for it to show: saved
// progress of one of the checklist ids given as `checklists`, or a share link for one; or, with
// `address: true`, any query or fragment in the page's address (a shared view to apply).
//
// Clicks on a control before the island is ready are held back (a checkbox is not toggled by the
// browser) and replayed, in order, once it is ready, so the first click is never lost. "Ready"
// is when Astro has hydrated the island and no element inside it still says data-hydrated="false"
// (the checklist sets it to "true" once its saved progress is loaded).
//
// Astro bundles this file with esbuild into an inline script of every page that uses it (and
// hashes it for the CSP): keep its imports to the two small functions below.
import type { ClientDirective } from 'astro';
import { sharedChecklistId } from '../../lib/checklist/share.ts';
import { progressKey } from '../../lib/checklist/storage.ts';

/** The value of `client:interact={…}`. */
export interface InteractOptions {
  /** Checklist ids whose saved progress or share link hydrates the island at once. */
  checklists?: readonly string[];
  /** Whether any query or fragment in the address hydrates the island at once. */
  address?: boolean;
}

// pointerover: a mouse on its way to a control starts loading before the click.
const FIRST_USE = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
/** Elements whose click does something the island must see (links navigate by themselves). */
const CONTROLS = 'input,button,select,textarea,summary,label';
/** How long a held click waits for the island before it is replayed anyway. */
const READY_TIMEOUT_MS = 10_000;
/** How long an island with saved progress stays hidden, at most, while it loads. */
const REVEAL_TIMEOUT_MS = 3_000;

function mustHydrateNow({ checklists: ids = [], address = false }: InteractOptions): boolean {
  if (address && (location.search.length > 1 || location.hash.length > 1)) return true;
  if (ids.length === 0) return false;
  const shared = sharedChecklistId(location.hash);
  if (shared !== undefined && ids.includes(shared)) return true;
  try {
    return ids.some((id) => localStorage.getItem(progressKey(id)) !== null);
  } catch {
    // Storage refused (blocked site data): there is nothing saved to show.
    return false;
  }
}

/** Where a held click is replayed: the same element, or its namesake if the island re-rendered it. */
function replayTarget(el: HTMLElement, target: Element): HTMLElement | undefined {
  if (target.isConnected) return target as HTMLElement;
  const name = target.getAttribute('name');
  const id = target.id;
  const found =
    (name ? el.querySelector(`[name="${CSS.escape(name)}"]`) : null) ??
    (id ? el.querySelector(`#${CSS.escape(id)}`) : null);
  return found instanceof HTMLElement ? found : undefined;
}

function whenReady(el: HTMLElement): Promise<void> {
  const ready = () => !el.hasAttribute('ssr') && !el.querySelector('[data-hydrated="false"]');
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, READY_TIMEOUT_MS);
    observer.observe(el, { attributes: true, subtree: true, childList: true });
  });
}

const interact: ClientDirective = (load, options, el) => {
  const value = (typeof options.value === 'object' ? options.value : {}) as InteractOptions;
  const held: Element[] = [];
  let started = false;

  const holdClick = (event: Event) => {
    const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    if (!control || !el.contains(control)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(event.target as Element);
    void start();
  };

  const onHashChange = () => {
    if (mustHydrateNow(value)) void start();
  };

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) el.removeEventListener(type, onFirstUse, true);
    window.removeEventListener('hashchange', onHashChange);
    const hydrate = await load();
    await hydrate();
    await whenReady(el);
    el.removeEventListener('click', holdClick, true);
    for (const target of held.splice(0)) replayTarget(el, target)?.click();
  }

  function onFirstUse() {
    void start();
  }

  el.addEventListener('click', holdClick, true);
  if (mustHydrateNow(value)) {
    // Saved progress adds lines (notes, N/A reasons, counts) as it loads: the island stays hidden,
    // keeping its place, until it is ready, so nothing on screen jumps (CLS 0). Shown anyway after
    // a while, as it was rendered, should the script never arrive.
    el.style.visibility = 'hidden';
    const show = () => el.style.removeProperty('visibility');
    const fallback = setTimeout(show, REVEAL_TIMEOUT_MS);
    void start().finally(() => {
      clearTimeout(fallback);
      show();
    });
    return;
  }
  for (const type of FIRST_USE)
    el.addEventListener(type, onFirstUse, { capture: true, passive: true });
  window.addEventListener('hashchange', onHashChange);
};

export default interact;
