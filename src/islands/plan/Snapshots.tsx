import { useId, useState } from 'react';
import type { Progress } from '../../lib/checklist/state.ts';
import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import type { Plan, PlanInput } from '../../lib/plan/plan.ts';
import { diffSnapshots, snapshotOf, type Snapshot } from '../../lib/plan/snapshot.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import type { CalendarDate } from '../../lib/decide/calendar-date.ts';
import type { SnapshotStoreState } from './useSnapshotStore.ts';
import { SnapshotDiffView } from './SnapshotDiffView.tsx';
import { TOOL_NAMES } from '../../client/plan/state.ts';
import styles from './Plan.module.css';

interface Props {
  plan: Plan;
  input: PlanInput;
  progress: Progress;
  today: CalendarDate;
  store: SnapshotStoreState;
  snapshots: readonly Snapshot[];
  /** Adds a snapshot; returns whether storage kept it. */
  onSave: (snapshot: Snapshot) => void;
  /** What the last save or import did, in words. */
  message: string;
}

const NOW = 'now';

/** The snapshots section as the server renders it: its save button works once the island is ready. */
export function SnapshotsShell() {
  return (
    <section aria-labelledby="plan-snapshots" className={`${styles.section} no-print`}>
      <h2 id="plan-snapshots">{t.snapshots.heading}</h2>
      <p>{t.snapshots.lead}</p>
      <p>
        <button type="button" name={TOOL_NAMES.save} className={styles.button}>
          {t.snapshots.save}
        </button>
      </p>
    </section>
  );
}

/** Save a dated copy of the plan; compare any two (or one with the plan as it is now). */
export function Snapshots({
  plan,
  input,
  progress,
  today,
  store,
  snapshots,
  onSave,
  message,
}: Props) {
  const id = useId();
  const current = snapshotOf(plan, input, progress, new Date(), toIsoDate(today));
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(NOW);
  const pick = (value: string) => (value === NOW ? current : snapshots.find((s) => s.id === value));
  // By default: the last snapshot against now, or the snapshot before the one chosen as "later".
  const toIndex = snapshots.findIndex((s) => s.id === to);
  const fallback = to === NOW ? snapshots.at(-1) : snapshots[Math.max(0, toIndex - 1)];
  const fromId = from || (fallback?.id ?? '');
  const a = pick(fromId);
  const b = pick(to);
  const label = (s: Snapshot) =>
    t.snapshots.label(t.snapshots.when(s.date, s.id.slice(11, 16)), s.stage.name, s.gaps.length);
  return (
    <section aria-labelledby="plan-snapshots" className={`${styles.section} no-print`}>
      <h2 id="plan-snapshots">{t.snapshots.heading}</h2>
      <p>{t.snapshots.lead}</p>
      {store.kind === 'unavailable' && <p className="callout">{t.snapshots.unavailable}</p>}
      {store.kind === 'kept-aside' && <p className="callout">{t.snapshots.keptAside(store.key)}</p>}
      {store.kind === 'not-kept-aside' && <p className="callout">{t.snapshots.notKeptAside}</p>}
      <p>
        <button
          type="button"
          name={TOOL_NAMES.save}
          className={styles.button}
          onClick={() => onSave(current)}
        >
          {t.snapshots.save}
        </button>
      </p>
      <div role="status">{message && <p>{message}</p>}</div>
      {snapshots.length === 0 ? (
        <p>{t.snapshots.none}</p>
      ) : (
        <fieldset className={styles.compare}>
          <legend>{t.snapshots.compare}</legend>
          <p className={styles.field}>
            <label htmlFor={`${id}-from`}>{t.snapshots.from}</label>
            <select
              id={`${id}-from`}
              value={fromId}
              onChange={(e) => setFrom(e.currentTarget.value)}
            >
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {label(s)}
                </option>
              ))}
            </select>
          </p>
          <p className={styles.field}>
            <label htmlFor={`${id}-to`}>{t.snapshots.to}</label>
            <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value={NOW}>{t.snapshots.current}</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {label(s)}
                </option>
              ))}
            </select>
          </p>
        </fieldset>
      )}
      {a && b && snapshots.length > 0 && <SnapshotDiffView diff={diffSnapshots(a, b)} />}
    </section>
  );
}
