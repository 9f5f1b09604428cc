/**
 * Local calendar dates (a year, a month and a day, no time and no time zone) and the arithmetic the
 * integration deadline needs. Everything is integer arithmetic on a proleptic Gregorian calendar,
 * so no answer depends on the reader's time zone or on daylight saving: "YYYY-MM-DD" is parsed
 * here, never with `new Date('YYYY-MM-DD')`, which reads it as midnight UTC.
 */
import type { Duration } from '../../core/duration.ts';

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What reading "YYYY-MM-DD" gave: a date, text of another shape, or a date the calendar lacks. */
export type DateReading =
  | { ok: true; date: CalendarDate }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'impossible'; year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days `month` (1–12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads "YYYY-MM-DD" (years 0001–9999). Text of another shape is a `format` problem; a shape whose
 * month or day the calendar does not have ("2026-02-30", "2026-13-01") is `impossible`.
 */
export function parseIsoDate(text: string): DateReading {
  const match = ISO_DATE.exec(text);
  if (match === null) return { ok: false, reason: 'format' };
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'impossible', year, month, day };
  }
  return { ok: true, date: { year, month, day } };
}

/** The date as "YYYY-MM-DD". */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (negative before it); Howard Hinnant's days_from_civil. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `dayNumber` days after 1970-01-01; the inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` months later. When that month is shorter, the answer is its last day:
 * 3 months after 2026-11-30 is 2027-02-28, and after 2027-11-30 it is 2028-02-29.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The date a period after `date`: a week is 7 days, a month as `addMonths`. */
export function addPeriod(date: CalendarDate, period: Duration): CalendarDate {
  return period.unit === 'weeks'
    ? addDays(date, period.amount * 7)
    : addMonths(date, period.amount);
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same date. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(daysBetween(b, a));
}

/** The day of the week, 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday). */
export function weekday(date: CalendarDate): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** The local calendar date of a moment, as the reader's clock shows it. */
export function calendarDateOf(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** The years a date field ("YYYY-MM-DD", RFC 5545 DATE) can hold: four digits, from 0001. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** Whether a date can be written as "YYYY-MM-DD" (years 0001–9999). */
export function fitsDateField(date: CalendarDate): boolean {
  return date.year >= FIRST_YEAR && date.year <= LAST_YEAR;
}
