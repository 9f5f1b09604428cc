/**
 * The checklist progress the plan shows: the link's, when the link carries progress for the
 * plan's checklist (shown, never saved over the reader's own), else the progress saved in this
 * browser, read and fitted to the current items by the checklist's own storage API
 * (src/lib/checklist/storage.ts, the same reading the checklist page makes). Never throws; problems
 * come back as a kind for the page to say, which is why the result of `readProgress` is kept.
 */
import type { ChecklistModel } from '../checklist/model.ts';
import type { Progress } from '../checklist/state.ts';
import { reconcile } from '../checklist/reconcile.ts';
import type { SharedProgress } from '../checklist/share.ts';
import { readProgress, savedProgressOf, type StorageLike } from '../checklist/storage.ts';

export type ProgressSource =
  | { kind: 'none' }
  | { kind: 'link' }
  | { kind: 'saved' }
  | { kind: 'unavailable' }
  | { kind: 'unreadable'; problem: string };

export function planProgress(
  storage: StorageLike | undefined,
  checklist: ChecklistModel | undefined,
  shared: SharedProgress | undefined,
): { items: Progress; source: ProgressSource } {
  if (checklist === undefined) return { items: {}, source: { kind: 'none' } };
  if (shared !== undefined && shared.snapshot.checklistId === checklist.id) {
    return { items: reconcile(shared.snapshot, checklist).items, source: { kind: 'link' } };
  }
  const read = readProgress(storage, checklist.id);
  switch (read.kind) {
    case 'empty':
      return { items: {}, source: { kind: 'none' } };
    case 'loaded':
      return { items: savedProgressOf(read.stored, checklist).items, source: { kind: 'saved' } };
    case 'unreadable':
      return { items: {}, source: { kind: 'unreadable', problem: read.problem } };
    case 'unavailable':
      return { items: {}, source: { kind: 'unavailable' } };
    default:
      return read satisfies never;
  }
}
