// Hydrates a <tracked-list> (./element.ts) with the React checklist it was rendered from, with the
// props the page carries beside it as JSON. Loaded on the reader's first use of the list.
import { createElement, startTransition, type ComponentType, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import Checklist from '../../islands/checklist/Checklist.tsx';
import TemplateChecklist from '../../islands/checklist/TemplateChecklist.tsx';
import { readEmbeddedProps } from '../../lib/checklist/embedded-props.ts';

const COMPONENTS: Record<string, ComponentType<never>> = {
  list: Checklist as ComponentType<never>,
  template: TemplateChecklist as ComponentType<never>,
};

let roots = 0;

/**
 * Static content Astro passed as children: rendered as <astro-static-slot> on the server, kept as
 * it is here (React leaves an element with dangerouslySetInnerHTML alone when hydrating).
 */
function staticChildren(el: HTMLElement): ReactNode {
  const slot = el.querySelector('astro-static-slot');
  if (!slot) return undefined;
  return createElement('astro-static-slot', {
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: slot.innerHTML },
  });
}

export function mount(el: HTMLElement): void {
  const source = el.previousElementSibling;
  const component = COMPONENTS[el.dataset['component'] ?? ''];
  if (!component || !(source instanceof HTMLScriptElement)) {
    throw new Error('tracked-list: no component or no props script before the element');
  }
  const props = readEmbeddedProps(source.textContent ?? '');
  // The page's markup leaves a space around the server render (Astro keeps one between tags);
  // React would take it for content it did not render and render the list anew.
  for (const node of [...el.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node.remove();
  }
  const tree = createElement(component, props as never, staticChildren(el));
  roots += 1;
  // Each root its own prefix, so ids React makes (useId) never collide between lists. The server
  // rendered with Astro's own prefix, so the checklist shows no useId-made id before hydration
  // (its toolbar, tools and notes appear after it); one shown earlier would need the same prefix.
  const identifierPrefix = `t${roots}-`;
  startTransition(() => {
    hydrateRoot(el, tree, { identifierPrefix });
  });
  el.removeAttribute('pending');
}
