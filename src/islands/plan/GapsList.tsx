import type { Gap } from '../../lib/plan/gaps.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import type { Plan } from '../../lib/plan/plan.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import styles from './Plan.module.css';

function closedBy(model: PlanModel, gap: Gap): string {
  if (gap.closed?.by === 'answer') {
    const id = gap.closed.questionId;
    return t.gaps.byAnswer(model.quiz.questions.find((q) => q.id === id)?.name ?? id);
  }
  return t.gaps.byChecklist;
}

function Tags({ model, gap }: { model: PlanModel; gap: Gap }) {
  return (
    <span className={styles.tags}>
      {gap.priority && (
        <span className="level-badge" data-level={gap.priority}>
          {model.labels[gap.priority]}
        </span>
      )}
      {gap.must && (
        <span className="level-badge" data-level="must">
          {model.labels.must}
        </span>
      )}
    </span>
  );
}

/** The target stage's must-haves and P0 items still missing, most urgent first; then those in place. */
export function GapsList({ model, plan }: { model: PlanModel; plan: Plan }) {
  const open = plan.gaps.filter((g) => !g.closed);
  const closed = plan.gaps.filter((g) => g.closed);
  return (
    <section aria-labelledby="plan-gaps" className={styles.section}>
      <h2 id="plan-gaps">
        {t.gaps.heading}: {t.gaps.count(open.length)}
      </h2>
      <p>{t.gaps.lead(plan.target.shortName)}</p>
      {open.length === 0 ? (
        <p>{t.gaps.none}</p>
      ) : (
        <ol className={styles.gaps}>
          {open.map((gap) => (
            <li key={gap.id}>
              <a href={gap.href}>{gap.text}</a> <Tags model={model} gap={gap} />
            </li>
          ))}
        </ol>
      )}
      {closed.length > 0 && (
        <details className={styles.closed}>
          <summary>{t.gaps.closedHeading(closed.length)}</summary>
          <ul>
            {closed.map((gap) => (
              <li key={gap.id}>
                <a href={gap.href}>{gap.text}</a>: {closedBy(model, gap)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
