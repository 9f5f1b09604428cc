import type { Result, TimeBoxCheck } from './assess.ts';
import type { QuizAnswer, QuizModel, QuizQuestion, QuizStage } from './model.ts';
import type { NextStep } from './next-steps.ts';
import type { RenamedAnswer } from './url.ts';
import { listWords } from '../words.ts';
import { quizStrings as t } from './strings.ts';

/**
 * The result in words: content's names joined by strings.ts. Each function returns the sentence
 * a reader sees, so the island only places them.
 */

function stage(model: QuizModel, id: string | undefined): QuizStage | undefined {
  return model.stages.find((s) => s.id === id);
}

function shortName(model: QuizModel, id: string | undefined): string {
  return stage(model, id)?.shortName ?? '';
}

function question(model: QuizModel, id: string): QuizQuestion | undefined {
  return model.questions.find((q) => q.id === id);
}

function names(model: QuizModel, questionIds: readonly string[]): string {
  return listWords(questionIds.map((id) => question(model, id)?.name ?? id));
}

/** "You are at Stage 2: Minimum Viable Product (MVP)." */
export function stageSentence(model: QuizModel, result: Result): string {
  return t.stageLine(stage(model, result.stage)?.heading ?? result.stage);
}

/** "POC to MVP": the run of stages an answer fits, by short name. */
export function stageRange(model: QuizModel, stageIds: readonly string[]): string {
  return t.stageRange(shortName(model, stageIds[0]), shortName(model, stageIds.at(-1)));
}

/**
 * What an answer fits, in the guide's words for each stage's band, shown beside the answer:
 * "fits POC (1) and MVP (1-2)".
 */
export function fitWords(model: QuizModel, question: QuizQuestion, answer: QuizAnswer): string {
  const bands = answer.stages.map((id) => {
    const words = question.bands[id];
    const name = shortName(model, id);
    return words === undefined ? name : t.bandWords(name, words);
  });
  return t.fits(listWords(bands));
}

/** One sentence on why: every infrastructure answer stops at the stage, or which ones hold it. */
export function whySentence(model: QuizModel, result: Result): string {
  const capabilities = result.verdicts.filter((v) => v.part !== 'missing' && v.part !== 'load');
  const name = shortName(model, result.stage);
  if (result.weakest.length === 0) return t.whyAll(capabilities.length, name);
  return t.whyWeakest(names(model, result.weakest), result.weakest.length > 1, name);
}

/** Which required questions are still open; empty when the result is complete. */
export function missingSentence(model: QuizModel, result: Result): string {
  if (result.missing.length === 0) return '';
  return t.missing(names(model, result.missing), result.missing.length);
}

/** The disagreement between load and capability, when there is one: a title and a sentence. */
export function alignmentWords(
  model: QuizModel,
  result: Result,
): { kind: 'load-ahead' | 'load-behind'; title: string; text: string } | undefined {
  const a = result.alignment;
  if (a.kind === 'load-ahead') {
    return {
      kind: a.kind,
      title: t.loadAheadTitle,
      text: t.loadAhead(shortName(model, a.load), shortName(model, a.capability)),
    };
  }
  if (a.kind === 'load-behind') {
    return {
      kind: a.kind,
      title: t.loadBehindTitle,
      text: t.loadBehind(shortName(model, a.capability), shortName(model, a.load)),
    };
  }
  return undefined;
}

/** "Weakest capability: Runbooks (POC)." when capabilities disagree; else empty. */
export function weakestSentence(model: QuizModel, result: Result): string {
  if (result.weakest.length === 0) return '';
  return t.weakest(names(model, result.weakest), shortName(model, result.stage));
}

/** One sentence per gap: "Monitoring: you have Basic metrics; Production needs Comprehensive." */
export function gapSentences(
  model: QuizModel,
  result: Result,
): {
  questionId: string;
  text: string;
  rowHref?: string | undefined;
  rowLabel?: string | undefined;
}[] {
  const next = shortName(model, result.nextStage);
  return result.gaps.map((gap) => {
    const q = question(model, gap.questionId);
    const yours = q?.answers.find((a) => a.id === gap.answerId)?.label ?? gap.answerId;
    const say = gap.measures === 'load' ? t.gapLoad : t.gapCapability;
    return {
      questionId: gap.questionId,
      text: say(q?.name ?? gap.questionId, yours, next, gap.needs),
      rowHref: q?.row?.href,
      rowLabel: q?.row?.label,
    };
  });
}

/** Whether the time-box check is a warning (the checkpoint is due or overdue). */
export function isTimeBoxWarning(check: TimeBoxCheck): boolean {
  return check.kind === 'due' || check.kind === 'overdue' || check.kind === 'may-be-overdue';
}

/** The time-box sentence(s) for the result's stage; empty when there is nothing to say. */
export function timeBoxSentence(model: QuizModel, result: Result): string {
  const s = stage(model, result.stage);
  if (s === undefined) return '';
  const box = s.timeBox;
  const check = result.timeBox;
  const required = box ? ` ${t.timeBox.required(box.integrationRequired)}` : '';
  switch (check.kind) {
    case 'unanswered':
      return box?.limit && model.timeQuestion
        ? t.timeBox.unanswered(model.timeQuestion.prompt, s.shortName, box.maxDuration)
        : '';
    case 'no-limit':
      return check.maxDuration === undefined
        ? t.timeBox.none(s.shortName)
        : `${t.timeBox.noLimit(s.shortName, check.maxDuration)}${required}`;
    case 'within':
      return t.timeBox.within(s.shortName, check.maxDuration);
    case 'due':
    case 'overdue':
    case 'may-be-overdue':
      return `${t.timeBox[check.kind](s.shortName, check.maxDuration)}${required}`;
    default:
      return check satisfies never;
  }
}

/** A next step's link text. */
export function stepLabel(model: QuizModel, step: NextStep): string {
  switch (step.kind) {
    case 'checkpoint':
      return t.steps.checkpoint(shortName(model, step.stageId));
    case 'integration-checklist':
      return t.steps.integrationChecklist(step.title);
    case 'stage':
      return t.steps.stage(stage(model, step.stageId)?.heading ?? step.stageId);
    case 'migration':
      return t.steps.migration(step.title, step.urgent);
    case 'compare':
      return t.steps.compare;
    default:
      return step satisfies never;
  }
}

/** The note for a link that carried former answer ids; empty when it carried none. */
export function renamedNote(model: QuizModel, renamed: readonly RenamedAnswer[]): string {
  if (renamed.length === 0) return '';
  const parts = renamed.map((r) => {
    const q = question(model, r.questionId);
    const label = q?.answers.find((a) => a.id === r.to)?.label ?? r.to;
    return t.renamedAnswer(q?.name ?? r.questionId, label);
  });
  return t.renamed(listWords(parts));
}
