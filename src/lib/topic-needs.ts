import type { DocNeed, Priority } from '../schemas/shared.ts';
import type { FeatureStatements } from './features/statements.ts';
import { paths } from './paths.ts';
import { sortStages, type StageEntry } from './stages.ts';

/** One stage's need of a topic, as its Documentation Needs list gives it. */
export interface TopicNeed {
  need: DocNeed;
  priority?: Priority;
  qualifier?: string;
  note?: string;
  /** The item's own words where they are not the topic's title ("advanced security"). */
  label?: string;
  /** The source's own words where the need comes from a general line ("All previous stage documentation"). */
  via?: string;
}

/** A row of a topic's "which stages need it" table. */
export interface TopicNeedRow {
  stageId: string;
  needs: TopicNeed[];
  /** Whether the stage's Summary lists the topic under "Documentation by Stage". */
  keyDoc: boolean;
  /** What the guide requires at this stage of the features the topic covers. */
  features: TopicFeatureState[];
}

/** Whether the guide requires one of the topic's features at a stage (from the derivation). */
export interface TopicFeatureState {
  featureId: string;
  name: string;
  state: 'required' | 'carried' | 'conditional' | 'not-required';
  /** For `carried`: the stage it has been required since. */
  since?: string;
  /** Where the guide's places disagree about it at this stage. */
  disagreementHref?: string;
}

/**
 * Which stages need topic `topicId`, and how, computed from the stages' documentation needs;
 * and, for the features the topic covers (`covered`, from the one derivation of what the guide
 * says of each feature), whether the guide requires each at each stage.
 * A doc item marked `allEarlier` (Scale's "All previous stage documentation") passes its need to
 * every topic an earlier stage lists as essential or reference.
 */
export function topicNeeds(
  topicId: string,
  stages: readonly StageEntry[],
  covered: readonly FeatureStatements[] = [],
): TopicNeedRow[] {
  const sorted = sortStages(stages);
  return sorted.map((stage, index) => {
    const needs: TopicNeed[] = stage.data.docs.flatMap((group) =>
      group.items
        .filter((doc) => doc.topic?.id === topicId)
        .map((doc) => ({
          need: group.need,
          ...(doc.priority && { priority: doc.priority }),
          ...(doc.qualifier && { qualifier: doc.qualifier }),
          ...(doc.note && { note: doc.note }),
          ...(doc.label && { label: doc.label }),
        })),
    );
    // A general line counts only where the stage does not list the topic by name.
    if (needs.length === 0) {
      const listedEarlier = sorted
        .slice(0, index)
        .some((earlier) =>
          earlier.data.docs.some(
            (g) => g.need !== 'skip' && g.items.some((d) => d.topic?.id === topicId),
          ),
        );
      for (const group of stage.data.docs) {
        for (const doc of group.items) {
          if (doc.allEarlier && doc.label !== undefined && listedEarlier) {
            needs.push({ need: group.need, via: doc.label });
          }
        }
      }
    }
    return {
      stageId: stage.id,
      needs,
      keyDoc: stage.data.keyDocs.some((ref) => ref.id === topicId),
      features: covered.flatMap((f) => {
        const view = f.stages.find((v) => v.stage === stage.id);
        if (view === undefined) return [];
        const state: TopicFeatureState = {
          featureId: f.feature.id,
          name: f.feature.name,
          state:
            view.requiring.length > 0
              ? 'required'
              : view.carriedFrom !== undefined
                ? 'carried'
                : view.conditional.length > 0
                  ? 'conditional'
                  : 'not-required',
          ...(view.requiring.length === 0 && view.carriedFrom && { since: view.carriedFrom }),
          ...(view.disagreement && {
            disagreementHref: paths.disagreement(f.feature.id, stage.id),
          }),
        };
        return [state];
      }),
    };
  });
}

/** Whether any stage needs the topic at all (listed, or as a key document). */
export function isTopicListed(rows: readonly TopicNeedRow[]): boolean {
  return rows.some((row) => row.needs.length > 0 || row.keyDoc);
}
