/**
 * The whole plan in one link. The query carries what the plan is built from (the quiz's answers,
 * or a chosen stage, and the start date); the fragment, which browsers never send to a server,
 * carries the checklist progress with its N/A reasons and notes, in the checklist's own share
 * format (src/lib/checklist/share.ts).
 *
 *   /plan/?users=10-to-99&monitoring=basic-metrics&start=2026-11-02#checklist=poc-to-mvp&v=1&done=…
 *
 * Anything the page cannot use is ignored and reported for the visible note.
 */
import type { ChecklistModel } from '../checklist/model.ts';
import type { Progress } from '../checklist/state.ts';
import { readShareFragment, shareFragment, type SharedProgress } from '../checklist/share.ts';
import { parseIsoDate } from '../decide/calendar-date.ts';
import { describeIgnored, parseQuery, type IgnoredParam, type ParamSpec } from '../url-state.ts';
import type { PlanModel } from './model.ts';
import type { PlanInput } from './plan.ts';
import { answerKeys, answersQuery, readQuizAnswers } from './quiz-adapter.ts';

/** The plan's own query keys (besides the quiz's answers). */
export const PLAN_KEYS = { stage: 'stage', start: 'start' } as const;

/** What a plan link holds. */
export interface ParsedPlanUrl {
  input: PlanInput;
  /** Checklist progress carried in the fragment, when there is any. */
  shared?: SharedProgress | undefined;
  ignored: IgnoredParam[];
  /** The sentence for the visible note; empty when nothing was ignored. */
  note: string;
}

function planSpec(model: PlanModel): Record<string, ParamSpec> {
  // A prototype-free object, so keys such as "__proto__" or "constructor" are simply unknown.
  const spec: Record<string, ParamSpec> = Object.create(null) as Record<string, ParamSpec>;
  spec[PLAN_KEYS.stage] = (v) => model.stages.some((s) => s.id === v);
  spec[PLAN_KEYS.start] = (v) => parseIsoDate(v).ok;
  return spec;
}

/** A fragment that is a plain anchor ("#gaps") is no setting and nothing to report. */
const ANCHOR = /^[A-Za-z][\w-]*$/;

/** Reads a plan link's query and fragment; never throws. */
export function parsePlanUrl(model: PlanModel, search: string, hash: string): ParsedPlanUrl {
  const quizKeys = new Set(answerKeys(model.quiz));
  const quizPart = new URLSearchParams();
  const planPart = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    (quizKeys.has(key) ? quizPart : planPart).append(key, value);
  }
  const quiz = readQuizAnswers(model.quiz, quizPart.toString());
  const plan = parseQuery(planPart.toString(), planSpec(model));
  const ignored: IgnoredParam[] = [...quiz.ignored, ...plan.ignored];

  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const migrations = model.stages.flatMap((s) => (s.migration ? [s.migration.checklist.id] : []));
  let shared: SharedProgress | undefined;
  if (fragment !== '' && !ANCHOR.test(fragment)) {
    shared = readShareFragment(fragment, migrations);
    if (shared === undefined) {
      ignored.push({ key: '#', value: fragment, reason: 'unknown-parameter' });
    } else {
      ignored.push(...shared.ignored);
    }
  }
  return {
    input: {
      answers: quiz.answers,
      stage: plan.accepted.get(PLAN_KEYS.stage),
      start: plan.accepted.get(PLAN_KEYS.start) ?? '',
    },
    shared,
    ignored,
    note: describeIgnored(ignored),
  };
}

/** The query for a plan: the quiz's answers, the chosen stage when there are none, the start. */
export function planQuery(model: PlanModel, input: PlanInput): string {
  const params = new URLSearchParams(answersQuery(model.quiz, input.answers));
  const hasAnswers = params.toString() !== '';
  if (!hasAnswers && input.stage) params.set(PLAN_KEYS.stage, input.stage);
  if (input.start && parseIsoDate(input.start).ok) params.set(PLAN_KEYS.start, input.start);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The fragment for the checklist progress ("" when there is none), without "#". */
export function planFragment(checklist: ChecklistModel | undefined, progress: Progress): string {
  if (checklist === undefined || Object.keys(progress).length === 0) return '';
  return shareFragment(checklist, progress);
}

/** The whole plan's link. */
export function planLink(
  origin: string,
  path: string,
  model: PlanModel,
  input: PlanInput,
  checklist: ChecklistModel | undefined,
  progress: Progress,
): string {
  const fragment = planFragment(checklist, progress);
  return `${origin}${path}${planQuery(model, input)}${fragment ? `#${fragment}` : ''}`;
}
