/**
 * Snapshots in the reader's browser: one localStorage key, `ilg:plan:snapshots:v1`, holding a
 * JSON array of snapshots (snapshot.ts), oldest first. A value that does not read is moved,
 * untouched, to `ilg:plan:snapshots:v1:unreadable:<ISO time>` before anything is written, and the
 * reader is told; if it cannot be moved, nothing is written over it. Nothing here throws.
 */
import type { StorageLike } from '../checklist/storage.ts';
import { moveAside } from '../move-aside.ts';
import type { Snapshot } from './snapshot.ts';
import { mergeSnapshots, readSnapshots } from './snapshot-codec.ts';

export const SNAPSHOTS_KEY = 'ilg:plan:snapshots:v1';

export type SnapshotsRead =
  | { kind: 'loaded'; snapshots: Snapshot[] }
  | { kind: 'unavailable' }
  /** The stored value did not read (or held snapshots that did not); the usable ones are kept. */
  | { kind: 'unreadable'; raw: string; snapshots: Snapshot[] };

export function readSnapshotStore(storage: StorageLike | undefined): SnapshotsRead {
  if (storage === undefined) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(SNAPSHOTS_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'loaded', snapshots: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw, snapshots: [] };
  }
  const { snapshots, rejected } = readSnapshots(value);
  return rejected === 0 ? { kind: 'loaded', snapshots } : { kind: 'unreadable', raw, snapshots };
}

/** Moves an unreadable value aside (never over another) and returns its key; undefined on failure. */
export function keepSnapshotsAside(
  storage: StorageLike | undefined,
  raw: string,
  now: Date,
): string | undefined {
  return moveAside(storage, SNAPSHOTS_KEY, raw, now);
}

/** Writes every snapshot; false when storage is missing or refuses. */
export function writeSnapshotStore(
  storage: StorageLike | undefined,
  snapshots: readonly Snapshot[],
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(SNAPSHOTS_KEY, JSON.stringify(snapshots));
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds `incoming` to the snapshots stored now (not to a list read earlier: another tab, a second
 * plan or a checklist page importing a file, may have added some since) and writes the result.
 * `shown` (the list the page has) is merged in too, so nothing it holds is dropped. `written` is
 * false when storage is missing or refuses, or when the stored value does not read (it is never
 * written over; the page moved it aside when it first read it, or could not).
 */
export function addToSnapshotStore(
  storage: StorageLike | undefined,
  shown: readonly Snapshot[],
  incoming: readonly Snapshot[],
): { snapshots: Snapshot[]; added: number; written: boolean } {
  const stored = readSnapshotStore(storage);
  const base = stored.kind === 'loaded' ? mergeSnapshots(stored.snapshots, shown).snapshots : shown;
  const merged = mergeSnapshots(base, incoming);
  const written =
    stored.kind === 'loaded' && merged.added > 0
      ? writeSnapshotStore(storage, merged.snapshots)
      : stored.kind === 'loaded';
  return { ...merged, written };
}
