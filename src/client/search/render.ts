// DOM for the search UI: the field, the filter choices and the results. Text goes in as text
// nodes (excerpts as parts, never innerHTML), so nothing from the index is parsed as markup.
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { FilterOption } from '../../lib/search/filters.ts';
import type { ResultView } from '../../lib/search/results.ts';
import { searchStrings } from '../../lib/search/strings.ts';

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** An element with attributes (true → present, false/undefined → absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

function excerpt(parts: readonly ExcerptPart[]): HTMLElement {
  const span = h('span', { class: 'search-excerpt' });
  for (const part of parts) span.append(part.mark ? h('mark', {}, part.text) : part.text);
  return span;
}

function countText(count: number | undefined): string {
  return count === undefined ? '' : `(${count})`;
}

/** One fieldset of checkboxes, "POC (3)", for one filter. */
export function filterFieldset(
  name: string,
  legend: string,
  options: readonly FilterOption[],
  chosen: readonly string[],
): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'search-filter', 'data-filter': name },
    h('legend', {}, legend),
    ...options.map((option) =>
      h(
        'label',
        { class: 'search-chip' },
        h('input', {
          type: 'checkbox',
          name,
          value: option.id,
          checked: chosen.includes(option.id),
        }),
        ` ${option.label} `,
        h('span', { class: 'search-count' }, countText(option.count)),
      ),
    ),
  );
}

/** Updates the counts and ticks of an existing fieldset without rebuilding it (focus stays). */
export function updateFieldset(
  fieldset: HTMLFieldSetElement,
  options: readonly FilterOption[],
  chosen: readonly string[],
): void {
  for (const option of options) {
    const input = fieldset.querySelector<HTMLInputElement>(
      `input[value="${CSS.escape(option.id)}"]`,
    );
    if (!input) continue;
    input.checked = chosen.includes(option.id);
    const count = input.parentElement?.querySelector('.search-count');
    if (count) count.textContent = countText(option.count);
  }
}

/** An option's id: unique per UI instance and position. */
export function optionId(prefix: string, index: number): string {
  return `${prefix}-option-${index}`;
}

/**
 * The results as listbox groups: one group per page (labelled by its title, page type and
 * stages), one option per place. Options are real links (`a[role=option]`), so a click, a middle
 * click or "copy link" behave as links do; they stay out of the Tab order (the field keeps focus).
 */
export function resultGroups(prefix: string, results: readonly ResultView[]): HTMLElement[] {
  let index = 0;
  return results.map((result, r) => {
    const labelId = `${prefix}-group-${r}`;
    const tags = searchStrings.resultTags(result.kind, result.stages);
    return h(
      'div',
      { role: 'group', class: 'search-result', 'aria-labelledby': labelId },
      h(
        'div',
        { class: 'search-result-head', id: labelId },
        h('span', { class: 'search-result-title' }, result.title),
        tags !== '' && h('span', { class: 'search-result-tags' }, ` ${tags}`),
      ),
      ...result.places.map((place) =>
        h(
          'a',
          {
            role: 'option',
            id: optionId(prefix, index++),
            href: place.url,
            tabindex: '-1',
            'aria-selected': 'false',
            class: place.isPage ? 'search-place is-page' : 'search-place',
          },
          h('span', { class: 'search-place-title' }, place.title),
          excerpt(place.excerpt),
        ),
      ),
    );
  });
}
