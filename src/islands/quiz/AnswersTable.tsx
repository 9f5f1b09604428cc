import type { Result } from '../../lib/quiz/assess.ts';
import { stageRange } from '../../lib/quiz/describe.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';
import styles from './StageQuiz.module.css';

interface Props {
  model: QuizModel;
  result: Result;
}

/** The per-question table: each answer, the stages it fits, and its part in the result. */
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
                  {verdict.stages && (
                    <span className={styles.pointsTo}>{stageRange(model, verdict.stages)}</span>
                  )}
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
