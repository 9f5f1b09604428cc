import type { Plan } from '../../lib/plan/plan.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { actionText } from '../../lib/plan/describe.ts';
import styles from './Plan.module.css';

/** The three next actions, each a link to where the guide says it. */
export function ActionsList({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="plan-actions" className={styles.section}>
      <h2 id="plan-actions">{t.actions.heading}</h2>
      <ol className={styles.actions}>
        {plan.actions.map((action) => (
          <li key={`${action.kind}-${action.href}`}>
            <a href={action.href}>{actionText(action)}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
