/** The plan's facts in sentences, shared by the page, the Markdown export and the print brief. */
import { toIsoDate } from '../decide/calendar-date.ts';
import type { NextAction, Plan } from './plan.ts';
import { planStrings as t } from './strings.ts';

/** A next action in words. */
export function actionText(action: NextAction): string {
  switch (action.kind) {
    case 'integrate':
      return t.actions.integrate(action.stage, action.overdue);
    case 'migrate-now':
      return t.actions.migrateNow(action.title);
    case 'phase':
      return t.actions.phase(
        action.heading,
        action.open,
        action.due ? toIsoDate(action.due) : undefined,
      );
    case 'gap':
      return t.actions.gap(action.text, action.priority);
    case 'set-start':
      return t.actions.setStart;
    default:
      return action satisfies never;
  }
}

/** The integration answer in one sentence. */
export function integrationText(plan: Plan): string {
  const a = plan.integration;
  const d = t.dates;
  switch (a.kind) {
    case 'no-time-box':
      return d.noTimeBox;
    case 'ongoing':
      return d.ongoing;
    case 'no-start':
      return d.noStart;
    case 'invalid-start':
      return d.invalid(a.text);
    case 'future-start':
      return a.planned ? d.future(toIsoDate(a.planned)) : d.noStart;
    case 'deadline':
      return d.deadline(toIsoDate(a.deadline), a.daysLeft);
    case 'cadence':
      return d.review(toIsoDate(a.next), plan.stage.timeBox?.cadence?.text ?? '', a.daysUntil);
    default:
      return a satisfies never;
  }
}

/** The dates as lines: the time box, the integration answer, each phase's due date. */
export function datesLines(plan: Plan): string[] {
  const lines: string[] = [];
  if (plan.stage.timeBox) lines.push(t.dates.timeBox(plan.stage.timeBox.maxDuration));
  lines.push(integrationText(plan));
  for (const p of plan.migration?.phases ?? []) {
    if (p.due) lines.push(`${p.phase.heading}: ${t.migration.due} ${toIsoDate(p.due)}`);
  }
  return lines;
}
