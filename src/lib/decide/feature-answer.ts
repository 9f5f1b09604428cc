import type {
  FeatureCell,
  FeatureFacts,
  FeaturePriority,
  FeatureRequirement,
  FeatureToolData,
  StageRule,
} from './feature-facts.ts';
import { matchFeature, nameKey } from '../../core/names.ts';

/**
 * "Should I add feature X?": what the guide says of a feature at each stage and at the reader's
 * stage, where it becomes required, and the stage's rule; or, for words the guide does not name,
 * the rule alone. Every answer is read from the content; nothing is inferred from wording.
 */

/** What a stage's requirements say of the feature. */
export type Standing =
  /** The stage lists it, once or more (each item with its own level and words). */
  | { kind: 'listed'; requirements: FeatureRequirement[] }
  /**
   * The stage does not list it, but the closest earlier stage that does made it a must have:
   * must-haves carry forward ("Must Have (Add from MVP)").
   */
  | { kind: 'carried'; since: StageRule; heading: string }
  /** Neither this stage nor a must have before it. */
  | { kind: 'not-listed' };

/** One stage's row of the answer. */
export interface StageView {
  stage: StageRule;
  standing: Standing;
  priorities: FeaturePriority[];
  cells: FeatureCell[];
}

/** Where the stage that makes the feature required lies relative to the reader's stage. */
export type Relation = 'here' | 'later' | 'earlier' | 'never';

/** The answer for a feature the guide names. */
export interface FeatureAnswer {
  feature: FeatureFacts;
  /** The first stage with a must-have requirement for it; undefined when none has. */
  requiredAt: StageRule | undefined;
  /** Every stage in order. */
  journey: StageView[];
  /** The reader's stage, when chosen. */
  chosen: { view: StageView; relation: Relation; steps: number } | undefined;
}

/** What the reader picked. */
export type FeatureSelection =
  { kind: 'none' } | { kind: 'feature'; id: string } | { kind: 'other'; text: string };

/** The tool's answer to a selection. */
export type FeatureLookup =
  | { kind: 'nothing' }
  | { kind: 'awaiting-text' }
  /** `typed` is set when the reader's words matched by an alias or id rather than the name. */
  | { kind: 'named'; answer: FeatureAnswer; typed?: string | undefined }
  | { kind: 'unnamed'; typed: string; stage: StageRule | undefined };

/** What the guide says of `feature` at every stage, and at `stageId` when given. */
export function answerFeature(
  data: FeatureToolData,
  feature: FeatureFacts,
  stageId: string | undefined,
): FeatureAnswer {
  const stages = data.stages;
  const firstMust = stages.findIndex((stage) =>
    feature.requirements.some((r) => r.stage === stage.id && r.level === 'must'),
  );
  const requiredAt = stages[firstMust];

  const journey = stages.map((stage, index): StageView => {
    const requirements = feature.requirements.filter((r) => r.stage === stage.id);
    return {
      stage,
      standing:
        requirements.length > 0
          ? { kind: 'listed', requirements }
          : carriedStanding(feature, stages, index, requiredAt),
      priorities: feature.priorities.filter((p) => p.stage === stage.id),
      cells: feature.cells.filter((c) => c.stage === stage.id),
    };
  });

  const chosenIndex = stages.findIndex((stage) => stage.id === stageId);
  const view = journey[chosenIndex];
  const chosen =
    view === undefined
      ? undefined
      : {
          view,
          relation: relationOf(firstMust, chosenIndex),
          steps: firstMust === -1 ? 0 : Math.abs(firstMust - chosenIndex),
        };
  return { feature, requiredAt, journey, chosen };
}

function carriedStanding(
  feature: FeatureFacts,
  stages: readonly StageRule[],
  index: number,
  requiredAt: StageRule | undefined,
): Standing {
  const stage = stages[index];
  if (requiredAt === undefined || stage === undefined) return { kind: 'not-listed' };
  // The closest earlier stage that lists the feature decides whether it is still a must have.
  for (let i = index - 1; i >= 0; i -= 1) {
    const earlier = feature.requirements.filter((r) => r.stage === stages[i]?.id);
    if (earlier.length === 0) continue;
    if (!earlier.some((r) => r.level === 'must')) return { kind: 'not-listed' };
    return stage.mustHeading === undefined
      ? { kind: 'not-listed' }
      : { kind: 'carried', since: requiredAt, heading: stage.mustHeading };
  }
  return { kind: 'not-listed' };
}

function relationOf(requiredIndex: number, chosenIndex: number): Relation {
  if (requiredIndex === -1) return 'never';
  if (requiredIndex === chosenIndex) return 'here';
  return requiredIndex > chosenIndex ? 'later' : 'earlier';
}

/** The answer to what the reader picked, at `stageId` when chosen. */
export function lookUpFeature(
  data: FeatureToolData,
  selection: FeatureSelection,
  stageId: string | undefined,
): FeatureLookup {
  if (selection.kind === 'none') return { kind: 'nothing' };
  if (selection.kind === 'feature') {
    const feature = data.features.find((f) => f.id === selection.id);
    return feature
      ? { kind: 'named', answer: answerFeature(data, feature, stageId) }
      : { kind: 'nothing' };
  }
  const typed = selection.text.trim();
  if (typed === '') return { kind: 'awaiting-text' };
  const feature = matchFeature(typed, data.features);
  if (feature === undefined) {
    return { kind: 'unnamed', typed, stage: data.stages.find((s) => s.id === stageId) };
  }
  return {
    kind: 'named',
    answer: answerFeature(data, feature, stageId),
    typed: nameKey(typed) === nameKey(feature.name) ? undefined : typed,
  };
}
