import { FEATURE_KEYS, INTEGRATE_KEYS } from '../../core/url-keys.ts';
import { parseQuery, type IgnoredParam } from '../url-state.ts';
import type { FeatureSelection } from './feature/answer.ts';

/**
 * The decision tools' part of the /decide/ link. They own exactly four keys; every other key (the
 * quiz's answers, anything else) is left as it is when they write, and not reported when they
 * read: the quiz reports keys nobody owns, so a reader never sees the same note twice.
 */

/** The longest feature name a link may carry; longer text is not a name. */
export const MAX_FEATURE_TEXT = 80;
/** A start date's shape; whether the calendar has that day is the tool's to explain. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** What a tool read from the link, and the problems with its own keys. */
export interface ToolQuery<T> {
  values: T;
  ignored: IgnoredParam[];
}

function ownProblems(ignored: IgnoredParam[], own: readonly string[]): IgnoredParam[] {
  return ignored.filter((p) => own.includes(p.key));
}

/** Reads `feature` (a feature id, or the reader's own words) and `feature-stage`. */
export function readFeatureQuery(
  search: string,
  known: { stageIds: readonly string[]; featureIds: readonly string[] },
  passThrough: readonly string[],
): ToolQuery<{ selection: FeatureSelection | undefined; stage: string | undefined }> {
  const own: readonly string[] = Object.values(FEATURE_KEYS);
  const { accepted, ignored } = parseQuery(
    search,
    {
      [FEATURE_KEYS.feature]: (v) => v.trim() !== '' && v.trim().length <= MAX_FEATURE_TEXT,
      [FEATURE_KEYS.stage]: (v) => known.stageIds.includes(v),
    },
    passThrough.filter((key) => !own.includes(key)),
  );
  const feature = accepted.get(FEATURE_KEYS.feature)?.trim();
  const selection: FeatureSelection | undefined =
    feature === undefined
      ? undefined
      : known.featureIds.includes(feature)
        ? { kind: 'feature', id: feature }
        : { kind: 'other', text: feature };
  return {
    values: { selection, stage: accepted.get(FEATURE_KEYS.stage) },
    ignored: ownProblems(ignored, own),
  };
}

/** Reads `integrate-stage` and `integrate-start`. */
export function readIntegrateQuery(
  search: string,
  stageIds: readonly string[],
  passThrough: readonly string[],
): ToolQuery<{ stage: string | undefined; start: string | undefined }> {
  const own: readonly string[] = Object.values(INTEGRATE_KEYS);
  const { accepted, ignored } = parseQuery(
    search,
    {
      [INTEGRATE_KEYS.stage]: (v) => stageIds.includes(v),
      [INTEGRATE_KEYS.start]: (v) => DATE_SHAPE.test(v),
    },
    passThrough.filter((key) => !own.includes(key)),
  );
  return {
    values: {
      stage: accepted.get(INTEGRATE_KEYS.stage),
      start: accepted.get(INTEGRATE_KEYS.start),
    },
    ignored: ownProblems(ignored, own),
  };
}

/** The `feature` value for a selection: the id, or the reader's words; nothing when none. */
export function featureParam(selection: FeatureSelection): string | undefined {
  if (selection.kind === 'feature') return selection.id;
  if (selection.kind === 'other') return selection.text.trim() || undefined;
  return undefined;
}

/**
 * The query after a tool writes its own keys: every other key keeps its place and values, the
 * tool's keys follow in the given order, and empty values are left out. Returns "" or "?...".
 */
export function withOwnParams(
  search: string,
  entries: readonly (readonly [string, string | undefined])[],
): string {
  const own = entries.map(([key]) => key);
  const params = new URLSearchParams(search);
  const kept = [...params].filter(([key]) => !own.includes(key));
  const next = new URLSearchParams(kept);
  for (const [key, value] of entries) {
    if (value !== undefined && value !== '') next.append(key, value);
  }
  const text = next.toString();
  return text === '' ? '' : `?${text}`;
}
