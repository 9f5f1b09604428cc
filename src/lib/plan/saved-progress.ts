/**
 * The checklists page's line under each checklist: what this browser has saved for it, read with
 * the checklist's storage API. Nothing saved, or nothing readable, says nothing.
 */
import { countItems } from '../checklist/state.ts';
import { savedProgressWords } from '../checklist/record-strings.ts';
import { readProgress, type StorageLike } from '../checklist/stored-record.ts';

/** "Saved in this browser: 5 of 26 done, 1 not applicable."; "" when nothing is saved. */
export function savedProgressLine(
  storage: StorageLike | undefined,
  checklistId: string,
  itemIds: readonly string[],
): string {
  const read = readProgress(storage, checklistId);
  if (read.kind !== 'loaded') return '';
  const c = countItems(itemIds, read.stored.snapshot.items);
  if (c.done === 0 && c.notApplicable === 0) return '';
  return savedProgressWords(c.done, c.applicable, c.notApplicable);
}
