import type { Result } from '../../lib/quiz/assess.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';
import styles from './StageQuiz.module.css';

interface Props {
  model: QuizModel;
  result: Result;
}

/** The per-question table: each answer, the stage it points to, and its part in the result. */
export function AnswersTable({ model, result }: Props) {
  return (
    <div className="table-wrap" role="region" aria-label={t.answersCaption} tabIndex={0}>
      <table className={`data-table ${styles.answers}`}>
        <caption>{t.answersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.question}</th>
            <th scope="col">{t.columns.answer}</th>
            <th scope="col">{t.columns.stage}</th>
          </tr>
        </thead>
        <tbody>
          {result.verdicts.map((verdict) => {
            const question = model.questions.find((q) => q.id === verdict.questionId);
            const answer = question?.answers.find((a) => a.id === verdict.answerId);
            const stage = model.stages.find((s) => s.id === verdict.stageId);
            return (
              <tr key={verdict.questionId} data-part={verdict.part}>
                <th scope="row">
                  {question?.name}
                  <span className={styles.measure}>
                    {' '}
                    ({question && t.measures[question.measures]})
                  </span>
                </th>
                <td>{answer?.label ?? t.notAnswered}</td>
                <td>
                  {stage && <span className={styles.pointsTo}>{stage.shortName}</span>}
                  {verdict.part !== 'missing' && (
                    <span className={styles.part} data-part={verdict.part}>
                      {t.parts[verdict.part]}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
