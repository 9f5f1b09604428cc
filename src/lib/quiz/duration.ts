import { compareDurations, type Duration } from '../../core/duration.ts';

/**
 * A span of time a reader picks, "more than `over`, up to `upTo`": `over` absent means from
 * zero, `upTo` absent means without end.
 */
export interface Span {
  over?: Duration | undefined;
  upTo?: Duration | undefined;
}

/**
 * Where a span stands against a stage's time limit (at most `limit` before integration):
 * `within` ends before the limit; `due` ends exactly at it, so the integration checkpoint is due
 * now; `overdue` starts at or after it; `may-be-overdue` starts before and ends after it.
 */
export type SpanVersusLimit = 'within' | 'due' | 'overdue' | 'may-be-overdue';

/** Places `span` against `limit`; see `SpanVersusLimit`. */
export function spanVersusLimit(span: Span, limit: Duration): SpanVersusLimit {
  if (span.over !== undefined && compareDurations(span.over, limit) >= 0) return 'overdue';
  if (span.upTo === undefined) return 'may-be-overdue';
  const end = compareDurations(span.upTo, limit);
  if (end < 0) return 'within';
  if (end === 0) return 'due';
  return 'may-be-overdue';
}
