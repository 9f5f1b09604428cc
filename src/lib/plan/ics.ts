/**
 * The plan's dates as one iCalendar file: each migration phase's due date (Week 1 to 4, Month 1
 * to 3 or Quarter 1 to 3 from the start date) and the integration deadline or next review, each an
 * all-day event. Lines are written with the decision tool's iCalendar helpers (decide/ics.ts).
 */
import { addDays, toIsoDate, type CalendarDate } from '../decide/calendar-date.ts';
import { escapeText, foldLine, formatDateValue, formatUtcStamp } from '../decide/ics.ts';
import type { Plan } from './plan.ts';
import { planStrings as t } from './strings.ts';

export interface PlanEvent {
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  url: string;
}

/** The plan's dated events; empty without a valid start date. */
export function planEvents(plan: Plan, site: string): PlanEvent[] {
  const host = new URL(site).host;
  const start = 'start' in plan.integration ? toIsoDate(plan.integration.start) : undefined;
  const events: PlanEvent[] = [];
  const migration = plan.migration;
  for (const p of migration?.phases ?? []) {
    if (!p.due || !migration) continue;
    events.push({
      uid: `${migration.id}-${p.phase.id}-${toIsoDate(p.due)}@${host}`,
      date: p.due,
      summary: t.calendar.phase(p.phase.heading, migration.title),
      description: p.phase.period ?? p.phase.heading,
      url: new URL(`${migration.href}#${p.phase.id}`, site).href,
    });
  }
  const a = plan.integration;
  const href = new URL(plan.stage.checkpointHref ?? plan.stage.href, site).href;
  const date =
    a.kind === 'deadline'
      ? a.deadline
      : a.kind === 'cadence'
        ? a.next
        : a.kind === 'future-start'
          ? a.planned
          : undefined;
  if (date !== undefined) {
    const review = plan.stage.timeBox?.limit === undefined;
    events.push({
      uid: `${plan.stage.id}-integration-${start ?? ''}-${toIsoDate(date)}@${host}`,
      date,
      summary: review
        ? t.calendar.review(plan.stage.shortName)
        : t.calendar.deadline(plan.stage.shortName),
      description: plan.stage.timeBox?.maxDuration ?? '',
      url: href,
    });
  }
  return events.sort((x, y) => formatDateValue(x.date).localeCompare(formatDateValue(y.date)));
}

/** The .ics text for the events; `now` is the stamp. */
export function buildCalendar(events: readonly PlanEvent[], site: string, now: Date): string {
  const host = new URL(site).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//Plan dates//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${formatUtcStamp(now)}`,
      `DTSTART;VALUE=DATE:${formatDateValue(e.date)}`,
      `DTEND;VALUE=DATE:${formatDateValue(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
