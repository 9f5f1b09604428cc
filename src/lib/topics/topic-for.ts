/**
 * Which topic page covers a feature, and which topics a requirement item leads to. Stage pages
 * link each requirement to its topic through these functions, and topic pages list the
 * requirements that lead to them, so both directions come from one derivation.
 */
import type { RequirementLevel } from '../../schemas/shared.ts';
import { sortStages, type StageEntry } from '../stages.ts';

/** A feature as these functions need it: its id and the topic that covers it, if any. */
export interface FeatureTopicLink {
  id: string;
  data: { topic?: { id: string } | undefined };
}

/** A lookup from feature id to topic id, built once from the features collection. */
export type FeatureTopics = ReadonlyMap<string, string>;

export function featureTopics(features: readonly FeatureTopicLink[]): FeatureTopics {
  return new Map(features.flatMap((f) => (f.data.topic ? [[f.id, f.data.topic.id] as const] : [])));
}

/** The topic page that covers feature `featureId`, if one does. */
export function topicFor(featureId: string, topics: FeatureTopics): string | undefined {
  return topics.get(featureId);
}

/** A requirement item as far as linking goes: the features it names. */
export interface LinkedItem {
  features?: readonly { id: string }[] | undefined;
}

/** The ids of the features an item links, in the order the item names them. */
export function itemFeatureIds(item: LinkedItem): string[] {
  return (item.features ?? []).map((feature) => feature.id);
}

/** The topics an item leads to, in the order its features are named, without repeats. */
export function topicsForItem(item: LinkedItem, topics: FeatureTopics): string[] {
  const ids = itemFeatureIds(item).flatMap((id) => topicFor(id, topics) ?? []);
  return [...new Set(ids)];
}

/** One requirement item of one stage that leads to a topic. */
export interface TopicRequirement {
  stageId: string;
  level: RequirementLevel;
  itemId: string;
  text: string;
}

/** The requirement items, stage by stage in lifecycle order, that lead to topic `topicId`. */
export function requirementsForTopic(
  topicId: string,
  stages: readonly StageEntry[],
  topics: FeatureTopics,
): TopicRequirement[] {
  return sortStages(stages).flatMap((stage) =>
    stage.data.requirements.flatMap((group) =>
      group.items
        .filter((item) => topicsForItem(item, topics).includes(topicId))
        .map((item) => ({
          stageId: stage.id,
          level: group.level,
          itemId: item.id,
          text: item.text,
        })),
    ),
  );
}
