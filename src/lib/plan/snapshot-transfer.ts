/**
 * Snapshots to and from a JSON progress file, through this browser's snapshot store
 * (snapshot-storage.ts). The plan page and a checklist's own page write and read the same files
 * (progress-file.ts): a file carries every snapshot saved here, and importing one adds the
 * snapshots this browser does not hold yet, never replacing any. A store that does not read is
 * moved aside first, as the plan page does; one that cannot be moved aside is never written.
 */
import type { StorageLike } from '../checklist/storage.ts';
import { snapshotsFromFile } from './progress-file.ts';
import type { Snapshot } from './snapshot.ts';
import { mergeSnapshots } from './snapshot-codec.ts';
import { keepSnapshotsAside, readSnapshotStore, writeSnapshotStore } from './snapshot-storage.ts';

/** The snapshots a progress file written here carries: every one that reads. */
export function snapshotsToExport(storage: StorageLike | undefined): Snapshot[] {
  const read = readSnapshotStore(storage);
  return read.kind === 'unavailable' ? [] : read.snapshots;
}

export type SnapshotImport =
  /** The file holds no snapshots this browser lacks (an older file holds none at all). */
  | { kind: 'none' }
  | { kind: 'added'; added: number; keptAside?: string | undefined }
  /** The file's snapshots could not be kept: storage refused, or held a value not moved aside. */
  | { kind: 'not-saved'; added: number };

/** Adds a progress file's snapshots to this browser's store; never throws. */
export function importSnapshots(
  storage: StorageLike | undefined,
  fileText: string,
  checklistId: string,
  now: Date,
): SnapshotImport {
  const file = snapshotsFromFile(fileText, checklistId);
  if (!file.ok || file.snapshots.length === 0) return { kind: 'none' };
  const stored = readSnapshotStore(storage);
  const held = stored.kind === 'unavailable' ? [] : stored.snapshots;
  const merged = mergeSnapshots(held, file.snapshots);
  if (merged.added === 0) return { kind: 'none' };
  if (stored.kind === 'unavailable') return { kind: 'not-saved', added: merged.added };
  let keptAside: string | undefined;
  if (stored.kind === 'unreadable') {
    keptAside = keepSnapshotsAside(storage, stored.raw, now);
    if (keptAside === undefined) return { kind: 'not-saved', added: merged.added };
  }
  return writeSnapshotStore(storage, merged.snapshots)
    ? { kind: 'added', added: merged.added, keptAside }
    : { kind: 'not-saved', added: merged.added };
}
