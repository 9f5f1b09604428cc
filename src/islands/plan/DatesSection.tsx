import { useId } from 'react';
import { DATES_ANCHOR, type Plan } from '../../lib/plan/plan.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { integrationText } from '../../lib/plan/describe.ts';
import styles from './Plan.module.css';

interface Props {
  plan: Plan;
  start: string;
  onStart: (start: string) => void;
}

/** The start date, the integration deadline or review, and where the guide sets the time box. */
export function DatesSection({ plan, start, onStart }: Props) {
  const inputId = useId();
  const hintId = useId();
  const overdue = plan.integration.kind === 'deadline' && plan.integration.status !== 'open';
  return (
    <section aria-labelledby={DATES_ANCHOR} className={styles.section}>
      <h2 id={DATES_ANCHOR}>{t.dates.heading}</h2>
      <p className={`${styles.field} no-print`}>
        <label htmlFor={inputId}>{t.dates.startLabel}</label>
        <input
          id={inputId}
          type="date"
          value={start}
          aria-describedby={hintId}
          onChange={(e) => onStart(e.currentTarget.value)}
        />
        <span id={hintId} className={styles.hint}>
          {t.dates.startHint}
        </span>
      </p>
      {start && <p className="print-only">{`${t.dates.startLabel}: ${start}`}</p>}
      {plan.stage.timeBox && <p>{t.dates.timeBox(plan.stage.timeBox.maxDuration)}</p>}
      <p role="status" className={overdue ? styles.warning : undefined}>
        {integrationText(plan)}{' '}
        {plan.stage.checkpointHref && <a href={plan.stage.checkpointHref}>{t.dates.deadlineWhy}</a>}
      </p>
    </section>
  );
}
