// Reads what the plan starts from, once, after hydration: the link (query and fragment), the
// checklist progress (the link's or this browser's).
import { useEffect, useState } from 'react';
import type { Progress } from '../../lib/checklist/state.ts';
import { calendarDateOf, type CalendarDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { buildPlan, type PlanInput } from '../../lib/plan/plan.ts';
import { planProgress, type ProgressSource } from '../../lib/plan/progress.ts';
import { parsePlanUrl, planQuery } from '../../lib/plan/url.ts';
import { browserStorage } from '../shared/browser.ts';
import { useUrlState } from '../shared/useUrlState.ts';

export interface Boot {
  input: PlanInput;
  linkNote: string;
  /** The fragment that carried progress, to reopen the checklist with it. */
  sharedFragment: string;
  progress: Progress;
  progressSource: ProgressSource;
  today: CalendarDate;
}

function boot(model: PlanModel): Boot {
  const parsed = parsePlanUrl(model, location.search, location.hash);
  const today = calendarDateOf(new Date());
  const storage = browserStorage();
  const stage = buildPlan(model, parsed.input, {}, today)?.stage;
  const { items, source } = planProgress(storage, stage?.migration?.checklist, parsed.shared);
  let note = parsed.note;
  if (parsed.shared && source.kind !== 'link') {
    note = [
      note,
      `The progress in this link is for another checklist (${parsed.shared.snapshot.checklistId}) and was not used.`,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return {
    input: parsed.input,
    linkNote: note,
    sharedFragment: source.kind === 'link' ? location.hash : '',
    progress: items,
    progressSource: source,
    today,
  };
}

/** Undefined on the server and in the first client render (which must match the server's HTML). */
export function usePlanBoot(model: PlanModel): Boot | undefined {
  const [state, setState] = useState<Boot | undefined>(undefined);
  useEffect(() => setState(boot(model)), [model]);
  return state;
}

/**
 * What the plan is built from, kept in the address: each change is written, and back or forward
 * to another query reads it again (the boot has read the opened link and said what it ignored).
 */
export function usePlanInput(
  model: PlanModel,
  opened: PlanInput,
): [PlanInput, (next: PlanInput) => void] {
  const [input, setInput] = useState<PlanInput>(opened);
  useUrlState({
    state: input,
    read: ({ search, hash }, cause) => {
      if (cause === 'history') setInput(parsePlanUrl(model, search, hash).input);
    },
    write: (current) => planQuery(model, current),
  });
  return [input, setInput];
}
