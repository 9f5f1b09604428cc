/**
 * Saved checklist progress in the reader's browser (localStorage, passed in as `storage`).
 *
 * ## Keys
 *
 * - `ilg:checklist:<checklist id>:v1`: the progress of one checklist. `<checklist id>` is the
 *   list's stable id ("poc-to-mvp", "integration-template/mvp-to-production",
 *   "stages/poc/success-criteria"); `v1` is the version of the stored format below, not of the
 *   content. The content version lives inside the record, so a content change never orphans a key.
 * - `ilg:checklist:<checklist id>:v1:unreadable:<ISO time>` (then `-2`, `-3`, … if taken): a value
 *   under the key above that could not be read, moved here untouched before anything is saved.
 * - `ilg:checklist:<template id>:pair`: the stage pair last chosen for the integration template
 *   ("poc-to-mvp"); each pair's progress is its own checklist ("integration-template/poc-to-mvp").
 *
 * ## Stored JSON (format 1)
 *
 * ```json
 * {
 *   "format": 1,
 *   "checklist": "poc-to-mvp",
 *   "contentVersion": "1",
 *   "savedAt": "2026-11-30T09:12:00.000Z",
 *   "hideDone": false,
 *   "items": {
 *     "implement-graceful-shutdown": { "text": "Implement graceful shutdown", "status": "done", "changedAt": "2026-11-30T09:11:58.120Z" },
 *     "remove-poc-hacks": { "text": "Remove POC-specific hacks", "status": "na", "reason": "No hacks left", "changedAt": "2026-11-30T09:12:00.000Z" },
 *     "add-basic-monitoring": { "text": "Add basic monitoring (metrics endpoint)", "status": "open", "note": "Prometheus" },
 *     "add-health-check-endpoint": { "text": "Add health check endpoint", "status": "open" }
 *   }
 * }
 * ```
 *
 * - `items` holds **every** item of the checklist when it was saved, keyed by item id (never by
 *   position), with the item's words at the time. The words let the page name items that were
 *   removed or reworded since; the full id list tells new items from old ones.
 * - `status` is `open`, `done` or `na` (not applicable); `reason` is kept only for `na` (≤ 200
 *   characters); `note` is the reader's note (≤ 1,000 characters). Longer ones (a hand-edited
 *   record) are cut to fit when read, and the reader is told how many were cut.
 * - `changedAt` (optional) is when the item last changed, an ISO 8601 UTC moment from this
 *   browser's clock. It is absent on items nobody has changed since times were first recorded:
 *   records written before it existed stay valid (format 1) and their items count as changed at
 *   an unknown, earliest time.
 * - `contentVersion` is the checklist's `version` from content/ ("1"), or, for stage lists, which
 *   have none, a fingerprint of their item ids ("ids-1a2b3c4d"); see content-version.ts.
 * - At most 1,000 items; a record with more is unreadable (kept aside as below).
 *
 * ## Lifecycle
 *
 * 1. Page load (after hydration): `readProgress`. Nothing stored → an empty checklist. A readable
 *    record → `reconcile` (reconcile.ts) fits it to the current items.
 * 2. Every change the reader makes stamps the items it changed with the time (sync.ts), then the
 *    record is read again, merged (below) and written whole.
 * 3. Reset opens every item (each stamped); Undo puts back only the items that Reset changed and
 *    nobody has changed since, and says how many it left alone.
 *
 * ## Several tabs (the merge)
 *
 * Two tabs of one browser may show the same checklist. The record is merged **per item**, never
 * replaced whole: for each item the copy with the later `changedAt` wins (equal times: the same
 * copy in every tab, so they agree). The merge runs before every write (storage may hold another
 * tab's newer items) and on the `storage` event another tab's write fires here; if this tab holds
 * newer items than the record it received, it writes the merge back, so a write that raced with
 * another tab's write is repaired. Ticking item A in one tab and item B in the other keeps both;
 * a change in one tab never undoes an unrelated change in another. `hideDone` is one setting for
 * the whole record: the last write wins.
 *
 * ## When the content changes
 *
 * - An item's words change, its id stays: its tick, N/A and note stay; the reader is told which
 *   ticked items were reworded.
 * - An item is added: it starts open; the reader is told.
 * - An item is removed: its progress is dropped when the record is next written; the reader is
 *   told what was dropped.
 * - Items move or change phase: nothing happens; positions are never stored.
 * - The content version is bumped: the same id-by-id reconciliation runs; the version is stored
 *   only to say what the progress was saved against.
 *
 * ## When something goes wrong
 *
 * - The value cannot be read (not JSON, another shape, another checklist, a newer format): it is
 *   copied to an `…:unreadable:<time>` key (never overwriting one); only once the copy reads back
 *   identical is the original key cleared. The reader is told the key (and can download the
 *   value), and the checklist starts empty. If the copy fails, the original is left as it is and
 *   nothing is written over it for as long as the page is open.
 * - Storage is missing or refuses (private mode, blocked site data, quota): every function here
 *   reports it instead of throwing; the page keeps working in memory and says progress is not kept.
 */
