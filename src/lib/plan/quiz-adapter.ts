/**
 * The one place the plan touches the quiz's assessment. The plan never re-derives a stage: it
 * calls the quiz's public `assess` and keeps only what it shows. The stage is the quiz's result,
 * the stage the infrastructure has reached; load is reported beside it in the quiz's own words
 * (load ahead: move now; load behind: fine, never a reason to drop reliability).
 */
import { assess, type Answers } from '../quiz/assess.ts';
import { alignmentWords, missingSentence, stageRange } from '../quiz/describe.ts';
import { stageIndex, type QuizModel } from '../quiz/model.ts';
import { readAnswers, writeAnswers } from '../quiz/url.ts';

/** What the plan needs from the quiz's result. */
export interface PlanAssessment {
  /** `complete` when every required question is answered. */
  status: 'complete' | 'provisional';
  /** The stage the infrastructure has reached (the quiz's result). */
  stage: string;
  /** The stages the load (users) answer fits, in lifecycle order, when answered. */
  loadStages?: readonly string[] | undefined;
  /** Where load and infrastructure disagree, in the quiz's own words. */
  alignment?: { kind: 'load-ahead' | 'load-behind'; title: string; text: string } | undefined;
  /** The quiz's sentence naming unanswered required questions; empty when none. */
  missing: string;
  /** The stages each answered capability question's answer fits, by question id. */
  answerStages: Record<string, readonly string[]>;
}

/** The quiz's assessment of `answers`; undefined until an answer places the reader. */
export function assessForPlan(model: QuizModel, answers: Answers): PlanAssessment | undefined {
  const result = assess(model, answers);
  if (result.status === 'empty') return undefined;
  const answerStages: Record<string, readonly string[]> = {};
  for (const v of result.verdicts) {
    // Load is demand, not something the infrastructure has: it never closes a gap.
    if (v.stages && v.part !== 'load' && v.part !== 'missing')
      answerStages[v.questionId] = v.stages;
  }
  return {
    status: result.status,
    stage: result.stage,
    loadStages: result.loadStages,
    alignment: alignmentWords(model, result),
    missing: missingSentence(model, result),
    answerStages,
  };
}

/** "MVP" or "POC to MVP": the run of stages the load answer fits, in the quiz's words. */
export function loadWords(model: QuizModel, assessment: PlanAssessment | undefined): string {
  const stages = assessment?.loadStages ?? [];
  return stages.length === 0 ? '' : stageRange(model, stages);
}

/**
 * Whether an answer fitting `stages` has what `target` needs: its range includes the target, or
 * lies past it. The quiz's own gaps use the same reading (an answer falls short of the next stage
 * when its last stage is before it), so the plan and the quiz never disagree about an answer.
 */
export function answerReaches(
  model: QuizModel,
  stages: readonly string[],
  target: string,
): boolean {
  const at = stageIndex(model, target);
  return at !== -1 && stages.some((s) => stageIndex(model, s) >= at);
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
