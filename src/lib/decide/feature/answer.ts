import type { FeatureFacts, FeatureStage, FeatureToolData, StageRule } from './build.ts';
import { matchFeature, nameKey } from '../../../core/names.ts';

/**
 * "Should I add feature X?": what the guide says of a feature at each stage and at the reader's
 * stage, where it becomes required, and the stage's rule; or, for words the guide does not name,
 * the rule alone. Every answer is read from the one derivation of the guide's statements
 * (src/lib/features/statements.ts); nothing is inferred from wording here.
 */

/** One stage's row of the answer. */
export interface StageView {
  stage: StageRule;
  facts: FeatureStage;
}

/** Where the stage that makes the feature required lies relative to the reader's stage. */
export type Relation = 'here' | 'later' | 'earlier' | 'never';

/** The answer for a feature the guide names. */
export interface FeatureAnswer {
  feature: FeatureFacts;
  /** The first stage where any place requires it outright; undefined when none does. */
  requiredAt: StageView | undefined;
  /** When no place requires it outright: the first stage where one does under a condition. */
  requiredIf: StageView | undefined;
  /** Every stage in order. */
  journey: StageView[];
  /** The reader's stage, when chosen. */
  chosen: { view: StageView; relation: Relation; steps: number } | undefined;
  /** The alias note for the words the reader typed, when they are also another feature's use. */
  aliasNote?: FeatureFacts['aliasNotes'][number] | undefined;
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
  const journey = data.stages.flatMap((stage): StageView[] => {
    const facts = feature.stages.find((f) => f.stage === stage.id);
    return facts === undefined ? [] : [{ stage, facts }];
  });
  const requiredIndex = journey.findIndex((v) => v.stage.id === feature.requiredAt);
  const requiredAt = journey[requiredIndex];
  const requiredIf = journey.find((v) => v.stage.id === feature.requiredIf);
  const chosenIndex = journey.findIndex((v) => v.stage.id === stageId);
  const view = journey[chosenIndex];
  const chosen =
    view === undefined
      ? undefined
      : {
          view,
          relation: relationOf(requiredIndex, chosenIndex),
          steps: requiredIndex === -1 ? 0 : Math.abs(requiredIndex - chosenIndex),
        };
  return { feature, requiredAt, requiredIf, journey, chosen };
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
  const aliasNote = feature.aliasNotes.find((n) => nameKey(n.alias) === nameKey(typed));
  return {
    kind: 'named',
    answer: { ...answerFeature(data, feature, stageId), aliasNote },
    typed: nameKey(typed) === nameKey(feature.name) ? undefined : typed,
  };
}
