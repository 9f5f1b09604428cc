// Loads a checklist's code on the reader's first use of it, so a page that is only read loads no
// framework. "First use" is a pointer, touch, focus or key event inside the element. It loads at
// once instead when `now()` says the browser holds something to show (saved progress, a share
// link); `now()` is asked again when the address's fragment changes.
//
// Clicks on a control before the code is ready are held back (a checkbox is not toggled by the
// browser) and replayed, in order, once it is ready, so the first click is never lost. "Ready" is
// when `hydrated()` holds and no element inside still says data-hydrated="false" (the checklist
// sets it to "true" once its saved progress is loaded).
//
// Used by the `client:interact` directive (src/integrations/interact/) on widget pages and by the
// <tracked-list> element (../tracked-list/) on reading pages: one copy of this behaviour.

export interface FirstUseOptions {
  /** Whether to load at once (something saved or shared to show). */
  now: () => boolean;
  /** Loads and hydrates the code. */
  load: () => Promise<unknown>;
  /** Whether the element has hydrated (besides its data-hydrated flags). */
  hydrated: () => boolean;
}

// pointerover: a mouse on its way to a control starts loading before the click.
const FIRST_USE = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
/** Elements whose click does something the code must see (links navigate by themselves). */
const CONTROLS = 'input,button,select,textarea,summary,label';
/** How long a held click waits for the code before it is replayed anyway. */
const READY_TIMEOUT_MS = 10_000;
/** How long an element with saved progress stays hidden, at most, while it loads. */
const REVEAL_TIMEOUT_MS = 3_000;

/** Where a held click is replayed: the same element, or its namesake if it was re-rendered. */
function replayTarget(el: HTMLElement, target: Element): HTMLElement | undefined {
  if (target.isConnected) return target as HTMLElement;
  const name = target.getAttribute('name');
  const id = target.id;
  const found =
    (name ? el.querySelector(`[name="${CSS.escape(name)}"]`) : null) ??
    (id ? el.querySelector(`#${CSS.escape(id)}`) : null);
  return found instanceof HTMLElement ? found : undefined;
}

function whenReady(el: HTMLElement, hydrated: () => boolean): Promise<void> {
  const ready = () => hydrated() && !el.querySelector('[data-hydrated="false"]');
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

export function loadOnFirstUse(el: HTMLElement, { now, load, hydrated }: FirstUseOptions): void {
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
    if (now()) void start();
  };

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    for (const type of FIRST_USE) el.removeEventListener(type, onFirstUse, true);
    window.removeEventListener('hashchange', onHashChange);
    await load();
    await whenReady(el, hydrated);
    el.removeEventListener('click', holdClick, true);
    for (const target of held.splice(0)) replayTarget(el, target)?.click();
  }

  function onFirstUse() {
    void start();
  }

  el.addEventListener('click', holdClick, true);
  if (now()) {
    // Saved progress adds lines (notes, N/A reasons, counts) as it loads: the element stays
    // hidden, keeping its place, until it is ready, so nothing on screen jumps (CLS 0). Shown
    // anyway after a while, as it was rendered, should the script never arrive.
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
}
