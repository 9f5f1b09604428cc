/**
 * The plan: from the quiz's answers (or a stage the reader chose), saved checklist progress, a
 * start date and today, everything the plan page, its exports and its snapshots show. Pure:
 * today is passed in, so the plan is the same on the server, in tests and in every time zone.
 */
import { countItems, isFinished, type Counts, type Progress } from '../checklist/state.ts';
import { compareDates, parseIsoDate, type CalendarDate } from '../decide/calendar-date.ts';
import { integrationAnswer, type IntegrationAnswer } from '../decide/integration/deadline.ts';
import type { Answers } from '../quiz/assess.ts';
import { deriveGaps, type Gap } from './gaps.ts';
import { milestones } from './milestones.ts';
import type { PlanModel, PlanPhase, PlanStage } from './model.ts';
import { answerReaches, assessForPlan, type PlanAssessment } from './quiz-adapter.ts';

/** What the reader brings: quiz answers, or a stage chosen on a stage page; a start date. */
export interface PlanInput {
  answers: Answers;
  /** A stage id chosen without the quiz (used only when no answer places the reader). */
  stage?: string | undefined;
  /** The date the stage started, as typed ("YYYY-MM-DD" or ""). */
  start: string;
}

export interface PhaseView {
  phase: PlanPhase;
  counts: Counts;
  finished: boolean;
  due?: CalendarDate | undefined;
  /** Past its due date with items open. */
  late: boolean;
}

/** One of the next actions (NEXT_ACTIONS of them), most urgent first; its words come from strings.ts by kind. */
export type NextAction =
  | { kind: 'integrate'; href: string; stage: string; overdue: boolean }
  | { kind: 'migrate-now'; href: string; title: string }
  | { kind: 'phase'; href: string; heading: string; open: number; due?: CalendarDate | undefined }
  | { kind: 'gap'; href: string; text: string; priority?: string | undefined }
  | { kind: 'set-start'; href: string };

export interface Plan {
  /** Where the stage came from. */
  basis: 'quiz' | 'chosen';
  assessment?: PlanAssessment | undefined;
  /** The stage the infrastructure has reached. */
  stage: PlanStage;
  /** The stage the plan leads to (the next one; the stage itself at the last stage). */
  target: PlanStage;
  gaps: Gap[];
  migration?:
    { href: string; title: string; id: string; phases: PhaseView[]; counts: Counts } | undefined;
  integration: IntegrationAnswer;
  actions: NextAction[];
}

/** How many next actions a plan names: the few a team can start this week. */
export const NEXT_ACTIONS = 3;

/** The id of the plan page's dates section (the "set a start date" action links to it). */
export const DATES_ANCHOR = 'plan-dates';

function stageIndex(model: PlanModel, id: string): number {
  return model.stages.findIndex((s) => s.id === id);
}

function nextActions(plan: Omit<Plan, 'actions'>, start: string): NextAction[] {
  const actions: NextAction[] = [];
  const answer = plan.integration;
  if (answer.kind === 'deadline' && answer.status !== 'open') {
    actions.push({
      kind: 'integrate',
      href: plan.stage.checkpointHref ?? plan.stage.href,
      stage: plan.stage.shortName,
      overdue: answer.status === 'overdue',
    });
  }
  if (plan.assessment?.alignment?.kind === 'load-ahead' && plan.migration) {
    actions.push({ kind: 'migrate-now', href: plan.migration.href, title: plan.migration.title });
  }
  const phase = plan.migration?.phases.find((p) => !p.finished);
  if (plan.migration && phase) {
    actions.push({
      kind: 'phase',
      href: `${plan.migration.href}#${phase.phase.id}`,
      heading: phase.phase.heading,
      open: phase.counts.open,
      due: phase.due,
    });
  }
  for (const gap of plan.gaps.filter((g) => g.closed === undefined)) {
    actions.push({ kind: 'gap', href: gap.href, text: gap.text, priority: gap.priority });
  }
  if (start.trim() === '' && answer.kind === 'no-start') {
    actions.splice(Math.min(actions.length, 2), 0, { kind: 'set-start', href: `#${DATES_ANCHOR}` });
  }
  return actions.slice(0, NEXT_ACTIONS);
}

/** The plan, or undefined when neither an answer nor a chosen stage places the reader. */
export function buildPlan(
  model: PlanModel,
  input: PlanInput,
  progress: Progress,
  today: CalendarDate,
): Plan | undefined {
  const assessment = assessForPlan(model.quiz, input.answers);
  const stageId = assessment?.stage ?? input.stage;
  const index = stageId === undefined ? -1 : stageIndex(model, stageId);
  const stage = model.stages[index];
  if (stage === undefined) return undefined;
  const target = model.stages[index + 1] ?? stage;
  const migration = stage.migration;
  const gaps = deriveGaps({
    requirements: target.requirements,
    reaches: (stages) => answerReaches(model.quiz, stages, target.id),
    answerStages: assessment?.answerStages ?? {},
    questionFeatures: model.questionFeatures,
    migration,
    progress,
  });
  const integration = integrationAnswer(stage.timeBox, input.start, today);
  const startDate = parseIsoDate(input.start.trim());
  const dated = startDate.ok ? milestones(migration?.phases ?? [], startDate.date) : [];
  const base: Omit<Plan, 'actions'> = {
    basis: assessment ? 'quiz' : 'chosen',
    assessment,
    stage,
    target,
    gaps,
    migration: migration && {
      href: migration.href,
      title: migration.checklist.title,
      id: migration.checklist.id,
      counts: countItems(
        migration.checklist.sections.flatMap((s) => s.items.map((i) => i.id)),
        progress,
      ),
      phases: migration.phases.map((phase) => {
        const ids =
          migration.checklist.sections.find((s) => s.id === phase.id)?.items.map((i) => i.id) ?? [];
        const counts = countItems(ids, progress);
        const finished = ids.every((id) => isFinished(progress, id));
        const due = dated.find((m) => m.phase.id === phase.id)?.date;
        return {
          phase,
          counts,
          finished,
          due,
          late: !finished && due !== undefined && compareDates(due, today) < 0,
        };
      }),
    },
    integration,
  };
  return { ...base, actions: nextActions(base, input.start) };
}
