import type { Duration } from '../../core/duration.ts';
import { spanVersusLimit, type SpanVersusLimit } from './duration.ts';
import {
  type QuizAnswer,
  type QuizModel,
  type QuizQuestion,
  type QuizStage,
  stageIndex,
} from './model.ts';
import { nextSteps, type NextStep } from './next-steps.ts';

/**
 * The assessment: from a reader's answers to a result they can act on.
 *
 * The rule (stated on the page from content/quiz, the site's own reading): every answer fits a run
 * of stages, read from the guide's bands. The result is the stage the INFRASTRUCTURE has reached:
 * the latest stage that no capability answer falls short of, that is the earliest of the
 * capability answers' last stages. So the weakest capability sets it ("validate before moving")
 * and an advanced answer never carries the reader past a stage they have not completed ("don't
 * skip stages"). Load (users) does not set the stage: it is reported beside it, ahead (move now),
 * behind (fine) or fitting. Everything else explains that result: which answers set it, what
 * stands between the reader and the next stage, and whether the stage's time box has run out.
 */

/** Answers by question id (and the time question's id): answer ids, as the URL carries them. */
export type Answers = Readonly<Record<string, string>>;

/** An answer's part in the result. */
export type AnswerPart =
  /** A capability whose last fitted stage is the result's stage: it holds the reader there. */
  | 'sets-stage'
  /** A capability that fits the result's stage and later ones. */
  | 'reaches-further'
  /** A capability that fits only stages after the result's: it counts once the others catch up. */
  | 'ahead'
  /** The load answer: reported beside the stage, never setting it. */
  | 'load'
  /** The question has no (valid) answer. */
  | 'missing';

export interface AnswerVerdict {
  questionId: string;
  answerId?: string | undefined;
  /** The stages the answer fits, in lifecycle order. */
  stages?: string[] | undefined;
  part: AnswerPart;
}

/** Where load (users) stands against the stage the infrastructure has reached. */
export type Alignment =
  /** The load fits the infrastructure's stage. */
  | { kind: 'aligned' }
  /** Load has outgrown the infrastructure: at risk, move now. `load` is the load's first stage. */
  | { kind: 'load-ahead'; load: string; capability: string; stagesApart: number }
  /** Load is behind the infrastructure: fine, never a reason to drop reliability. `load` is its last stage. */
  | { kind: 'load-behind'; load: string; capability: string; stagesApart: number }
  /** The load question is unanswered. */
  | { kind: 'unknown' };

/** What stands between the reader and the next stage on one question's matrix row. */
export interface Gap {
  questionId: string;
  measures: 'load' | 'capability';
  /** The reader's answer id. */
  answerId: string;
  /** The next stage's words on the question's matrix row ("Comprehensive"). */
  needs: string;
}

/** The result's stage against its time box, from the optional time question. */
export type TimeBoxCheck =
  | { kind: 'unanswered' }
  /** The stage has no time box (the last stage) or an open-ended one (Production: "Ongoing"). */
  | { kind: 'no-limit'; maxDuration?: string | undefined }
  | { kind: SpanVersusLimit; limit: Duration; maxDuration: string; optionId: string };

export interface Result {
  /** `complete` when every required question is answered, else `provisional`. */
  status: 'complete' | 'provisional';
  /** The stage the infrastructure has reached: the result. */
  stage: string;
  /** One verdict per question, in question order. */
  verdicts: AnswerVerdict[];
  /** Required questions without an answer, in question order. */
  missing: string[];
  /** The stages the load answer fits, when answered. */
  loadStages?: string[] | undefined;
  alignment: Alignment;
  /** The capability questions that set the stage, when other capabilities reach further. */
  weakest: string[];
  /** The stage after the result's stage; absent at the last stage. */
  nextStage?: string | undefined;
  /** The answered questions that fall short of the next stage, in question order. */
  gaps: Gap[];
  /** The next stage's must-haves. */
  mustHaves: { id: string; text: string }[];
  timeBox: TimeBoxCheck;
  nextSteps: NextStep[];
}

/** The assessment: `empty` until at least one capability question has a valid answer. */
export type Assessment = { status: 'empty' } | Result;

/** An answered question with the positions of the first and last stage its answer fits. */
interface Placed {
  question: QuizQuestion;
  answer: QuizAnswer;
  stages: string[];
  first: number;
  last: number;
}

