import { toIsoDate, type CalendarDate } from '../calendar-date.ts';
import { buildIcs, fitsCalendarFile } from '../ics.ts';
import type { IntegrationStage } from './build.ts';
import { decideStrings } from '../strings.ts';

/**
 * The "Add to calendar" file for a stage's integration date: its checkpoint deadline (a
 * time-boxed stage) or the next review on its cadence (an ongoing stage), with the checkpoint's
 * must-do lists in the description.
 */

const t = decideStrings.integrate.calendar;

/** The file's name and text. */
export interface CalendarFile {
  fileName: string;
  text: string;
}

/** The checkpoint's lists as plain text: "Must Do:" then "- item" lines. */
export function checkpointText(stage: IntegrationStage): string {
  return (stage.checkpoint?.lists ?? [])
    .map((list) =>
      [...(list.title ? [`${list.title}:`] : []), ...list.items.map((i) => `- ${i.text}`)].join(
        '\n',
      ),
    )
    .join('\n\n');
}

/** Why no calendar file is offered for an event on `date`; undefined when one can be. */
export function calendarProblem(date: CalendarDate): string | undefined {
  return fitsCalendarFile(date) ? undefined : t.outOfRange(toIsoDate(date));
}

/**
 * The calendar file for `stage`, started on `start`, with its event on `date`; undefined for a
 * stage with neither a limit nor a cadence. `now` is the file's time stamp; `site` the site's
 * absolute address.
 */
export function integrationCalendar(
  stage: IntegrationStage,
  start: CalendarDate,
  date: CalendarDate,
  site: string,
  now: Date,
): CalendarFile | undefined {
  const box = stage.timeBox;
  if (box === undefined) return undefined;
  const startIso = toIsoDate(start);
  const dateIso = toIsoDate(date);
  let summary: string;
  let lead: string;
  if (box.limit) {
    summary = t.summary(stage.shortName);
    lead = t.deadline(stage.shortName, box.maxDuration, startIso);
  } else if (box.cadence) {
    summary = t.reviewSummary(stage.shortName, box.cadence.text);
    lead = t.review(box.cadence.text, startIso);
  } else {
    return undefined;
  }
  const link = new URL(stage.checkpoint?.stageHref ?? stage.href, site).href;
  const description = [lead, checkpointText(stage), link].filter((p) => p !== '').join('\n\n');
  const host = new URL(site).host;
  const text = buildIcs(
    {
      uid: `${stage.id}-integration-${startIso}-${dateIso}@${host}`,
      date,
      stamp: now,
      summary,
      description,
      url: link,
    },
    `-//${host}//Integration dates//EN`,
  );
  if (text === undefined) return undefined;
  return { fileName: t.fileName(stage.id, dateIso), text };
}
