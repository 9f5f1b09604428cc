import { describe, expect, test } from 'vitest';
import {
  addDays,
  compareDates,
  parseIsoDate,
  toIsoDate,
  type CalendarDate,
} from '../../../../../src/lib/decide/calendar-date.ts';
import type { Duration } from '../../../../../src/core/duration.ts';
import {
  integrationAnswer,
  nextReview,
  nthReview,
} from '../../../../../src/lib/decide/integration/deadline.ts';

function d(text: string): CalendarDate {
  const reading = parseIsoDate(text);
  if (!reading.ok) throw new Error(`bad test date ${text}`);
  return reading.date;
}

const FOUR_WEEKS = { limit: { amount: 4, unit: 'weeks' } } as const;
const THREE_MONTHS = { limit: { amount: 3, unit: 'months' } } as const;
const QUARTERLY = { cadence: { amount: 3, unit: 'months' } } as const;

describe('integrationAnswer: what there is to count', () => {
  test('a stage without a time box has no deadline, whatever the date', () => {
    expect(integrationAnswer(undefined, '2026-11-02', d('2026-11-10'))).toEqual({
      kind: 'no-time-box',
    });
    expect(integrationAnswer(undefined, 'rubbish', d('2026-11-10'))).toEqual({
      kind: 'no-time-box',
    });
  });

  test('an ongoing time box without a cadence is continuous', () => {
    expect(integrationAnswer({}, '2026-11-02', d('2026-11-10'))).toEqual({ kind: 'ongoing' });
  });

  test('asks for a start date when there is none', () => {
    expect(integrationAnswer(FOUR_WEEKS, '', d('2026-11-10'))).toEqual({ kind: 'no-start' });
    expect(integrationAnswer(FOUR_WEEKS, '  ', d('2026-11-10'))).toEqual({ kind: 'no-start' });
  });

  test('says why a start date cannot be read', () => {
    expect(integrationAnswer(FOUR_WEEKS, '2026-02-30', d('2026-11-10'))).toEqual({
      kind: 'invalid-start',
      text: '2026-02-30',
      reason: 'impossible',
    });
    expect(integrationAnswer(FOUR_WEEKS, '30/02/2026', d('2026-11-10'))).toEqual({
      kind: 'invalid-start',
      text: '30/02/2026',
      reason: 'format',
    });
  });

  test('flags a start after today and gives the date it would lead to', () => {
    expect(integrationAnswer(FOUR_WEEKS, '2026-11-12', d('2026-11-10'))).toEqual({
      kind: 'future-start',
      start: d('2026-11-12'),
      daysAhead: 2,
      planned: d('2026-12-10'),
    });
    expect(integrationAnswer(QUARTERLY, '2026-12-31', d('2026-11-10'))).toMatchObject({
      kind: 'future-start',
      planned: d('2027-03-31'),
    });
  });
});

