import { useId } from 'react';
import type { Result } from '../../lib/quiz/assess.ts';
import {
  alignmentWords,
  isTimeBoxWarning,
  missingSentence,
  stageSentence,
  timeBoxSentence,
  weakestSentence,
  whySentence,
} from '../../lib/quiz/describe.ts';
import { planHrefForVerdicts, planLinkWords } from '../../lib/plan/links.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';
import { AnswersTable } from './AnswersTable.tsx';
import { GapsSection } from './GapsSection.tsx';
import { NextStepsList } from './NextStepsList.tsx';
import styles from './StageQuiz.module.css';

interface Props {
  model: QuizModel;
  result: Result;
}

/**
 * The part of the result that is announced (it sits inside the quiz's live region): the stage,
 * why, what is missing, and the warnings a reader must not miss.
 */
export function ResultSummary({ model, result }: Props) {
  const alignment = alignmentWords(model, result);
  const missing = missingSentence(model, result);
  const timeBox = timeBoxSentence(model, result);
  const principle = model.infrastructureAhead;
  return (
    <>
      <h3 className={styles.resultHeading}>
        {t.resultHeading}
        {result.status === 'provisional' && <span className={styles.badge}>{t.provisional}</span>}
      </h3>
      <p className={styles.stageLine}>{stageSentence(model, result)}</p>
      <p>{whySentence(model, result)}</p>
      {missing && <p className={styles.missing}>{missing}</p>}
      {alignment && (
        <div className="callout" data-kind={alignment.kind}>
          <p>
            <strong>{alignment.title}.</strong> {alignment.text}
          </p>
          {alignment.kind === 'load-behind' && (
            <p>
              {principle.title && (
                <>
                  <a href={principle.href}>{principle.title}</a>:{' '}
                </>
              )}
              {principle.text}.
            </p>
          )}
        </div>
      )}
      {isTimeBoxWarning(result.timeBox) && (
        <div className="callout" data-kind="time-box">
          <p>
            <strong>{timeBox}</strong>
          </p>
        </div>
      )}
    </>
  );
}

/** The rest of the result, for reading at one's own pace: answers, gaps, time box, next steps. */
export function ResultDetails({ model, result }: Props) {
  const id = useId();
  const weakest = weakestSentence(model, result);
  const timeBox = isTimeBoxWarning(result.timeBox) ? '' : timeBoxSentence(model, result);
  return (
    <div className={styles.details}>
      <AnswersTable model={model} result={result} />
      {weakest && <p>{weakest}</p>}
      {timeBox && <p>{timeBox}</p>}
      <GapsSection model={model} result={result} headingId={`${id}-gaps`} />
      <NextStepsList model={model} steps={result.nextSteps} headingId={`${id}-next`} />
      <p className="no-print">
        <a href={planHrefForVerdicts(result.verdicts)}>{planLinkWords.fromQuiz}</a>
      </p>
    </div>
  );
}
