// Reads what the plan starts from, once: the link (query and fragment) and the checklist progress
// (the link's or this browser's). Browser code, run by the plan page's script.
import type { Progress } from '../../lib/checklist/state.ts';
import { calendarDateOf, type CalendarDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { buildPlan, type PlanInput } from '../../lib/plan/plan.ts';
import { planProgress, type ProgressSource } from '../../lib/plan/progress.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { parsePlanUrl } from '../../lib/plan/url.ts';
import { browserStorage } from '../../islands/shared/browser.ts';

export interface Boot {
  input: PlanInput;
  linkNote: string;
  /** The part of the note about the fragment's progress (the query's part follows history). */
  progressNote: string;
  /** The fragment that carried progress, to reopen the checklist with it. */
  sharedFragment: string;
  progress: Progress;
  progressSource: ProgressSource;
  today: CalendarDate;
}

export function bootPlan(model: PlanModel): Boot {
  const parsed = parsePlanUrl(model, location.search, location.hash);
  const today = calendarDateOf(new Date());
  const stage = buildPlan(model, parsed.input, {}, today)?.stage;
  const { items, source } = planProgress(
    browserStorage(),
    stage?.migration?.checklist,
    parsed.shared,
  );
  const progressNote =
    parsed.shared && source.kind !== 'link'
      ? t.otherChecklist(parsed.shared.snapshot.checklistId)
      : '';
  return {
    input: parsed.input,
    linkNote: [parsed.note, progressNote].filter(Boolean).join(' '),
    progressNote,
    sharedFragment: source.kind === 'link' ? location.hash : '',
    progress: items,
    progressSource: source,
    today,
  };
}