describe('integrationAnswer: a time-boxed stage', () => {
  const start = '2026-11-02';

  test('starts the count on the start date', () => {
    expect(integrationAnswer(FOUR_WEEKS, start, d(start))).toEqual({
      kind: 'deadline',
      start: d(start),
      deadline: d('2026-11-30'),
      daysLeft: 28,
      daysElapsed: 0,
      daysAllowed: 28,
      status: 'open',
    });
  });

  test('has one day left the day before the deadline', () => {
    expect(integrationAnswer(FOUR_WEEKS, start, d('2026-11-29'))).toMatchObject({
      daysLeft: 1,
      daysElapsed: 27,
      status: 'open',
    });
  });

  test('is due today on the deadline', () => {
    expect(integrationAnswer(FOUR_WEEKS, start, d('2026-11-30'))).toMatchObject({
      daysLeft: 0,
      status: 'due-today',
    });
  });

  test('is overdue from the day after', () => {
    expect(integrationAnswer(FOUR_WEEKS, start, d('2026-12-01'))).toMatchObject({
      daysLeft: -1,
      status: 'overdue',
    });
    expect(integrationAnswer(FOUR_WEEKS, start, d('2027-01-15'))).toMatchObject({
      daysLeft: -46,
      status: 'overdue',
    });
  });

  test('counts months to the same day, or the month’s last day', () => {
    expect(integrationAnswer(THREE_MONTHS, '2026-11-30', d('2027-02-28'))).toMatchObject({
      deadline: d('2027-02-28'),
      daysAllowed: 90,
      status: 'due-today',
    });
    expect(integrationAnswer(THREE_MONTHS, '2026-11-30', d('2027-03-01'))).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
    expect(integrationAnswer(THREE_MONTHS, '2027-11-30', d('2028-01-01'))).toMatchObject({
      deadline: d('2028-02-29'),
      daysLeft: 59,
    });
  });

  test('does not move across a daylight-saving change', () => {
    expect(integrationAnswer(FOUR_WEEKS, '2026-03-20', d('2026-03-30'))).toMatchObject({
      deadline: d('2026-04-17'),
      daysElapsed: 10,
      daysLeft: 18,
    });
  });
});

describe('integrationAnswer: an ongoing stage with a cadence', () => {
  test('gives the first review a cadence after the start', () => {
    expect(integrationAnswer(QUARTERLY, '2026-01-31', d('2026-02-15'))).toEqual({
      kind: 'cadence',
      start: d('2026-01-31'),
      next: d('2026-04-30'),
      count: 1,
      daysUntil: 74,
    });
  });

  test('is due on the review day itself, then moves to the next', () => {
    expect(integrationAnswer(QUARTERLY, '2026-01-31', d('2026-04-30'))).toMatchObject({
      next: d('2026-04-30'),
      count: 1,
      daysUntil: 0,
    });
    expect(integrationAnswer(QUARTERLY, '2026-01-31', d('2026-05-01'))).toMatchObject({
      next: d('2026-07-31'),
      count: 2,
    });
  });

  test('counts each review from the start, so a month-end start keeps its day', () => {
    const start = d('2026-01-31');
    const cadence: Duration = { amount: 3, unit: 'months' };
    expect([1, 2, 3, 4].map((n) => toIsoDate(nthReview(start, cadence, n)))).toEqual([
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
    ]);
  });

  test('finds the right review years later', () => {
    expect(integrationAnswer(QUARTERLY, '2026-01-31', d('2036-01-01'))).toMatchObject({
      next: d('2036-01-31'),
      count: 40,
      daysUntil: 30,
    });
  });
});

describe('nextReview', () => {
  // Every day for three years: the review found is on or after today, and the one before it
  // (if any) is before today, so no review is skipped and none is early.
  for (const cadence of [
    { amount: 3, unit: 'months' },
    { amount: 1, unit: 'months' },
    { amount: 2, unit: 'weeks' },
  ] as const) {
    for (const startText of ['2026-01-31', '2027-11-30', '2026-02-28']) {
      test(`never skips or jumps ahead: every ${cadence.amount} ${cadence.unit} from ${startText}`, () => {
        const start = d(startText);
        const failures: string[] = [];
        for (let offset = 0; offset < 3 * 366; offset += 1) {
          const today = addDays(start, offset);
          const { date, count } = nextReview(start, cadence, today);
          const before = count > 1 ? nthReview(start, cadence, count - 1) : undefined;
          if (compareDates(date, today) < 0 || (before && compareDates(before, today) >= 0)) {
            failures.push(`${toIsoDate(today)} -> #${count} ${toIsoDate(date)}`);
          }
          if (toIsoDate(date) !== toIsoDate(nthReview(start, cadence, count))) {
            failures.push(`${toIsoDate(today)}: date is not review #${count}`);
          }
          if (failures.length > 3) break;
        }
        expect(failures).toEqual([]);
      });
    }
  }
});
