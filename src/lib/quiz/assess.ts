import { type Duration, spanVersusLimit, type SpanVersusLimit } from './duration.ts';
import { type QuizModel, type QuizStage, stageIndex } from './model.ts';
import { nextSteps, type NextStep } from './next-steps.ts';

/**
 * The assessment: from a reader's answers to a result they can act on.
 *
 * The rule (stated on the page from content/quiz): the stage is the EARLIEST stage any answer
 * points to. A stage counts only once load and every capability have reached it ("validate before
 * moving"), and an answer ahead of the others never carries the reader past a stage they have
 * not completed ("don't skip stages"). Everything else explains that result: which answers set
 * it, where load and infrastructure disagree, what stands between the reader and the next stage,
 * and whether the stage's time box has run out.
 */

/** Answers by question id (and the time question's id): answer ids, as the URL carries them. */
export type Answers = Readonly<Record<string, string>>;

/** An answer's part in the result. */
export type AnswerPart =
  /** It points to the result's stage: it holds the reader there. */
  | 'sets-stage'
  /** It points to a later stage: it counts once the others catch up. */
  | 'ahead'
  /** The question has no (valid) answer. */
  | 'missing';

export interface AnswerVerdict {
  questionId: string;
  answerId?: string | undefined;
  stageId?: string | undefined;
  part: AnswerPart;
}

/** Whether load (users) and capability (the infrastructure questions) point to the same stage. */
export type Alignment =
  | { kind: 'aligned' }
  /** Load has outgrown the infrastructure: at risk, move now. */
  | { kind: 'load-ahead'; load: string; capability: string; stagesApart: number }
  /** Infrastructure is ahead of load: focus on the current stage, don't optimise prematurely. */
  | { kind: 'infrastructure-ahead'; load: string; capability: string; stagesApart: number }
  /** The load question or every capability question is unanswered. */
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
  /** The result's stage id. */
  stage: string;
  /** One verdict per question, in question order. */
  verdicts: AnswerVerdict[];
  /** Required questions without an answer, in question order. */
  missing: string[];
  /** Whether every answered question points to the same stage. */
  unanimous: boolean;
  /** The stage the load question points to, when answered. */
  loadStage?: string | undefined;
  /** The earliest stage among the capability answers, when any. */
  capabilityStage?: string | undefined;
  alignment: Alignment;
  /** The capability questions at the capability stage, when other capabilities are further on. */
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

/** The assessment: `empty` until at least one stage question has a valid answer. */
export type Assessment = { status: 'empty' } | Result;

function answerOf(question: QuizModel['questions'][number], answers: Answers) {
  const id = answers[question.id];
  return id === undefined ? undefined : question.answers.find((a) => a.id === id);
}

function earliest(model: QuizModel, stageIds: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const id of stageIds) {
    if (best === undefined || stageIndex(model, id) < stageIndex(model, best)) best = id;
  }
  return best;
}

function alignmentOf(model: QuizModel, load?: string, capability?: string): Alignment {
  if (load === undefined || capability === undefined) return { kind: 'unknown' };
  const apart = stageIndex(model, load) - stageIndex(model, capability);
  if (apart > 0) return { kind: 'load-ahead', load, capability, stagesApart: apart };
  if (apart < 0) return { kind: 'infrastructure-ahead', load, capability, stagesApart: -apart };
  return { kind: 'aligned' };
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
  const answered = model.questions.flatMap((q) => {
    const answer = answerOf(q, answers);
    return answer && stageIndex(model, answer.stage) !== -1 ? [{ question: q, answer }] : [];
  });
  const stageId = earliest(
    model,
    answered.map((a) => a.answer.stage),
  );
  const stage = model.stages.find((s) => s.id === stageId);
  if (stage === undefined) return { status: 'empty' };

  const missing = model.questions
    .filter((q) => q.required && !answered.some((a) => a.question.id === q.id))
    .map((q) => q.id);
  const verdicts: AnswerVerdict[] = model.questions.map((q) => {
    const found = answered.find((a) => a.question.id === q.id);
    if (found === undefined) return { questionId: q.id, part: 'missing' };
    const part = found.answer.stage === stage.id ? 'sets-stage' : 'ahead';
    return { questionId: q.id, answerId: found.answer.id, stageId: found.answer.stage, part };
  });

  const loadStage = earliest(
    model,
    answered.filter((a) => a.question.measures === 'load').map((a) => a.answer.stage),
  );
  const capabilities = answered.filter((a) => a.question.measures === 'capability');
  const capabilityStage = earliest(
    model,
    capabilities.map((a) => a.answer.stage),
  );
  const capabilitiesSpread = capabilities.some((a) => a.answer.stage !== capabilityStage);
  const weakest = capabilitiesSpread
    ? capabilities.filter((a) => a.answer.stage === capabilityStage).map((a) => a.question.id)
    : [];

  const next = model.stages[stageIndex(model, stage.id) + 1];
  const gaps: Gap[] =
    next === undefined
      ? []
      : answered.flatMap(({ question, answer }) => {
          const needs = question.row?.cells[next.id];
          const short = stageIndex(model, answer.stage) < stageIndex(model, next.id);
          return short && needs !== undefined
            ? [{ questionId: question.id, measures: question.measures, answerId: answer.id, needs }]
            : [];
        });

  const alignment = alignmentOf(model, loadStage, capabilityStage);
  const timeBox = timeBoxOf(model, stage, answers);
  return {
    status: missing.length === 0 ? 'complete' : 'provisional',
    stage: stage.id,
    verdicts,
    missing,
    unanimous: answered.every((a) => a.answer.stage === stage.id),
    loadStage,
    capabilityStage,
    alignment,
    weakest,
    nextStage: next?.id,
    gaps,
    mustHaves: next?.mustHaves ?? [],
    timeBox,
    nextSteps: nextSteps(model, stage, { alignment, timeBox, hasGaps: gaps.length > 0 }),
  };
}
