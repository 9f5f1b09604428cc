/**
 * What a page declares to Pagefind so that search can narrow by stage and by page type. Pages pass
 * content (stage short names) and a kind id; the filter keys and kind labels come from strings.ts.
 */
import type { TopicNeedRow } from '../topic-needs.ts';
import { searchStrings, type KindId } from './strings.ts';

/** One `filter: value` pair, rendered as `<meta data-pagefind-filter="key[content]" content>`. */
export interface FilterTag {
  key: string;
  value: string;
}

/**
 * The filter tags of a page of kind `kind` about the stages named `stageNames` (short names, in
 * lifecycle order). Blank and repeated names are dropped, so callers can pass what content gives.
 */
export function pageFilterTags(kind: KindId, stageNames: readonly string[] = []): FilterTag[] {
  const { filters, kinds } = searchStrings;
  const stages = [...new Set(stageNames.map((name) => name.trim()).filter((name) => name !== ''))];
  return [
    { key: filters.kind.key, value: kinds[kind] },
    ...stages.map((value) => ({ key: filters.stage.key, value })),
  ];
}

/**
 * The stages that need a topic: those that list it as essential or reference (or through a
 * general line such as "All previous stage documentation"), or name it as a key document. A
 * stage that lists the topic only under "Skip" does not need it.
 */
export function stagesNeedingTopic(rows: readonly TopicNeedRow[]): string[] {
  return rows
    .filter((row) => row.keyDoc || row.needs.some((need) => need.need !== 'skip'))
    .map((row) => row.stageId);
}
