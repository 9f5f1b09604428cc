/**
 * Snapshots: a dated copy of the plan (answers, stage, gaps, checklist progress counts and phase
 * due dates), so that two of them can be compared, as Well-Architected's milestones are, without
 * an account. A snapshot holds ids and the words at the time, never positions.
 */
import { isFinished, type Progress } from '../checklist/state.ts';
import { compareDates, parseIsoDate, toIsoDate } from '../decide/calendar-date.ts';
import { plainText } from '../inline.ts';
import type { Plan, PlanInput } from './plan.ts';

export interface Snapshot {
  /** Unique in this browser: the save time, ISO. */
  id: string;
  /** The local date of the save ("2026-11-30"). */
  date: string;
  input: { answers: Record<string, string>; stage?: string | undefined; start: string };
  stage: { id: string; name: string };
  target: { id: string; name: string };
  /** Open gaps, in the plan's order. */
  gaps: { id: string; text: string }[];
  checklist?:
    | {
        id: string;
        title: string;
        /** Finished (done or N/A) item ids, with their words. */
        finished: { id: string; text: string }[];
        done: number;
        notApplicable: number;
        total: number;
        /** Phases with a due date, and whether they were finished at the snapshot. */
        phases: { id: string; heading: string; due: string; finished: boolean }[];
      }
    | undefined;
  /** The integration deadline or next review, when the plan had one. */
  deadline?: { kind: 'deadline' | 'review'; date: string } | undefined;
}

/** The snapshot of `plan` as it is at `now` (local date `date`). */
export function snapshotOf(
  plan: Plan,
  input: PlanInput,
  progress: Progress,
  now: Date,
  date: string,
): Snapshot {
  const m = plan.migration;
  const sections = plan.stage.migration?.checklist.sections ?? [];
  const a = plan.integration;
  return {
    id: now.toISOString(),
    date,
    input: {
      answers: { ...input.answers },
      ...(input.stage ? { stage: input.stage } : {}),
      start: input.start,
    },
    stage: { id: plan.stage.id, name: plan.stage.shortName },
    target: { id: plan.target.id, name: plan.target.shortName },
    gaps: plan.gaps.filter((g) => !g.closed).map((g) => ({ id: g.id, text: g.text })),
    checklist: m && {
      id: m.id,
      title: m.title,
      finished: sections
        .flatMap((s) => s.items)
        .filter((i) => isFinished(progress, i.id))
        .map((i) => ({ id: i.id, text: plainText(i.text) })),
      done: m.counts.done,
      notApplicable: m.counts.notApplicable,
      total: m.counts.total,
      phases: m.phases.flatMap((p) =>
        p.due
          ? [
              {
                id: p.phase.id,
                heading: p.phase.heading,
                due: toIsoDate(p.due),
                finished: p.finished,
              },
            ]
          : [],
      ),
    },
    deadline:
      a.kind === 'deadline'
        ? { kind: 'deadline', date: toIsoDate(a.deadline) }
        : a.kind === 'cadence'
          ? { kind: 'review', date: toIsoDate(a.next) }
          : undefined,
  };
}

/** A deadline that fell between two snapshots, and whether it was met by the later one. */
export interface DeadlineOutcome {
  label: string;
  date: string;
  met: boolean;
}

export interface SnapshotDiff {
  stage: { from: string; to: string; changed: boolean };
  gapsClosed: { id: string; text: string }[];
  gapsOpened: { id: string; text: string }[];
  /** Items finished in the later snapshot, not in the earlier (same checklist only). */
  ticked: { id: string; text: string }[];
  reopened: { id: string; text: string }[];
  counts?: { from: number; to: number; total: number } | undefined;
  deadlines: DeadlineOutcome[];
}

const after = (date: string, from: string, to: string) => {
  const d = parseIsoDate(date);
  const f = parseIsoDate(from);
  const t = parseIsoDate(to);
  if (!d.ok || !f.ok || !t.ok) return false;
  return compareDates(d.date, f.date) > 0 && compareDates(d.date, t.date) <= 0;
};

/** What changed from `earlier` to `later` (pass them in either order: the older is the base). */
export function diffSnapshots(first: Snapshot, second: Snapshot): SnapshotDiff {
  const [a, b] = first.id <= second.id ? [first, second] : [second, first];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const aGaps = ids(a.gaps);
  const bGaps = ids(b.gaps);
  const sameTarget = a.target.id === b.target.id;
  const sameList = a.checklist !== undefined && a.checklist.id === b.checklist?.id;
  const aDone = ids(a.checklist?.finished ?? []);
  const bDone = ids(b.checklist?.finished ?? []);
  const deadlines: DeadlineOutcome[] = [];
  for (const phase of a.checklist?.phases ?? []) {
    if (!after(phase.due, a.date, b.date)) continue;
    const later = sameList ? b.checklist?.phases.find((p) => p.id === phase.id) : undefined;
    deadlines.push({ label: phase.heading, date: phase.due, met: later?.finished ?? false });
  }
  if (a.deadline?.kind === 'deadline' && after(a.deadline.date, a.date, b.date)) {
    // Met when the later snapshot has left the stage the deadline belonged to. (A review on a
    // cadence has nothing to meet: it is only held.)
    deadlines.push({ label: a.stage.name, date: a.deadline.date, met: b.stage.id !== a.stage.id });
  }
  return {
    stage: { from: a.stage.name, to: b.stage.name, changed: a.stage.id !== b.stage.id },
    // Gaps of a different target stage are not the same gaps: all of the later ones are new.
    gapsClosed: sameTarget ? a.gaps.filter((g) => !bGaps.has(g.id)) : [],
    gapsOpened: sameTarget ? b.gaps.filter((g) => !aGaps.has(g.id)) : b.gaps,
    ticked: sameList ? (b.checklist?.finished ?? []).filter((i) => !aDone.has(i.id)) : [],
    reopened: sameList ? (a.checklist?.finished ?? []).filter((i) => !bDone.has(i.id)) : [],
    counts:
      sameList && a.checklist && b.checklist
        ? {
            from: a.checklist.done + a.checklist.notApplicable,
            to: b.checklist.done + b.checklist.notApplicable,
            total: b.checklist.total,
          }
        : undefined,
    deadlines,
  };
}
