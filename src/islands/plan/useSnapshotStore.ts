// The saved snapshots, read after the tools load (an unreadable value is moved aside first) and
// again when another tab changes them.
import { useEffect, useState } from 'react';
import type { Snapshot } from '../../lib/plan/snapshot.ts';
import {
  keepSnapshotsAside,
  readSnapshotStore,
  SNAPSHOTS_KEY,
} from '../../lib/plan/snapshot-storage.ts';
import { browserStorage } from '../shared/browser.ts';

export type SnapshotStoreState =
  | { kind: 'loading' }
  | { kind: 'ok' }
  | { kind: 'unavailable' }
  | { kind: 'kept-aside'; key: string }
  | { kind: 'not-kept-aside' };

export function useSnapshotStore() {
  const [store, setStore] = useState<SnapshotStoreState>({ kind: 'loading' });
  const [snapshots, setSnapshots] = useState<Snapshot[]>([]);
  useEffect(() => {
    const storage = browserStorage();
    const read = readSnapshotStore(storage);
    if (read.kind === 'unavailable') return setStore({ kind: 'unavailable' });
    setSnapshots(read.snapshots);
    if (read.kind === 'loaded') return setStore({ kind: 'ok' });
    const key = keepSnapshotsAside(storage, read.raw, new Date());
    setStore(key ? { kind: 'kept-aside', key } : { kind: 'not-kept-aside' });
  }, []);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SNAPSHOTS_KEY) return;
      const read = readSnapshotStore(browserStorage());
      if (read.kind === 'loaded') setSnapshots(read.snapshots);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return { store, snapshots, setSnapshots };
}
