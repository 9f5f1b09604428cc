import { useState, useSyncExternalStore } from 'react';
import { planState, subscribePlanState, type PlanState } from '../../client/plan/state.ts';
import { snapshotsFromFile } from '../../lib/plan/progress-file.ts';
import type { Snapshot } from '../../lib/plan/snapshot.ts';
import { mergeSnapshots } from '../../lib/plan/snapshot-codec.ts';
import { addToSnapshotStore } from '../../lib/plan/snapshot-storage.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { browserStorage } from '../shared/browser.ts';
import { ShareTools, ShareToolsShell } from './ShareTools.tsx';
import { Snapshots, SnapshotsShell } from './Snapshots.tsx';
import { useSnapshotStore } from './useSnapshotStore.ts';
import styles from './Plan.module.css';

interface Props {
  /** The site's absolute address, for calendar links. */
  site: string;
}

/**
 * The plan's tools: share, export and snapshots. An island that hydrates on first use
 * (client:interact); the plan itself is rendered by the page's script (src/client/plan/), which
 * hands it over through ../../client/plan/state.ts. (No dynamic import here: it would make Vite's
 * preload helper a chunk shared with the search loader, which every page then loads.)
 */
export default function PlanTools({ site }: Props) {
  const state = useSyncExternalStore(subscribePlanState, planState, () => undefined);
  // The server's HTML (and the hydrating render) shows the controls, so a click before the island
  // is ready is held by client:interact and replayed once the tools have the plan.
  if (state === undefined) {
    return (
      <div className={styles.plan} data-hydrated="false">
        <ShareToolsShell />
        <SnapshotsShell />
      </div>
    );
  }
  return <Tools state={state} site={site} />;
}

function Tools({ state, site }: { state: PlanState; site: string }) {
  const { store, snapshots, setSnapshots } = useSnapshotStore();
  const [message, setMessage] = useState('');
  // Storage that refused, or holds a value that could not be moved aside, is never written.
  const writable = store.kind === 'ok' || store.kind === 'kept-aside';
  // Added to what is stored now, so snapshots another tab saved since are kept.
  const add = (incoming: readonly Snapshot[]) => {
    if (!writable) {
      const merged = mergeSnapshots(snapshots, incoming);
      setSnapshots(merged.snapshots);
      return { ...merged, written: false };
    }
    const result = addToSnapshotStore(browserStorage(), snapshots, incoming);
    setSnapshots(result.snapshots);
    return result;
  };
  const save = (snapshot: Snapshot) => {
    const { written } = add([snapshot]);
    setMessage(written ? t.snapshots.saved(snapshot.date) : t.snapshots.failed);
  };
  const importFile = (file: File) => {
    void file.text().then((text) => {
      const read = snapshotsFromFile(text, state.plan.stage.migration?.checklist.id ?? '');
      if (!read.ok) return setMessage(t.snapshots.importFailed(read.problem));
      const merged = add(read.snapshots);
      if (merged.added === 0) return setMessage(t.snapshots.importNone);
      setMessage(
        `${t.snapshots.imported(merged.added)}${merged.written ? '' : ` ${t.snapshots.failed}`}`,
      );
    });
  };
  // Ready for held clicks once the saved snapshots are read (a save must not overwrite them).
  return (
    <div className={styles.plan} data-hydrated={store.kind === 'loading' ? 'false' : 'true'}>
      <ShareTools {...state} site={site} snapshots={snapshots} onImport={importFile} />
      <Snapshots {...state} store={store} snapshots={snapshots} onSave={save} message={message} />
    </div>
  );
}
