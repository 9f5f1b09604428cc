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
 *     "implement-graceful-shutdown": { "text": "Implement graceful shutdown", "status": "done" },
 *     "remove-poc-hacks": { "text": "Remove POC-specific hacks", "status": "na", "reason": "No hacks left" },
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
 *   characters); `note` is the reader's note (≤ 1,000 characters).
 * - `contentVersion` is the checklist's `version` from content/ ("1"), or, for stage lists, which
 *   have none, a fingerprint of their item ids ("ids-1a2b3c4d"); see content-version.ts.
 *
 * ## Lifecycle
 *
 * 1. Page load (after hydration): `readProgress`. Nothing stored → an empty checklist. A readable
 *    record → `reconcile` (reconcile.ts) fits it to the current items.
 * 2. Every change the reader makes → `writeProgress` writes the whole record again.
 * 3. Reset writes a record with every item open (the reader can undo until the next change).
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
  CHECKLIST_ID,
  CONTENT_VERSION,
  isRecord,
  parseJson,
  parseSavedItems,
} from './items-codec.ts';
import type { ChecklistModel } from './model.ts';
import type { Progress } from './progress.ts';
import { snapshotOf, type ProgressSnapshot } from './reconcile.ts';

/** The part of the Web Storage API used here; tests pass an in-memory fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The version of the stored format documented above. */
export const STORAGE_FORMAT = 1;

/** The key of a checklist's progress. */
export function progressKey(checklistId: string): string {
  return `ilg:checklist:${checklistId}:v${STORAGE_FORMAT}`;
}

/** The key of the stage pair last chosen for a template. */
export function pairKey(templateId: string): string {
  return `ilg:checklist:${templateId}:pair`;
}

/** Stored progress, read back. */
export interface StoredProgress {
  readonly snapshot: ProgressSnapshot;
  readonly savedAt: string;
  readonly hideDone: boolean;
}

/** What reading found. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; stored: StoredProgress }
  | { kind: 'unreadable'; raw: string; problem: string }
  | { kind: 'unavailable' };

/** Checks a parsed value against the stored format; the problem is said in words. */
export function parseStoredRecord(
  value: unknown,
  checklistId: string,
): { ok: true; stored: StoredProgress } | { ok: false; problem: string } {
  if (!isRecord(value)) return { ok: false, problem: 'it is not a saved checklist' };
  if (value['format'] !== STORAGE_FORMAT) {
    return {
      ok: false,
      problem: `it has a stored format this page does not know (${String(value['format']).slice(0, 20)})`,
    };
  }
  const { checklist, contentVersion, savedAt, hideDone } = value;
  if (typeof checklist !== 'string' || !CHECKLIST_ID.test(checklist)) {
    return { ok: false, problem: 'it does not name its checklist' };
  }
  if (checklist !== checklistId) {
    return { ok: false, problem: `it belongs to another checklist ("${checklist}")` };
  }
  if (typeof contentVersion !== 'string' || !CONTENT_VERSION.test(contentVersion)) {
    return { ok: false, problem: 'it has no valid content version' };
  }
  if (typeof savedAt !== 'string') return { ok: false, problem: 'it has no save time' };
  if (hideDone !== undefined && typeof hideDone !== 'boolean') {
    return { ok: false, problem: 'its "hide done items" setting is not true or false' };
  }
  const items = parseSavedItems(value['items']);
  if (!items.ok) return items;
  return {
    ok: true,
    stored: {
      snapshot: { checklistId, contentVersion, items: items.value, complete: true },
      savedAt,
      hideDone: hideDone ?? false,
    },
  };
}

/** Reads a checklist's progress; never throws. */
export function readProgress(storage: StorageLike | undefined, checklistId: string): ReadResult {
  if (storage === undefined) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(progressKey(checklistId));
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'empty' };
  const json = parseJson(raw);
  if (!json.ok) return { kind: 'unreadable', raw, problem: json.problem };
  const record = parseStoredRecord(json.value, checklistId);
  if (!record.ok) return { kind: 'unreadable', raw, problem: record.problem };
  return { kind: 'loaded', stored: record.stored };
}

/** The record written for a checklist's progress (the format documented above). */
export function storedRecord(
  model: ChecklistModel,
  items: Progress,
  hideDone: boolean,
  now: Date,
): Record<string, unknown> {
  const snapshot = snapshotOf(model, items);
  return {
    format: STORAGE_FORMAT,
    checklist: model.id,
    contentVersion: model.contentVersion,
    savedAt: now.toISOString(),
    hideDone,
    items: snapshot.items,
  };
}

/** Writes a checklist's progress; `false` when storage is missing or refuses (quota, privacy). */
export function writeProgress(
  storage: StorageLike | undefined,
  model: ChecklistModel,
  items: Progress,
  hideDone: boolean,
  now: Date,
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(
      progressKey(model.id),
      JSON.stringify(storedRecord(model, items, hideDone, now)),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves an unreadable value to a key of its own, never overwriting one, and returns that key;
 * the original key is cleared only after the copy reads back identical. `undefined` when it could
 * not be copied: the original stays, and must not be written over.
 */
export function keepAside(
  storage: StorageLike | undefined,
  checklistId: string,
  raw: string,
  now: Date,
): string | undefined {
  if (storage === undefined) return undefined;
  const base = `${progressKey(checklistId)}:unreadable:${now.toISOString()}`;
  try {
    for (let n = 1; n < 100; n += 1) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (storage.getItem(key) !== null) continue;
      storage.setItem(key, raw);
      if (storage.getItem(key) !== raw) return undefined;
      storage.removeItem(progressKey(checklistId));
      return key;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Whether storage accepts a write right now (private modes may refuse every write). */
export function storageWorks(storage: StorageLike | undefined): boolean {
  if (storage === undefined) return false;
  const key = 'ilg:checklist:probe';
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The stage pair last chosen for a template, if storage has one among `pairIds`. */
export function readPair(
  storage: StorageLike | undefined,
  templateId: string,
  pairIds: readonly string[],
): string | undefined {
  if (storage === undefined) return undefined;
  try {
    const value = storage.getItem(pairKey(templateId));
    return value !== null && pairIds.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the chosen stage pair; `false` when storage refuses. */
export function writePair(
  storage: StorageLike | undefined,
  templateId: string,
  pairId: string,
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(pairKey(templateId), pairId);
    return true;
  } catch {
    return false;
  }
}
