/**
 * The one place the plan touches the quiz's assessment. The plan never re-derives a stage: it
 * calls the quiz's public `assess` and keeps only what it shows. When the quiz's result changes
 * shape (answers declaring stage ranges, the infrastructure stage separated from load), only this
 * file needs rewiring.
 */
import { assess, type Answers } from '../quiz/assess.ts';
import { alignmentWords, missingSentence } from '../quiz/describe.ts';
import type { QuizModel } from '../quiz/model.ts';
import { readAnswers, writeAnswers } from '../quiz/url.ts';

/** What the plan needs from the quiz's result. */
export interface PlanAssessment {
  /** `complete` when every required question is answered. */
  status: 'complete' | 'provisional';
  /** The stage the infrastructure has reached (the quiz's result). */
  stage: string;
  /** The stage load (users) points to, when answered. */
  loadStage?: string | undefined;
  /** Where load and infrastructure disagree, in the quiz's own words. */
  alignment?:
    { kind: 'load-ahead' | 'infrastructure-ahead'; title: string; text: string } | undefined;
  /** The quiz's sentence naming unanswered required questions; empty when none. */
  missing: string;
  /** The stage each answered question's answer reaches, by question id. */
  answerStages: Record<string, string>;
}

/** The quiz's assessment of `answers`; undefined until an answer places the reader. */
export function assessForPlan(model: QuizModel, answers: Answers): PlanAssessment | undefined {
  const result = assess(model, answers);
  if (result.status === 'empty') return undefined;
  const answerStages: Record<string, string> = {};
  for (const v of result.verdicts) if (v.stageId) answerStages[v.questionId] = v.stageId;
  return {
    status: result.status,
    stage: result.stage,
    loadStage: result.loadStage,
    alignment: alignmentWords(model, result),
    missing: missingSentence(model, result),
    answerStages,
  };
}

/** The URL keys the quiz's answers use (question ids and the time question's id). */
export { quizKeys as answerKeys } from '../quiz/url.ts';

/** The quiz's answers read from a query holding only the quiz's keys, with what was ignored. */
export function readQuizAnswers(model: QuizModel, search: string) {
  return readAnswers(model, search);
}

/** The query the quiz would write for `answers` (quiz keys only, in question order). */
export function answersQuery(model: QuizModel, answers: Answers): string {
  return writeAnswers(model, '', answers);
}
