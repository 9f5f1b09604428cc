import type { Duration } from '../../core/duration.ts';
import type { ChecklistModel } from '../checklist/model.ts';
import type { Place } from '../decide/feature/build.ts';
import type { QuizModel } from '../quiz/model.ts';

/**
 * What the plan page gets from the content, built at build time (build.ts): small plain
 * data, every word from content/. The quiz's own model rides along so the plan can call the
 * quiz's assessment instead of re-deriving it (see quiz-adapter.ts).
 */
export interface PlanModel {
  siteName: string;
  quiz: QuizModel;
  /** The features each quiz question's comparison-matrix row links, by question id. */
  questionFeatures: Record<string, string[]>;
  stages: PlanStage[];
  /** The vocabulary's words for the requirement level and the priority bands ("Must have", "P0"). */
  labels: { must: string } & Record<Priority, string>;
}

/** The guide's priority bands, most urgent first. */
export const PRIORITY_ORDER = ['P0', 'P1', 'P2'] as const;
export type Priority = (typeof PRIORITY_ORDER)[number];

/**
 * A requirement a stage must have: a must-have, a P0 priority, or both (merged by feature); or a
 * feature other places of the guide require there (its comparison tables, success criteria or
 * migration checklist) that the stage's lists do not name, as the one feature derivation finds it
 * (src/lib/features/statements.ts, read through the quiz's `alsoRequiredAt`).
 */
export interface Requirement {
  /** The must-have's item id, the P0 item's id when no must-have shares its feature, or `also--<feature id>`. */
  id: string;
  text: string;
  /** Where the stage page says it. */
  href: string;
  features: string[];
  /** The band of the stage's priorities that holds the same feature, if any. */
  priority?: Priority | undefined;
  /** Whether the stage lists it under its must-haves. */
  must: boolean;
  /** For a feature required outside the stage's lists: the places that require it. */
  places?: Place[] | undefined;
  /** Where the guide's places disagree about it at this stage: their sentence, and its entry. */
  disagreement?: { sentence: string; href: string } | undefined;
}

/** A phase of a migration checklist, with its period read as a length of time from the start. */
export interface PlanPhase {
  /** The checklist section id (also its anchor on the checklist page). */
  id: string;
  heading: string;
  /** "Week 1"; absent for the validation list. */
  period?: string | undefined;
  /** The end of the phase counted from the start date ("Week 2" is two weeks). */
  due?: Duration | undefined;
}

export interface PlanMigration {
  href: string;
  checklist: ChecklistModel;
  phases: PlanPhase[];
  /** The features each item links, by item id, for closing gaps. */
  itemFeatures: Record<string, string[]>;
}

export interface PlanStage {
  id: string;
  shortName: string;
  heading: string;
  href: string;
  /** What the stage requires, in the guide's order (must-haves, then P0-only items). */
  requirements: Requirement[];
  timeBox?:
    | {
        maxDuration: string;
        limit?: Duration | undefined;
        cadence?: (Duration & { text: string }) | undefined;
      }
    | undefined;
  checkpointHref?: string | undefined;
  /** The migration checklist that leaves the stage; absent for the last stage. */
  migration?: PlanMigration | undefined;
}