import {
  readProgress,
  STORAGE_FORMAT,
  progressKey,
  type StorageLike,
  type StoredProgress,
} from './stored-record.ts';
import type { ChecklistModel } from './model.ts';
import type { Progress } from './state.ts';
import { changeTimesOf, reconcile, snapshotOf, type ContentChanges } from './reconcile.ts';
import type { ChangeTimes, TrackedProgress } from './sync.ts';

// The read side lives in stored-record.ts, so a page that only reads (the checklists page's
// saved-progress line) does not load the merge and write code below.
export {
  STORAGE_FORMAT,
  parseStoredRecord,
  progressKey,
  readProgress,
  type ReadResult,
  type StorageLike,
  type StoredProgress,
} from './stored-record.ts';

/** Stored progress fitted to the checklist as it is now: the plan page and the island read this. */
export interface SavedProgress extends TrackedProgress {
  readonly hideDone: boolean;
  readonly savedAt: string;
  /** How the content changed since it was saved. */
  readonly changes: ContentChanges;
}

/**
 * The read API for other pages (the plan page): a checklist's saved progress on its current
 * items, with change times. `undefined` when nothing usable is stored (nothing saved, storage
 * refused, or a record this page cannot read; the checklist's own page explains those).
 */
export function readSavedProgress(
  storage: StorageLike | undefined,
  model: ChecklistModel,
): SavedProgress | undefined {
  const result = readProgress(storage, model.id);
  if (result.kind !== 'loaded') return undefined;
  return savedProgressOf(result.stored, model);
}

/** A loaded record fitted to the current items. */
export function savedProgressOf(stored: StoredProgress, model: ChecklistModel): SavedProgress {
  const { items, changes } = reconcile(stored.snapshot, model);
  return {
    items,
    changedAt: changeTimesOf(stored.snapshot, model),
    hideDone: stored.hideDone,
    savedAt: stored.savedAt,
    changes,
  };
}

/** The record written for a checklist's progress (the format documented above). */
export function storedRecord(
  model: ChecklistModel,
  items: Progress,
  hideDone: boolean,
  now: Date,
  changedAt: ChangeTimes = {},
): Record<string, unknown> {
  const snapshot = snapshotOf(model, items);
  const stamped = Object.fromEntries(
    Object.entries(snapshot.items).map(([id, item]) => {
      const time = Object.hasOwn(changedAt, id) ? changedAt[id] : undefined;
      return [
        id,
        time !== undefined && time > 0
          ? { ...item, changedAt: new Date(time).toISOString() }
          : item,
      ];
    }),
  );
  return {
    format: STORAGE_FORMAT,
    checklist: model.id,
    contentVersion: model.contentVersion,
    savedAt: now.toISOString(),
    hideDone,
    items: stamped,
  };
}

/** Writes a checklist's progress; `false` when storage is missing or refuses (quota, privacy). */
export function writeProgress(
  storage: StorageLike | undefined,
  model: ChecklistModel,
  items: Progress,
  hideDone: boolean,
  now: Date,
  changedAt: ChangeTimes = {},
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(
      progressKey(model.id),
      JSON.stringify(storedRecord(model, items, hideDone, now, changedAt)),
    );
    return true;
  } catch {
    return false;
  }
}

export { keepAside, storageWorks } from './storage-rescue.ts';
export { pairKey, readPair, writePair } from './pair-storage.ts';
