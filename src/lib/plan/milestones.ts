import type { Duration } from '../../core/duration.ts';
import { addPeriod, type CalendarDate } from '../decide/calendar-date.ts';
import type { PlanPhase } from './model.ts';

/**
 * The migration checklists name their phases by period ("Week 1", "Month 2", "Quarter 3", from
 * content/checklists). Read as "by the end of the Nth week, month or quarter after the start",
 * each phase gets a due date, for the plan, the calendar file and snapshot comparisons.
 */
const PERIOD = /^(week|month|quarter)\s+(\d{1,2})$/i;

/** The length of time from the start to the end of the period; undefined for other wording. */
export function periodLength(period: string): Duration | undefined {
  const match = PERIOD.exec(period.trim());
  if (match === null) return undefined;
  const unit = (match[1] ?? '').toLowerCase();
  const n = Number(match[2]);
  if (n < 1) return undefined;
  if (unit === 'week') return { amount: n, unit: 'weeks' };
  return { amount: unit === 'quarter' ? n * 3 : n, unit: 'months' };
}

/** A phase with its due date. */
export interface Milestone {
  phase: PlanPhase;
  date: CalendarDate;
}

/** The phases that have a due date, each dated from `start`. */
export function milestones(phases: readonly PlanPhase[], start: CalendarDate): Milestone[] {
  return phases.flatMap((phase) =>
    phase.due ? [{ phase, date: addPeriod(start, phase.due) }] : [],
  );
}
