import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import type { Plan } from '../../lib/plan/plan.ts';
import type { ProgressSource } from '../../lib/plan/progress.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { DATES_ANCHOR } from '../../lib/plan/plan.ts';
import styles from './Plan.module.css';

interface Props {
  plan: Plan;
  source: ProgressSource;
  /** The link's fragment, when the progress shown came from it. */
  sharedFragment: string;
}

/** The next migration checklist: its phases with due dates and the saved progress of each. */
export function MigrationTable({ plan, source, sharedFragment }: Props) {
  const m = plan.migration;
  const s = t.migration;
  // The example for the site's reading of periods: the first phase that has one.
  const dated = m?.phases.find((p) => p.phase.period && p.phase.due);
  return (
    <section aria-labelledby="plan-migration" className={styles.section}>
      <h2 id="plan-migration">{s.heading}</h2>
      {m === undefined ? (
        <p>{s.none}</p>
      ) : (
        <>
          <p>
            <a href={m.href}>{m.title}</a>:{' '}
            {s.progress(m.counts.done, m.counts.applicable, m.counts.notApplicable)}
          </p>
          {source.kind === 'link' && (
            <p className="callout no-print" role="note">
              {s.fromLink} <a href={`${m.href}${sharedFragment}`}>{s.openWithLink}</a>
            </p>
          )}
          {source.kind === 'unavailable' && <p className="callout">{s.storage.unavailable}</p>}
          {source.kind === 'unreadable' && (
            <p className="callout">{s.storage.unreadable(source.problem)}</p>
          )}
          {dated && dated.phase.period && dated.phase.due && (
            <p className="callout" data-kind="site-guidance">
              <strong>{s.dueReadingLabel}:</strong>{' '}
              {s.dueReading(dated.phase.period, s.periodLength(dated.phase.due))}
            </p>
          )}
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">{m.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.phase}</th>
                  <th scope="col">{s.due}</th>
                  <th scope="col">{s.done}</th>
                  <th scope="col">{s.status}</th>
                </tr>
              </thead>
              <tbody>
                {m.phases.map((p) => (
                  <tr key={p.phase.id}>
                    <th scope="row">
                      <a href={`${m.href}#${p.phase.id}`}>{p.phase.heading}</a>
                    </th>
                    <td>
                      {p.due ? (
                        toIsoDate(p.due)
                      ) : p.phase.due ? (
                        <a className="no-print" href={`#${DATES_ANCHOR}`}>
                          {s.noDate}
                        </a>
                      ) : (
                        ''
                      )}
                    </td>
                    <td>{`${p.counts.done + p.counts.notApplicable} / ${p.counts.total}`}</td>
                    <td>
                      {p.finished
                        ? s.finished
                        : p.late
                          ? `${s.late}: ${s.open(p.counts.open)}`
                          : s.open(p.counts.open)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
