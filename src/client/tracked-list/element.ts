// <tracked-list>: a reading page's checklist (a stage's success criteria, an integration
// checkpoint, the integration template), server-rendered by the React checklist and hydrated by
// it on the reader's first use, or at once when the browser holds saved progress or a share link
// for it (./../lazy-hydration/on-first-use.ts, as `client:interact` does on widget pages). Until
// then the page loads no framework and, unlike an Astro island, no island runtime either: this
// file is all (the React checklist, ./mount.ts, is loaded by the first use).
//
// Markup (src/components/ChecklistBlock.astro, TemplateChecklistBlock.astro):
//   <script type="application/json">{props}</script>
//   <tracked-list data-component="list|template" data-checklists="id …" pending>…</tracked-list>
import { mustShowAtOnce } from '../../lib/checklist/show-at-once.ts';
import { loadOnFirstUse } from '../lazy-hydration/on-first-use.ts';
import mountUrl from './mount.ts?chunk-url';
import type * as Mount from './mount.ts';

type MountModule = typeof Mount;

class TrackedList extends HTMLElement {
  #wired = false;

  connectedCallback(): void {
    if (this.#wired || !this.hasAttribute('pending')) return;
    this.#wired = true;
    const ids = (this.dataset['checklists'] ?? '').split(' ').filter(Boolean);
    loadOnFirstUse(this, {
      now: () => mustShowAtOnce(ids, location.hash, (key) => localStorage.getItem(key)),
      load: () =>
        (import(/* @vite-ignore */ mountUrl) as Promise<MountModule>).then((module) =>
          module.mount(this),
        ),
      hydrated: () => !this.hasAttribute('pending'),
    });
  }
}

if (!customElements.get('tracked-list')) customElements.define('tracked-list', TrackedList);
