import { type IgnoredParam, type ParamSpec, parseQuery } from '../url-state.ts';
import type { Answers } from './assess.ts';
import type { QuizModel } from './model.ts';
import { DECISION_TOOL_KEYS } from '../../core/url-keys.ts';

/**
 * The quiz's answers in the page URL: `?users=10-to-99&monitoring=basic-metrics`, one parameter
 * per answered question, named by question id and valued by answer id (both stable ids from
 * content/quiz). The quiz owns exactly these keys; every other key on the page (the decision
 * tools', or anything else) is kept as it is when the quiz writes the URL. An answer id the content
 * has since renamed (an answer's `formerIds`) is read as today's answer and reported, so links
 * shared before the rename keep working.
 */

/** A shared link's answer that carried a former id, read as the answer that has it now. */
export interface RenamedAnswer {
  questionId: string;
  /** The id the link carried. */
  from: string;
  /** Today's id of the same answer. */
  to: string;
}

/** The URL keys the quiz owns: its question ids, then the time question's id. */
export function quizKeys(model: QuizModel): string[] {
  return [
    ...model.questions.map((q) => q.id),
    ...(model.timeQuestion ? [model.timeQuestion.id] : []),
  ];
}

/** Today's answer id for `value` in `questionId`: itself, the answer that once had it, or undefined. */
export function currentAnswerId(
  model: QuizModel,
  questionId: string,
  value: string,
): string | undefined {
  const question = model.questions.find((q) => q.id === questionId);
  const answer =
    question?.answers.find((a) => a.id === value) ??
    question?.answers.find((a) => a.formerIds.includes(value));
  return answer?.id;
}

function answerSpec(model: QuizModel): Record<string, ParamSpec> {
  // No prototype: a link's "__proto__" or "toString" must find no spec, not Object's members.
  const spec = Object.create(null) as Record<string, ParamSpec>;
  for (const q of model.questions)
    spec[q.id] = (v) => currentAnswerId(model, q.id, v) !== undefined;
  const time = model.timeQuestion;
  if (time) spec[time.id] = (v) => time.options.some((o) => o.id === v);
  return spec;
}

/**
 * Reads answers from a URL query. Invalid values, repeated keys and keys nobody on the page owns
 * are ignored and returned for the visible note; the decision tools' keys pass through silently.
 * A former answer id is read as today's and listed in `renamed`, for a note of its own.
 */
export function readAnswers(
  model: QuizModel,
  search: string,
): { answers: Record<string, string>; ignored: IgnoredParam[]; renamed: RenamedAnswer[] } {
  const { accepted, ignored } = parseQuery(search, answerSpec(model), DECISION_TOOL_KEYS);
  const answers: Record<string, string> = {};
  const renamed: RenamedAnswer[] = [];
  for (const [questionId, value] of accepted) {
    const current = currentAnswerId(model, questionId, value) ?? value;
    answers[questionId] = current;
    if (current !== value) renamed.push({ questionId, from: value, to: current });
  }
  return { answers, ignored, renamed };
}

/**
 * The URL query after the quiz writes `answers` into `search`: the quiz's own keys are replaced
 * (in question order, at the end), every other key keeps its place and value. Returns "" for an
 * empty query, else a string starting with "?".
 */
export function writeAnswers(model: QuizModel, search: string, answers: Answers): string {
  const params = new URLSearchParams(search);
  const keys = quizKeys(model);
  for (const key of keys) params.delete(key);
  for (const key of keys) {
    const value = answers[key];
    if (value !== undefined && value !== '') params.append(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The link to share: the page's address with its query and the quiz section's anchor. */
export function shareLink(href: string, anchor: string): string {
  const url = new URL(href);
  url.hash = anchor;
  return url.href;
}
