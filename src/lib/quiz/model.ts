import type { Place } from '../decide/feature/build.ts';
import type { Duration } from '../../core/duration.ts';
import type { Span } from './duration.ts';

/**
 * The quiz as the island gets it: small, plain, serialisable data built from the content at build
 * time (see build.ts). Every word here comes from content/; nothing is retyped.
 */
export interface QuizModel {
  title: string;
  /** How answers become a result, how load is reported, and the guide's principles it follows. */
  rule: { text: string; load: string; principles: Principle[] };
  /** The principle quoted when the reader's load is behind their infrastructure. */
  infrastructureAhead: Principle;
  questions: QuizQuestion[];
  /** The optional time question; absent when the content has none. */
  timeQuestion?: TimeQuestion | undefined;
  /** The stages in lifecycle order. */
  stages: QuizStage[];
  /** The comparison matrix page, where every row of the gaps is. */
  compareHref: string;
}

/** One of the guide's principles, as the Summary lists it. */
export interface Principle {
  title?: string | undefined;
  text: string;
  href: string;
}

export interface QuizQuestion {
  /** Stable id, also the URL parameter name. */
  id: string;
  /** Short name for sentences and tables ("Monitoring"). */
  name: string;
  /** The question as the source asks it. */
  prompt: string;
  /** What the question counts and over which window (the site's own words), when it says. */
  clarification?: string | undefined;
  measures: 'load' | 'capability';
  required: boolean;
  /** The comparison-matrix row the question corresponds to, with its words per stage. */
  row?: MatrixRowView | undefined;
  /** The guide's words for each stage's band, by stage id ("1-5"). */
  bands: Record<string, string>;
  /** In stage order. */
  answers: QuizAnswer[];
}

export interface MatrixRowView {
  label: string;
  href: string;
  /** The row's words per stage id ("Basic metrics"), symbol levels put into words. */
  cells: Record<string, string>;
}

export interface QuizAnswer {
  /** Stable id, also the URL parameter value. */
  id: string;
  label: string;
  /** The ids of the stages the answer fits, a run in lifecycle order (["poc", "mvp"]). */
  stages: string[];
  /** Ids the answer had before, which shared links may still carry. */
  formerIds: string[];
}

export interface TimeQuestion {
  id: string;
  name: string;
  prompt: string;
  options: TimeOption[];
}

export interface TimeOption extends Span {
  id: string;
  label: string;
}

export interface QuizStage {
  id: string;
  /** "MVP" */
  shortName: string;
  /** "Stage 2: Minimum Viable Product (MVP)" */
  heading: string;
  href: string;
  /** The stage's time box, when it has one (Production's is "Ongoing", with no limit). */
  timeBox?:
    | {
        /** The source's words ("4 weeks", "Ongoing"). */
        maxDuration: string;
        /** The limit as a number; absent when the stage is ongoing. */
        limit?: Duration | undefined;
        /** What the integration requires, in the source's words. */
        integrationRequired: string;
      }
    | undefined;
  /** The stage page's integration checkpoint section, when the stage has one. */
  checkpointHref?: string | undefined;
  /** The stage's must-have requirements: their ids and plain words. */
  mustHaves: { id: string; text: string }[];
  /**
   * Features another place of the guide requires at this stage (a ✅ cell, a success criterion,
   * a task of the migration checklist into it) while no must-have of its requirement list names
   * them; from the one feature derivation (src/lib/features/statements.ts).
   */
  alsoRequired: AlsoRequired[];
  /** The checklist that migrates from this stage to the next; absent for the last stage. */
  migration?: { href: string; title: string } | undefined;
  /** The integration checklist template, titled for this stage and the next; absent for the last stage. */
  integrationChecklist?: { href: string; title: string } | undefined;
}

/** The position of a stage in the lifecycle, or -1 for an unknown id. */
export function stageIndex(model: Pick<QuizModel, 'stages'>, stageId: string): number {
  return model.stages.findIndex((s) => s.id === stageId);
}

/** A feature the guide requires at a stage outside the stage's must-have list, with those places. */
export interface AlsoRequired {
  featureId: string;
  name: string;
  /** The places that require it, as the advisor shows them. */
  places: Place[];
}
