import { daysInMonth, weekday, type CalendarDate, type DateReading } from './calendar-date.ts';
import { decideStrings } from './strings.ts';

/** A date as a reader reads it: "Monday 30 November 2026" (the same everywhere, no locale). */
export function longDate(date: CalendarDate): string {
  const name = decideStrings.weekdays[weekday(date)] ?? '';
  const month = decideStrings.months[date.month - 1] ?? '';
  return `${name} ${date.day} ${month} ${date.year}`;
}

/** Why an impossible date is impossible: "February 2026 has 28 days". */
export function impossibleDetail(reading: Extract<DateReading, { reason: 'impossible' }>): string {
  const t = decideStrings.integrate;
  if (reading.year < 1) return t.noYearZero;
  if (reading.month < 1 || reading.month > 12) return t.noSuchMonth;
  if (reading.day < 1) return t.noDayZero;
  const month = decideStrings.months[reading.month - 1] ?? '';
  return t.monthHasDays(month, reading.year, daysInMonth(reading.year, reading.month));
}