function place(model: QuizModel, question: QuizQuestion, answers: Answers): Placed | undefined {
  const id = answers[question.id];
  const answer = id === undefined ? undefined : question.answers.find((a) => a.id === id);
  if (answer === undefined) return undefined;
  const stages = answer.stages.filter((s) => stageIndex(model, s) !== -1);
  const positions = stages.map((s) => stageIndex(model, s));
  if (positions.length === 0) return undefined;
  return { question, answer, stages, first: Math.min(...positions), last: Math.max(...positions) };
}

/**
 * The stage the infrastructure has reached: the earliest of the capability answers' last stages
 * (the latest stage no capability answer falls short of); undefined without a capability answer.
 */
export function infrastructureStage(model: QuizModel, answers: Answers): string | undefined {
  const lasts = model.questions
    .filter((q) => q.measures === 'capability')
    .flatMap((q) => place(model, q, answers) ?? [])
    .map((p) => p.last);
  return lasts.length === 0 ? undefined : model.stages[Math.min(...lasts)]?.id;
}

function alignmentOf(model: QuizModel, at: number, load: Placed | undefined): Alignment {
  const capability = model.stages[at]?.id ?? '';
  if (load === undefined) return { kind: 'unknown' };
  if (load.first > at) {
    const stage = model.stages[load.first]?.id ?? '';
    return { kind: 'load-ahead', load: stage, capability, stagesApart: load.first - at };
  }
  if (load.last < at) {
    const stage = model.stages[load.last]?.id ?? '';
    return { kind: 'load-behind', load: stage, capability, stagesApart: at - load.last };
  }
  return { kind: 'aligned' };
}

function partOf(placed: Placed, at: number): AnswerPart {
  if (placed.question.measures === 'load') return 'load';
  if (placed.first > at) return 'ahead';
  return placed.last === at ? 'sets-stage' : 'reaches-further';
}

function timeBoxOf(model: QuizModel, stage: QuizStage, answers: Answers): TimeBoxCheck {
  const question = model.timeQuestion;
  const option = question?.options.find((o) => o.id === answers[question.id]);
  if (option === undefined) return { kind: 'unanswered' };
  const box = stage.timeBox;
  if (box?.limit === undefined) return { kind: 'no-limit', maxDuration: box?.maxDuration };
  return {
    kind: spanVersusLimit(option, box.limit),
    limit: box.limit,
    maxDuration: box.maxDuration,
    optionId: option.id,
  };
}

/** Assesses `answers` against the quiz; unknown question or answer ids count as unanswered. */
export function assess(model: QuizModel, answers: Answers): Assessment {
  const stageId = infrastructureStage(model, answers);
  const stage = model.stages.find((s) => s.id === stageId);
  if (stage === undefined) return { status: 'empty' };
  const at = stageIndex(model, stage.id);

  const answered = model.questions.flatMap((q) => place(model, q, answers) ?? []);
  const missing = model.questions
    .filter((q) => q.required && !answered.some((a) => a.question.id === q.id))
    .map((q) => q.id);
  const verdicts: AnswerVerdict[] = model.questions.map((q) => {
    const found = answered.find((a) => a.question.id === q.id);
    if (found === undefined) return { questionId: q.id, part: 'missing' };
    return {
      questionId: q.id,
      answerId: found.answer.id,
      stages: found.stages,
      part: partOf(found, at),
    };
  });

  const load = answered.find((a) => a.question.measures === 'load');
  const capabilities = answered.filter((a) => a.question.measures === 'capability');
  const weakest = capabilities.some((a) => a.last > at)
    ? capabilities.filter((a) => a.last === at).map((a) => a.question.id)
    : [];

  const next = model.stages[at + 1];
  const gaps: Gap[] =
    next === undefined
      ? []
      : answered.flatMap(({ question, answer, last }) => {
          const needs = question.row?.cells[next.id];
          return last <= at && needs !== undefined
            ? [{ questionId: question.id, measures: question.measures, answerId: answer.id, needs }]
            : [];
        });

  const alignment = alignmentOf(model, at, load);
  const timeBox = timeBoxOf(model, stage, answers);
  return {
    status: missing.length === 0 ? 'complete' : 'provisional',
    stage: stage.id,
    verdicts,
    missing,
    loadStages: load?.stages,
    alignment,
    weakest,
    nextStage: next?.id,
    gaps,
    mustHaves: next?.mustHaves ?? [],
    timeBox,
    nextSteps: nextSteps(model, stage, { alignment, timeBox, hasGaps: gaps.length > 0 }),
  };
}
