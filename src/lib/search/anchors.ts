/**
 * Attributes that make one item of a long page (a checklist item, a requirement, a matrix row)
 * a search result of its own, landing on the item's anchor. Spread them on the element that
 * carries the item's `id`: `<li id={item.id} {...searchAnchor(sectionHeading, item.text)}>`.
 *
 * Pagefind splits a page into sub-results at headings with an id, and at any element with both an
 * `id` and a `data-pagefind-title` (the sub-result's title: here the heading of the item's
 * section, which the result shows above the item's words).
 *
 * Pagefind never indexes text inside `<label>` or `<form>`. Checklist items keep their words in
 * the checkbox's label, so pass the item's text as `labelText`: it is indexed from an attribute
 * (`data-pagefind-index-attrs`) at the item's place in the page.
 */
import { plainText } from '../inline.ts';

/** The attribute that holds a labelled item's words for the index. */
export const INDEXED_TEXT_ATTRIBUTE = 'data-search-text';

export type SearchAnchorAttributes = Record<string, string>;

export function searchAnchor(sectionTitle: string, labelText?: string): SearchAnchorAttributes {
  const attributes: SearchAnchorAttributes = {};
  const title = plainText(sectionTitle).replace(/\s+/g, ' ').trim();
  if (title !== '') attributes['data-pagefind-title'] = title;
  const text = labelText === undefined ? '' : plainText(labelText).replace(/\s+/g, ' ').trim();
  if (text !== '') {
    attributes['data-pagefind-index-attrs'] = INDEXED_TEXT_ATTRIBUTE;
    attributes[INDEXED_TEXT_ATTRIBUTE] = text;
  }
  return attributes;
}
