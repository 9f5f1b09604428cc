/**
 * The write side of the per-item merge (sync.ts, documented in storage.ts): read what storage
 * holds now, merge this tab's progress into it, write the merge. Never throws.
 */
import type { ChecklistModel } from './model.ts';
import {
  keepAside,
  readProgress,
  savedProgressOf,
  writeProgress,
  type StorageLike,
} from './storage.ts';
import { mergeProgress, type Merged, type TrackedProgress } from './sync.ts';

/** How a write went: saved, refused (missing, quota, privacy), or reading refused. */
export type Outcome = 'saved' | 'refused' | 'read-refused';

/** Writes a merge, saved now: whether storage took it. */
function writeMerge(
  storage: StorageLike | undefined,
  model: ChecklistModel,
  merged: Merged,
  hideDone: boolean,
): 'saved' | 'refused' {
  const written = writeProgress(
    storage,
    model,
    merged.items,
    hideDone,
    new Date(),
    merged.changedAt,
  );
  return written ? 'saved' : 'refused';
}

/** Reads the record, merges `mine` into it, writes the merge; returns it (or why not). */
export function mergeAndWrite(
  storage: StorageLike | undefined,
  model: ChecklistModel,
  mine: TrackedProgress,
  hideDone: boolean,
): { outcome: Outcome; merged: Merged | undefined } {
  const ids = model.sections.flatMap((s) => s.items.map((i) => i.id));
  const stored = readProgress(storage, model.id);
  if (stored.kind === 'unavailable') {
    return {
      outcome: stored.problem === 'read-refused' ? 'read-refused' : 'refused',
      merged: undefined,
    };
  }
  if (
    stored.kind === 'unreadable' &&
    keepAside(storage, model.id, stored.raw, new Date()) === undefined
  ) {
    return { outcome: 'refused', merged: undefined };
  }
  const theirs: TrackedProgress =
    stored.kind === 'loaded' ? savedProgressOf(stored.stored, model) : { items: {}, changedAt: {} };
  const merged = mergeProgress(ids, mine, theirs);
  return { outcome: writeMerge(storage, model, merged, hideDone), merged };
}

/**
 * Another tab wrote the record: merges it into `mine`. When `mine` holds newer items, the merge
 * is written back (if `canWrite`), repairing a write that raced with this tab's. `merged` is
 * undefined when the record cannot be read; `outcome` says how the write-back went.
 */
export function followStored(
  storage: StorageLike | undefined,
  model: ChecklistModel,
  mine: TrackedProgress,
  hideDone: boolean,
  canWrite: boolean,
): { merged: Merged | undefined; outcome: Outcome | 'not-needed' } {
  const stored = readProgress(storage, model.id);
  if (stored.kind !== 'loaded') return { merged: undefined, outcome: 'not-needed' };
  const ids = model.sections.flatMap((s) => s.items.map((i) => i.id));
  const merged = mergeProgress(ids, mine, savedProgressOf(stored.stored, model));
  if (merged.fromMine.length === 0 || !canWrite) return { merged, outcome: 'not-needed' };
  return { merged, outcome: writeMerge(storage, model, merged, hideDone) };
}
