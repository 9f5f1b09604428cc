import {
  addPeriod,
  compareDates,
  daysBetween,
  parseIsoDate,
  type CalendarDate,
} from '../calendar-date.ts';
import type { Duration } from '../../../core/duration.ts';

/**
 * "When must I integrate?": from a stage's time box, the date the stage started and today, the
 * integration deadline (a time-boxed stage), the next review (an ongoing stage with a cadence), or
 * why there is none. Today is passed in, so the answer is the same on the server, in tests and in
 * every time zone.
 */

/** A stage's time box as the calculation needs it (absent: the stage has none). */
export interface TimeBoxRule {
  /** The maximum duration before integration, when the stage has one. */
  limit?: Duration | undefined;
  /** How often an ongoing stage's review recurs, when the source gives a cadence. */
  cadence?: Duration | undefined;
}

/** The answer, one kind per situation the reader can be in. */
export type IntegrationAnswer =
  /** The stage has no time box at all. */
  | { kind: 'no-time-box' }
  /** No start date yet. */
  | { kind: 'no-start' }
  /** The start date is not a date: another shape, or a day the calendar lacks. */
  | { kind: 'invalid-start'; text: string; reason: 'format' | 'impossible' }
  /** The start date is after today; what it would mean, for planning. */
  | {
      kind: 'future-start';
      start: CalendarDate;
      daysAhead: number;
      planned: CalendarDate | undefined;
    }
  /** A time-boxed stage: the deadline and where today stands. */
  | {
      kind: 'deadline';
      start: CalendarDate;
      deadline: CalendarDate;
      /** Days from today to the deadline; negative once it has passed. */
      daysLeft: number;
      /** Days from the start to today. */
      daysElapsed: number;
      /** Days from the start to the deadline. */
      daysAllowed: number;
      status: 'open' | 'due-today' | 'overdue';
    }
  /** An ongoing stage with a cadence: the next review on or after today. */
  | {
      kind: 'cadence';
      start: CalendarDate;
      next: CalendarDate;
      /** 1 for the first review after the start, 2 for the second, ... */
      count: number;
      daysUntil: number;
    }
  /** An ongoing stage without a cadence: integration is continuous, nothing to count. */
  | { kind: 'ongoing' };

/**
 * The `count`-th review after `start`, counted from the start each time (not from the previous
 * review), so a month-end start keeps its day where months allow it: 31 Jan, 30 Apr, 31 Jul.
 */
export function nthReview(start: CalendarDate, cadence: Duration, count: number): CalendarDate {
  return addPeriod(start, { amount: cadence.amount * count, unit: cadence.unit });
}

/** The first review on or after `today` (and its number), for a start on or before today. */
export function nextReview(
  start: CalendarDate,
  cadence: Duration,
  today: CalendarDate,
): { date: CalendarDate; count: number } {
  // Estimate the count from the distance, then settle it by comparing real dates: the estimate is
  // off by at most one either way, so the loops below run a step or two, never unbounded.
  const elapsed =
    cadence.unit === 'weeks'
      ? Math.floor(daysBetween(start, today) / 7)
      : (today.year - start.year) * 12 + (today.month - start.month);
  let count = Math.max(1, Math.floor(elapsed / cadence.amount));
  while (count > 1 && compareDates(nthReview(start, cadence, count - 1), today) >= 0) count -= 1;
  while (compareDates(nthReview(start, cadence, count), today) < 0) count += 1;
  return { date: nthReview(start, cadence, count), count };
}

/** The answer for a stage's time box, a start date as typed ("YYYY-MM-DD" or "") and today. */
export function integrationAnswer(
  timeBox: TimeBoxRule | undefined,
  startText: string,
  today: CalendarDate,
): IntegrationAnswer {
  if (timeBox === undefined) return { kind: 'no-time-box' };
  if (timeBox.limit === undefined && timeBox.cadence === undefined) return { kind: 'ongoing' };
  if (startText.trim() === '') return { kind: 'no-start' };
  const reading = parseIsoDate(startText.trim());
  if (!reading.ok) return { kind: 'invalid-start', text: startText, reason: reading.reason };
  const start = reading.date;

  if (compareDates(start, today) > 0) {
    const planned = timeBox.limit
      ? addPeriod(start, timeBox.limit)
      : timeBox.cadence
        ? nthReview(start, timeBox.cadence, 1)
        : undefined;
    return { kind: 'future-start', start, daysAhead: daysBetween(today, start), planned };
  }

  if (timeBox.limit) {
    const deadline = addPeriod(start, timeBox.limit);
    const daysLeft = daysBetween(today, deadline);
    return {
      kind: 'deadline',
      start,
      deadline,
      daysLeft,
      daysElapsed: daysBetween(start, today),
      daysAllowed: daysBetween(start, deadline),
      status: daysLeft > 0 ? 'open' : daysLeft === 0 ? 'due-today' : 'overdue',
    };
  }

  if (timeBox.cadence) {
    const { date, count } = nextReview(start, timeBox.cadence, today);
    return { kind: 'cadence', start, next: date, count, daysUntil: daysBetween(today, date) };
  }
  return { kind: 'ongoing' };
}
