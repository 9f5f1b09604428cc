import { paths } from '../../lib/paths.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import type { Plan } from '../../lib/plan/plan.ts';
import { answersQuery, loadWords } from '../../lib/plan/quiz-adapter.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { QUIZ_SECTION_ID } from '../../lib/quiz/paths.ts';
import styles from './Plan.module.css';

interface Props {
  model: PlanModel;
  plan: Plan;
  answers: Readonly<Record<string, string>>;
}

/** The stage reached, what load says about it, and where the plan leads. */
export function StageSummary({ model, plan, answers }: Props) {
  const a = plan.assessment;
  const load = loadWords(model.quiz, a);
  const quizLink = `${paths.decide()}${answersQuery(model.quiz, answers)}#${QUIZ_SECTION_ID}`;
  return (
    <section aria-labelledby="plan-stage" className={styles.section}>
      <h2 id="plan-stage">{t.stage.heading}</h2>
      <p className={styles.stageLine}>
        {t.stage.reached} <a href={plan.stage.href}>{plan.stage.heading}</a>.
      </p>
      {plan.basis === 'chosen' && <p>{t.stage.chosen}</p>}
      {load && <p>{t.stage.load(load)}</p>}
      {a?.status === 'provisional' && (
        <p>
          {t.stage.provisional} {a.missing}
        </p>
      )}
      {a?.alignment && (
        <div className="callout" data-kind={a.alignment.kind}>
          <p>
            <strong>{a.alignment.title}.</strong> {a.alignment.text}
          </p>
        </div>
      )}
      <p>
        {plan.target.id === plan.stage.id ? t.stage.last : t.stage.target(plan.target.shortName)}{' '}
        <a className="no-print" href={quizLink}>
          {t.stage.changeAnswers}
        </a>
      </p>
    </section>
  );
}
