import { useState } from 'react';
import type { Progress } from '../../lib/checklist/state.ts';
import type { CalendarDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import type { Plan, PlanInput } from '../../lib/plan/plan.ts';
import { snapshotsFromFile } from '../../lib/plan/progress-file.ts';
import type { Snapshot } from '../../lib/plan/snapshot.ts';
import { mergeSnapshots } from '../../lib/plan/snapshot-codec.ts';
import { writeSnapshotStore } from '../../lib/plan/snapshot-storage.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { browserStorage } from '../shared/browser.ts';
import { ShareTools } from './ShareTools.tsx';
import { Snapshots } from './Snapshots.tsx';
import { useSnapshotStore } from './useSnapshotStore.ts';
import styles from './Plan.module.css';

export interface PlanToolsProps {
  model: PlanModel;
  plan: Plan;
  input: PlanInput;
  progress: Progress;
  site: string;
  today: CalendarDate;
}

/**
 * Share, export and snapshots. (Not loaded lazily: a dynamic import here would make Vite's
 * preload helper a chunk shared with the search loader, which every page then loads.)
 */
export default function PlanTools(props: PlanToolsProps) {
  const { store, snapshots, setSnapshots } = useSnapshotStore();
  const [message, setMessage] = useState('');
  const keep = (next: Snapshot[]) => {
    setSnapshots(next);
    // Storage that refused, or holds a value that could not be moved aside, is never written.
    const writable = store.kind === 'ok' || store.kind === 'kept-aside';
    return writable && writeSnapshotStore(browserStorage(), next);
  };
  const save = (snapshot: Snapshot) => {
    const ok = keep(mergeSnapshots(snapshots, [snapshot]).snapshots);
    setMessage(ok ? t.snapshots.saved(snapshot.date) : t.snapshots.failed);
  };
  const importFile = (file: File) => {
    void file.text().then((text) => {
      const read = snapshotsFromFile(text, props.plan.stage.migration?.checklist.id ?? '');
      if (!read.ok) return setMessage(t.snapshots.importFailed(read.problem));
      const merged = mergeSnapshots(snapshots, read.snapshots);
      if (merged.added === 0) return setMessage(t.snapshots.importNone);
      const ok = keep(merged.snapshots);
      setMessage(`${t.snapshots.imported(merged.added)}${ok ? '' : ` ${t.snapshots.failed}`}`);
    });
  };
  return (
    <div className={styles.plan}>
      <ShareTools {...props} snapshots={snapshots} onImport={importFile} />
      <Snapshots {...props} store={store} snapshots={snapshots} onSave={save} message={message} />
    </div>
  );
}
