import type { PlanModel } from '../../lib/plan/model.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import styles from './Plan.module.css';

/** No answers and no stage: say how to get a plan. */
export function EmptyPlan({
  model,
  onChoose,
}: {
  model: PlanModel;
  onChoose: (stage: string) => void;
}) {
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
            <button type="button" className={styles.button} onClick={() => onChoose(s.id)}>
              {s.heading}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
