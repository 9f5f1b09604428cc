/**
 * The gaps: what the stage the plan leads to requires (its must-haves and P0 items) that the
 * reader's quiz answers and saved checklist progress do not show in place, most urgent first by
 * the guide's priorities. One function, so it can be rewired to the shared feature derivation.
 */
import { isFinished, type Progress } from '../checklist/state.ts';
import { PRIORITY_ORDER, type PlanMigration, type Requirement } from './model.ts';

/** Why a requirement is no longer a gap. */
export type Closure =
  /** A quiz answer about the same feature fits the stage (or a later one). */
  | { by: 'answer'; questionId: string }
  /** Every item of the migration checklist about the same feature is done or not applicable. */
  | { by: 'checklist'; itemIds: string[] };

export interface Gap extends Requirement {
  /** How it was closed; absent while it is still a gap. */
  closed?: Closure | undefined;
  /** The migration checklist items about the same feature (where the work is tracked). */
  itemIds: string[];
}

export interface GapInputs {
  requirements: readonly Requirement[];
  /** Whether an answer fitting these stages has what the target stage needs. */
  reaches: (stages: readonly string[]) => boolean;
  /** The stages each answered capability question's answer fits, by question id. */
  answerStages: Readonly<Record<string, readonly string[]>>;
  /** The features each question is about, by question id. */
  questionFeatures: Readonly<Record<string, readonly string[]>>;
  migration?: PlanMigration | undefined;
  progress: Progress;
}

const rank = (r: Requirement) => {
  const band = r.priority === undefined ? -1 : PRIORITY_ORDER.indexOf(r.priority);
  return band === -1 ? PRIORITY_ORDER.length : band;
};

/** Every requirement with its closure; open gaps first, most urgent first, then the closed ones. */
export function deriveGaps(inputs: GapInputs): Gap[] {
  const gaps = inputs.requirements.map((req, index): Gap & { index: number } => {
    const about = (features: readonly string[]) => features.some((f) => req.features.includes(f));
    const itemIds = Object.entries(inputs.migration?.itemFeatures ?? {})
      .filter(([, features]) => about(features))
      .map(([id]) => id);
    const questionId = Object.entries(inputs.questionFeatures).find(
      ([qid, features]) => about(features) && inputs.reaches(inputs.answerStages[qid] ?? []),
    )?.[0];
    let closed: Closure | undefined;
    if (questionId !== undefined) closed = { by: 'answer', questionId };
    else if (itemIds.length > 0 && itemIds.every((id) => isFinished(inputs.progress, id))) {
      closed = { by: 'checklist', itemIds };
    }
    return { ...req, closed, itemIds, index };
  });
  return gaps
    .sort(
      (a, b) =>
        Number(a.closed !== undefined) - Number(b.closed !== undefined) ||
        rank(a) - rank(b) ||
        Number(b.must) - Number(a.must) ||
        a.index - b.index,
    )
    .map(({ index: _index, ...gap }) => gap);
}
