/**
 * What the checklist's status line says after the reader changes an item: the item and its new
 * state, the count of its phase and the count of the whole checklist ("Done: Add health check
 * endpoint. Week 1: Reliability: 3 of 5 done. In all: 8 of 30 done.").
 */
import { plainText } from '../inline.ts';
import { shorten } from '../shorten.ts';
import { findItem, sectionOf, type ChecklistModel } from './model.ts';
import { countItems, countProgress, itemProgress, type Progress } from './state.ts';
import type { ContentChanges } from './reconcile.ts';
import { listWords, quoted } from '../words.ts';
import { checklistStrings } from './strings.ts';

/** The kind of item change the reader made. */
export type ItemChange = 'ticked' | 'unticked' | 'marked-not-applicable' | 'cleared-not-applicable';

/** The sentence announced after an item change, counts included; empty for an unknown item. */
export function describeItemChange(
  model: ChecklistModel,
  items: Progress,
  id: string,
  change: ItemChange,
): string {
  const item = findItem(model, id);
  const section = sectionOf(model, id);
  if (item === undefined || section === undefined) return '';
  const a = checklistStrings.announce;
  const words = plainText(item.text);
  const first = {
    ticked: a.ticked,
    unticked: a.unticked,
    'marked-not-applicable': a.markedNotApplicable,
    'cleared-not-applicable': a.clearedNotApplicable,
  }[change](words);
  const all = countProgress(model, items).all;
  const parts = [first];
  if (model.sections.length > 1) {
    const counts = countItems(
      section.items.map((i) => i.id),
      items,
    );
    parts.push(a.section(section.heading, counts.done, counts.applicable));
  }
  parts.push(a.total(all.done, all.applicable));
  return parts.join(' ');
}

/** The ids of finished items (done or not applicable), for "Hide done". */
export function finishedIds(model: ChecklistModel, items: Progress): string[] {
  return model.sections
    .flatMap((s) => s.items)
    .filter((item) => itemProgress(items, item.id).status !== 'open')
    .map((item) => item.id);
}

/** Names for a sentence: "A, B and 3 more" past `max` names. */
export function nameList(names: readonly string[], max = 8): string {
  if (names.length <= max) return listWords(names);
  return listWords([...names.slice(0, max), `${names.length - max} more`]);
}

/** The longest item wording a notice quotes; saved data may bring any length. */
const MAX_QUOTED = 120;
const quote = (text: string) => quoted(shorten(plainText(text), MAX_QUOTED));

/** The sentences that tell the reader how the checklist changed since their progress was saved. */
export function describeChanges(changes: ContentChanges): string[] {
  const n = checklistStrings.notices;
  const sentences: string[] = [];
  if (changes.added.length > 0) {
    sentences.push(n.added(nameList(changes.added.map((i) => quote(i.text)))));
  }
  if (changes.removed.length > 0) {
    const names = changes.removed.map((r) => {
      const words = quote(r.text ?? r.id);
      if (r.status === 'done') return `${words} (${n.wasDone})`;
      if (r.status === 'na') return `${words} (${n.wasNotApplicable})`;
      return words;
    });
    sentences.push(n.removed(nameList(names)));
  }
  if (changes.reworded.length > 0) {
    sentences.push(n.reworded(nameList(changes.reworded.map((r) => quote(r.after)))));
  }
  return sentences;
}
