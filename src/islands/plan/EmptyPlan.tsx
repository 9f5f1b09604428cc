import { planHrefForStage } from '../../lib/plan/links.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import styles from './Plan.module.css';

/**
 * No answers and no stage: say how to get a plan. Rendered on the server too, with links rather
 * than buttons, so the page offers its choices before any script loads (the island hydrates on
 * first use, or at once when the address carries a plan).
 */
export function EmptyPlan({ model }: { model: PlanModel }) {
  return (
    <section aria-labelledby="plan-empty" className={styles.section}>
      <h2 id="plan-empty">{t.empty.heading}</h2>
      <p>{t.empty.text}</p>
      <p>
        <a href={t.quizHref}>{t.empty.quiz}</a>
      </p>
      <p>{t.empty.orChoose}</p>
      <ul className={styles.inlineList}>
        {model.stages.map((s) => (
          <li key={s.id}>
            <a href={planHrefForStage(s.id)}>{s.heading}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
