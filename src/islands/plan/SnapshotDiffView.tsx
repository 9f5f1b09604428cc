import type { SnapshotDiff } from '../../lib/plan/snapshot.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import styles from './Plan.module.css';

function List({ title, items }: { title: string; items: readonly { id: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    </>
  );
}

/** What changed between two snapshots: stage, gaps, items, deadlines in between. */
export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  const d = t.diff;
  const nothing =
    !diff.stage.changed &&
    diff.gapsClosed.length + diff.gapsOpened.length + diff.ticked.length + diff.reopened.length ===
      0 &&
    diff.deadlines.length === 0;
  return (
    <div className={styles.diff} aria-live="polite">
      <h3>{d.heading}</h3>
      <p>{d.stage(diff.stage.from, diff.stage.to)}</p>
      {diff.counts && <p>{d.counts(diff.counts.from, diff.counts.to, diff.counts.total)}</p>}
      {nothing && <p>{d.nothing}</p>}
      <List title={d.closed(diff.gapsClosed.length)} items={diff.gapsClosed} />
      <List title={d.opened(diff.gapsOpened.length)} items={diff.gapsOpened} />
      <List title={d.ticked(diff.ticked.length)} items={diff.ticked} />
      <List title={d.reopened(diff.reopened.length)} items={diff.reopened} />
      {diff.deadlines.length > 0 && (
        <>
          <h4>{d.deadlines}</h4>
          <ul>
            {diff.deadlines.map((x) => (
              <li key={`${x.label}-${x.date}`}>
                {x.label}, {x.date}: <strong>{x.met ? d.met : d.missed}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
