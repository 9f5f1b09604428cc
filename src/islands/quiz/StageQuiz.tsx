import { type SubmitEvent, useEffect, useId, useReducer, useRef, useState } from 'react';
import {
  ASSESSED_STAGE_ATTRIBUTE,
  STAGE_ASSESSED_EVENT,
  stageAssessedDetail,
} from '../../lib/quiz/events.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import {
  initialQuizState,
  type QuizAction,
  type QuizState,
  quizView,
  reduceQuiz,
} from '../../lib/quiz/state.ts';
import { fitWords, renamedNote } from '../../lib/quiz/describe.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';
import { listWords } from '../../lib/words.ts';
import { readAnswers, shareLink, writeAnswers } from '../../lib/quiz/url.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import { QuizActions } from './QuizActions.tsx';
import { ResultDetails, ResultSummary } from './QuizResult.tsx';
import styles from './StageQuiz.module.css';
import { ChoiceGroup, type ChoiceGroupClasses } from '../shared/ChoiceGroup.tsx';
import { useUrlState } from '../shared/useUrlState.ts';
import { useHydrated } from '../shared/useHydrated.ts';

/** A question's parts in the quiz's look. */
const questionClasses: ChoiceGroupClasses = {
  fieldset: styles.question,
  legendNote: styles.legendNote,
  description: styles.questionNote,
  choice: styles.choice,
  note: styles.choiceNote,
};

interface Props {
  model: QuizModel;
  /** The id of the page section that holds the quiz, for shared links. */
  anchor: string;
}

/**
 * "What stage am I in?": the questions as native radio groups, the result in a live region, the
 * answers in the URL. All logic is in src/lib/quiz; this renders state and dispatches events.
 */
export default function StageQuiz({ model, anchor }: Props) {
  const [state, dispatch] = useReducer(
    (s: QuizState, a: QuizAction) => reduceQuiz(model, s, a),
    initialQuizState,
  );
  const hydrated = useHydrated();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [showOnArrival, setShowOnArrival] = useState(false);
  const [shareHref, setShareHref] = useState('');
  const [cleared, setCleared] = useState(false);
  const view = quizView(model, state);
  const required = model.questions.filter((q) => q.required).length;

  // The answers live in the URL: read after hydration and on back/forward, rewritten at once
  // (former ids and unusable values dropped), every key the quiz does not own kept.
  const { ready } = useUrlState({
    state: state.answers,
    read: ({ search, hash }, cause) => {
      const { answers, ignored, renamed } = readAnswers(model, search);
      dispatch({ type: 'link-opened', answers, ignored, renamed });
      // A shared link points at the quiz section; its reader came for the result below the form.
      if (cause === 'opened') {
        setShowOnArrival(hash === `#${anchor}` && Object.keys(answers).length > 0);
      }
    },
    write: (answers, search) => writeAnswers(model, search, answers),
    rewriteOnRead: true,
  });

  useEffect(() => {
    if (ready) setShareHref(shareLink(window.location.href, anchor));
  }, [anchor, state.answers, ready]);

  // Bring a shared result into view once (scrolling only: focus stays where the reader has it).
  useEffect(() => {
    if (!showOnArrival || view.kind !== 'result') return;
    resultRef.current?.scrollIntoView({ block: 'start' });
    setShowOnArrival(false);
  }, [showOnArrival, view.kind]);

  // Tell the page's other tools which stage the reader is at, whenever a result shows one.
  const shownStage = view.kind === 'result' ? view.result.stage : undefined;
  useEffect(() => {
    if (shownStage === undefined) return;
    window.dispatchEvent(
      new CustomEvent(STAGE_ASSESSED_EVENT, { detail: stageAssessedDetail(shownStage) }),
    );
  }, [shownStage]);

  const choose = (questionId: string, answerId: string) => {
    setCleared(false);
    dispatch({ type: 'answer-chosen', questionId, answerId });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setCleared(false);
    dispatch({ type: 'result-requested' });
  };
  const startOver = () => {
    dispatch({ type: 'started-over' });
    setCleared(true);
    // The button that had focus is gone with the result; continue at the first question.
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };

  const note = describeIgnored(state.ignored);
  const renamed = renamedNote(model, state.renamed);
  const capabilityNames = listWords(
    model.questions.filter((q) => q.measures === 'capability').map((q) => q.name),
  );
  const time = model.timeQuestion;
  return (
    <div
      className={styles.quiz}
      data-view={view.kind}
      {...{ [ASSESSED_STAGE_ATTRIBUTE]: shownStage }}
    >
      <div role="status" className={styles.linkNote}>
        {note && <p className={styles.note}>{note}</p>}
        {renamed && <p className={styles.note}>{renamed}</p>}
      </div>
      <form ref={formRef} className={styles.form} aria-label={t.formLabel} onSubmit={submit}>
        {model.questions.map((q) => (
          <ChoiceGroup
            key={q.id}
            type="radio"
            classNames={questionClasses}
            name={`${id}-${q.id}`}
            legend={q.prompt}
            legendNote={q.required ? undefined : t.optional}
            description={q.clarification}
            choices={q.answers.map((a) => ({
              id: a.id,
              label: a.label,
              note: fitWords(model, q, a),
            }))}
            value={state.answers[q.id]}
            disabled={!hydrated}
            onChoose={(answerId) => choose(q.id, answerId)}
          />
        ))}
        {time && (
          <ChoiceGroup
            type="radio"
            classNames={questionClasses}
            name={`${id}-${time.id}`}
            legend={time.prompt}
            legendNote={t.optional}
            choices={time.options}
            value={state.answers[time.id]}
            disabled={!hydrated}
            onChoose={(answerId) => choose(time.id, answerId)}
          />
        )}
        {/* Only the script can work out a result: without it the row would promise nothing. */}
        <div className={styles.submitRow} hidden={!hydrated}>
          <button
            type="submit"
            className={`${styles.button} ${styles.primary}`}
            disabled={!hydrated}
          >
            {t.showResult}
          </button>
          <p className={styles.hint}>
            {view.kind === 'result'
              ? t.showResultHint
              : `${t.waiting(required)} ${t.showResultHint}`}
          </p>
        </div>
      </form>
      <div ref={resultRef} className={styles.result} data-view={view.kind}>
        <div role="status" className={styles.summary}>
          {view.kind === 'needs-answers' && <p>{t.needsAnswers(capabilityNames)}</p>}
          {view.kind === 'result' && <ResultSummary model={model} result={view.result} />}
          {cleared && <p className="sr-only">{t.startedOver}</p>}
        </div>
        {view.kind === 'result' && (
          <>
            <ResultDetails model={model} result={view.result} />
            <QuizActions key={shareHref} shareHref={shareHref} onStartOver={startOver} />
          </>
        )}
      </div>
    </div>
  );
}
