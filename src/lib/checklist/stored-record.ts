/**
 * Reading a checklist's saved progress: the key, the stored record's check and `readProgress`.
 * The format, keys and lifecycle are documented in storage.ts, which re-exports all of this and
 * holds the write and merge side; this module stays small for pages that only read.
 */
import { type Shortened, parseJson } from './items-codec.ts';
import { shorten } from '../shorten.ts';
import { progressKey, STORAGE_FORMAT } from './keys.ts';
import type { ProgressSnapshot } from './reconcile.ts';
import { parseProgressRecord, type RecordProblem } from './record-codec.ts';
import * as savedRecordStrings from './record-strings.ts';

/** The part of the Web Storage API used here; tests pass an in-memory fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export { progressKey, STORAGE_FORMAT };

/** Stored progress, read back. */
export interface StoredProgress {
  readonly snapshot: ProgressSnapshot;
  readonly savedAt: string;
  readonly hideDone: boolean;
  /** Texts over their limits that were cut to fit; undefined when none. */
  readonly shortened: Shortened | undefined;
}

/** What reading found. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; stored: StoredProgress }
  | { kind: 'unreadable'; raw: string; problem: string }
  | { kind: 'unavailable'; problem: 'missing' | 'read-refused' };

/** A value for a problem sentence; never calls the value's own methods (a crafted `toString`). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return shorten(value, 20);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

/** Checks a parsed value against the stored format; the problem is said in words. */
export function parseStoredRecord(
  value: unknown,
  checklistId: string,
): { ok: true; stored: StoredProgress } | { ok: false; problem: string } {
  const record = parseProgressRecord(value, checklistId, {
    notAnObject: savedRecordStrings.notSavedChecklist,
    format: (r) =>
      r['format'] === STORAGE_FORMAT
        ? undefined
        : savedRecordStrings.unknownStoredFormat(describeValue(r['format'])),
    otherChecklist: (checklist): RecordProblem => ({
      ok: false,
      problem: savedRecordStrings.storedForOther(shorten(checklist)),
    }),
    fields: ({ savedAt, hideDone }): { savedAt: string; hideDone: boolean } | RecordProblem => {
      if (typeof savedAt !== 'string') return { ok: false, problem: savedRecordStrings.noSaveTime };
      if (hideDone !== undefined && typeof hideDone !== 'boolean') {
        return { ok: false, problem: savedRecordStrings.badHideDone };
      }
      return { savedAt, hideDone: hideDone ?? false };
    },
  });
  if (!record.ok) return { ok: false, problem: record.problem };
  const { snapshot, fields, shortened } = record;
  return { ok: true, stored: { snapshot, ...fields, shortened } };
}

/** Reads a checklist's progress; never throws. */
export function readProgress(storage: StorageLike | undefined, checklistId: string): ReadResult {
  if (storage === undefined) return { kind: 'unavailable', problem: 'missing' };
  let raw: string | null;
  try {
    raw = storage.getItem(progressKey(checklistId));
  } catch {
    return { kind: 'unavailable', problem: 'read-refused' };
  }
  if (raw === null) return { kind: 'empty' };
  const json = parseJson(raw);
  if (!json.ok) return { kind: 'unreadable', raw, problem: json.problem };
  const record = parseStoredRecord(json.value, checklistId);
  if (!record.ok) return { kind: 'unreadable', raw, problem: record.problem };
  return { kind: 'loaded', stored: record.stored };
}
