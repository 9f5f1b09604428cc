// `client:interact`: hydrates an island on the reader's first use of it, or at once when the
// browser holds something for it to show: saved progress of one of the checklist ids given as
// `checklists`, or a share link for one; or, with `address: true`, any query or fragment in the
// page's address (a shared view to apply). The first click is held and replayed (see
// src/client/lazy-hydration/on-first-use.ts, which reading pages' <tracked-list> shares).
//
// Astro bundles this file with esbuild into an inline script of every page that uses it (and
// hashes it for the CSP): keep its imports small.
import type { ClientDirective } from 'astro';
import { loadOnFirstUse } from '../../client/lazy-hydration/on-first-use.ts';
import { mustShowAtOnce } from '../../lib/checklist/show-at-once.ts';

/** The value of `client:interact={…}`. */
export interface InteractOptions {
  /** Checklist ids whose saved progress or share link hydrates the island at once. */
  checklists?: readonly string[];
  /** Whether any query or fragment in the address hydrates the island at once. */
  address?: boolean;
}

const interact: ClientDirective = (load, options, el) => {
  const { checklists = [], address = false } = (
    typeof options.value === 'object' ? options.value : {}
  ) as InteractOptions;
  loadOnFirstUse(el, {
    now: () =>
      (address && (location.search.length > 1 || location.hash.length > 1)) ||
      mustShowAtOnce(checklists, location.hash, (key) => localStorage.getItem(key)),
    load: async () => {
      const hydrate = await load();
      await hydrate();
    },
    // Astro removes `ssr` once the island has hydrated.
    hydrated: () => !el.hasAttribute('ssr'),
  });
};

export default interact;
