import { afterEach, describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addPeriod,
  calendarDateOf,
  compareDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
  toIsoDate,
  weekday,
  type CalendarDate,
} from '../../../../src/lib/decide/calendar-date.ts';

/** A date from "YYYY-MM-DD" for test inputs; throws on text the parser rejects. */
function d(text: string): CalendarDate {
  const reading = parseIsoDate(text);
  if (!reading.ok) throw new Error(`bad test date ${text}`);
  return reading.date;
}

/** The same arithmetic done through UTC milliseconds, which have no time zone or DST. */
function viaUtc(text: string, days: number): string {
  const [y, m, day] = text.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day + days)).toISOString().slice(0, 10);
}

describe('isLeapYear and daysInMonth', () => {
  test('follows the Gregorian rule: every 4th year, not every 100th, every 400th', () => {
    expect([2024, 2028, 2000, 1600].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  test('gives February 28 or 29 days and the other months their lengths', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('parseIsoDate', () => {
  test('reads a date written YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-11-30')).toEqual({
      ok: true,
      date: { year: 2026, month: 11, day: 30 },
    });
  });

  test('accepts 29 February in a leap year only', () => {
    expect(parseIsoDate('2028-02-29').ok).toBe(true);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
    expect(parseIsoDate('2026-02-29')).toEqual({
      ok: false,
      reason: 'impossible',
      year: 2026,
      month: 2,
      day: 29,
    });
    expect(parseIsoDate('1900-02-29').ok).toBe(false);
  });

  test('calls days and months the calendar lacks impossible', () => {
    for (const text of [
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-05-00',
      '0000-01-01',
    ]) {
      expect(parseIsoDate(text), text).toMatchObject({ ok: false, reason: 'impossible' });
    }
  });

  test('calls text of any other shape a format problem', () => {
    for (const text of [
      '',
      '2026-2-3',
      '20260203',
      '2026-02-03T00:00',
      ' 2026-02-03',
      '03/02/2026',
      'yesterday',
      '2026-02-3x',
    ]) {
      expect(parseIsoDate(text), JSON.stringify(text)).toEqual({ ok: false, reason: 'format' });
    }
  });
});

describe('toIsoDate', () => {
  test('pads the year, month and day', () => {
    expect(toIsoDate({ year: 33, month: 2, day: 5 })).toBe('0033-02-05');
    expect(toIsoDate(d('2026-11-30'))).toBe('2026-11-30');
  });
});

describe('day numbers', () => {
  test('count days from 1970-01-01', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('1969-12-31'))).toBe(-1);
    expect(toDayNumber(d('2026-11-30'))).toBe(20787);
  });

  test('go there and back, one day at a time, from 1600 to 2400', () => {
    const first = toDayNumber(d('1600-01-01'));
    const last = toDayNumber(d('2400-12-31'));
    let previous = fromDayNumber(first - 1);
    const failures: string[] = [];
    for (let n = first; n <= last; n += 1) {
      const date = fromDayNumber(n);
      if (toDayNumber(date) !== n) failures.push(`${n} -> ${toIsoDate(date)}`);
      const nextDay =
        previous.day < daysInMonth(previous.year, previous.month)
          ? { ...previous, day: previous.day + 1 }
          : previous.month < 12
            ? { year: previous.year, month: previous.month + 1, day: 1 }
            : { year: previous.year + 1, month: 1, day: 1 };
      if (toIsoDate(date) !== toIsoDate(nextDay)) failures.push(`after ${toIsoDate(previous)}`);
      previous = date;
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  });
});

describe('addDays', () => {
  test('crosses month and year ends and leap days', () => {
    expect(toIsoDate(addDays(d('2026-11-30'), 1))).toBe('2026-12-01');
    expect(toIsoDate(addDays(d('2026-12-31'), 1))).toBe('2027-01-01');
    expect(toIsoDate(addDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(toIsoDate(addDays(d('2027-02-28'), 1))).toBe('2027-03-01');
    expect(toIsoDate(addDays(d('2026-03-01'), -1))).toBe('2026-02-28');
  });

  test('agrees with UTC arithmetic across the daylight-saving changes of 2026', () => {
    // Europe moves its clocks on 29 March and 25 October, the US on 8 March and 1 November.
    for (const start of ['2026-03-07', '2026-03-28', '2026-10-24', '2026-10-31']) {
      for (const days of [1, 2, 7, 28, -1, -28]) {
        expect(toIsoDate(addDays(d(start), days)), `${start} + ${days}`).toBe(viaUtc(start, days));
      }
    }
  });
});

describe('addMonths', () => {
  test('keeps the day when the month has it', () => {
    expect(toIsoDate(addMonths(d('2026-10-15'), 3))).toBe('2027-01-15');
    expect(toIsoDate(addMonths(d('2026-12-31'), 12))).toBe('2027-12-31');
    expect(toIsoDate(addMonths(d('2026-05-31'), 3))).toBe('2026-08-31');
  });

  test('clamps to the last day of a shorter month', () => {
    expect(toIsoDate(addMonths(d('2026-11-30'), 3))).toBe('2027-02-28');
    expect(toIsoDate(addMonths(d('2026-08-31'), 3))).toBe('2026-11-30');
    expect(toIsoDate(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
  });

  test('lands on 29 February in a leap year', () => {
    expect(toIsoDate(addMonths(d('2027-11-30'), 3))).toBe('2028-02-29');
    expect(toIsoDate(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(toIsoDate(addMonths(d('2028-02-29'), 12))).toBe('2029-02-28');
  });

  test('goes back for negative months', () => {
    expect(toIsoDate(addMonths(d('2026-03-31'), -1))).toBe('2026-02-28');
    expect(toIsoDate(addMonths(d('2026-01-15'), -3))).toBe('2025-10-15');
  });
});

describe('addPeriod', () => {
  test('counts a week as 7 days', () => {
    expect(toIsoDate(addPeriod(d('2026-11-02'), { amount: 4, unit: 'weeks' }))).toBe('2026-11-30');
    expect(toIsoDate(addPeriod(d('2028-02-10'), { amount: 4, unit: 'weeks' }))).toBe('2028-03-09');
    expect(toIsoDate(addPeriod(d('2026-12-20'), { amount: 2, unit: 'weeks' }))).toBe('2027-01-03');
  });

  test('counts months as addMonths does', () => {
    expect(toIsoDate(addPeriod(d('2026-11-30'), { amount: 3, unit: 'months' }))).toBe('2027-02-28');
  });
});

describe('daysBetween and compareDates', () => {
  test('count calendar days, signed', () => {
    expect(daysBetween(d('2026-11-02'), d('2026-11-30'))).toBe(28);
    expect(daysBetween(d('2026-11-30'), d('2026-11-02'))).toBe(-28);
    expect(daysBetween(d('2027-11-30'), d('2028-02-29'))).toBe(91);
    expect(daysBetween(d('2026-03-28'), d('2026-03-30'))).toBe(2);
  });

  test('order dates', () => {
    expect(compareDates(d('2026-01-01'), d('2026-01-02'))).toBe(-1);
    expect(compareDates(d('2026-01-02'), d('2026-01-02'))).toBe(0);
    expect(compareDates(d('2027-01-01'), d('2026-12-31'))).toBe(1);
  });
});

describe('weekday', () => {
  test('numbers Monday 0 to Sunday 6', () => {
    expect(weekday(d('1970-01-01'))).toBe(3);
    expect(weekday(d('2026-11-30'))).toBe(0);
    expect(weekday(d('2027-02-28'))).toBe(6);
    expect(weekday(d('1600-03-01'))).toBe(2);
  });
});

describe('calendarDateOf', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  test('reads the date the local clock shows', () => {
    expect(calendarDateOf(new Date(2026, 2, 29, 0, 30))).toEqual({ year: 2026, month: 3, day: 29 });
  });

  test('gives each time zone its own date for the same moment', () => {
    const moment = new Date(Date.UTC(2026, 2, 28, 23, 30)); // 00:30 on 29 March in Berlin
    process.env['TZ'] = 'Europe/Berlin';
    expect(toIsoDate(calendarDateOf(moment))).toBe('2026-03-29');
    process.env['TZ'] = 'America/Los_Angeles';
    expect(toIsoDate(calendarDateOf(moment))).toBe('2026-03-28');
  });
});
