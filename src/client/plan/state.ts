// The plan as the page shows it, shared by the page's script (which reads the link and renders
// the plan) and the tools island (share, exports, snapshots), which loads on first use and reads
// it from here. One module, so both get the same instance from the same chunk.
import type { Progress } from '../../lib/checklist/state.ts';
import type { CalendarDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import type { Plan, PlanInput } from '../../lib/plan/plan.ts';

export interface PlanState {
  model: PlanModel;
  plan: Plan;
  input: PlanInput;
  progress: Progress;
  today: CalendarDate;
}

/**
 * The `name` of each tool's button, the same before and after hydration, so a click held by
 * client:interact before the tools were ready is replayed on the right button.
 */
export const TOOL_NAMES = {
  copy: 'plan-copy-link',
  markdown: 'plan-markdown',
  ics: 'plan-ics',
  print: 'plan-print',
  json: 'plan-json',
  save: 'plan-save-snapshot',
} as const;

let current: PlanState | undefined;
const listeners = new Set<() => void>();

export function planState(): PlanState | undefined {
  return current;
}

export function setPlanState(next: PlanState): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` after every change; returns the function that stops it. */
export function subscribePlanState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
