import { addDays, fitsDateField, toIsoDate, type CalendarDate } from './calendar-date.ts';

/**
 * An iCalendar (RFC 5545) file with one all-day event, for "Add to calendar": CRLF line ends,
 * lines folded at 75 octets, text values escaped. An all-day event is a DATE, not a time, so the
 * calendar shows it on that day whatever the reader's time zone.
 */

/** One all-day event. */
export interface AllDayEvent {
  /** Stable across downloads of the same event, so importing it again updates it. */
  uid: string;
  /** The day of the event. */
  date: CalendarDate;
  /** When the file was made (DTSTAMP), as a moment; written in UTC. */
  stamp: Date;
  summary: string;
  /** Plain text; line breaks are kept. */
  description: string;
  /** An absolute link to more about the event. */
  url?: string | undefined;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8, each continuation starting with
 * one space (RFC 5545 §3.1). A character is never split across lines, nor an escape such as "\n"
 * (the standard allows it, but some calendar apps unfold too naively to cope).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A DATE value: "20261130". Only for dates that `fitsDateField` (eight digits, no more). */
export function formatDateValue(date: CalendarDate): string {
  return toIsoDate(date).replace(/-/g, '');
}

/**
 * Whether an all-day event on `date` can be written: its DTSTART and its exclusive DTEND (the
 * next day) must both be dates of years 0001–9999, so 9999-12-31 itself cannot be.
 */
export function fitsCalendarFile(date: CalendarDate): boolean {
  return fitsDateField(date) && fitsDateField(addDays(date, 1));
}

/** A UTC DATE-TIME value: "20261130T093000Z". */
export function formatUtcStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * The whole file for one all-day event; `productId` names the site that made it. Undefined when
 * the date does not fit a calendar file (see `fitsCalendarFile`): no broken file is ever made.
 */
export function buildIcs(event: AllDayEvent, productId: string): string | undefined {
  if (!fitsCalendarFile(event.date)) return undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${formatDateValue(event.date)}`,
    // DTEND is exclusive: an all-day event on one date ends at the start of the next.
    `DTEND;VALUE=DATE:${formatDateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A `data:` URL of the file, for a download link that works without a Blob. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
