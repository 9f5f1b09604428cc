// The topics with what the pages about them need: where each sits in the lifecycle, which
// requirements lead to it, and the handbook's reading order. One derivation, read by the topic
// pages, the topic index and the handbook.
import type { CollectionEntry } from 'astro:content';
import { topicNeeds, type TopicNeedRow } from '../lib/topic-needs.ts';
import { firstStage, type PlacedTopic } from '../lib/topics/order.ts';
import {
  featureTopics,
  requirementsForTopic,
  type FeatureTopics,
  type TopicRequirement,
} from '../lib/topics/topic-for.ts';
import { loadFeatures, loadStages, loadTopics } from './content.ts';
import { loadFeatureStatements } from './feature-statements.ts';

export interface TopicView extends PlacedTopic {
  entry: CollectionEntry<'topics'>;
  needs: TopicNeedRow[];
  requirements: TopicRequirement[];
}

/** The feature → topic lookup, for links from requirement items. */
export async function loadFeatureTopics(): Promise<FeatureTopics> {
  return featureTopics(await loadFeatures());
}

/** Every topic with its placement, by title. */
export async function loadTopicViews(): Promise<TopicView[]> {
  const [stages, topics, features, statements] = await Promise.all([
    loadStages(),
    loadTopics(),
    loadFeatures(),
    loadFeatureStatements(),
  ]);
  const links = featureTopics(features);
  const stageIds = stages.map((s) => s.id);
  return topics.map((entry) => {
    // What the guide says of the features the topic covers, from the one feature derivation.
    const covered = statements.filter((f) => links.get(f.feature.id) === entry.id);
    const needs = topicNeeds(entry.id, stages, covered);
    const requirements = requirementsForTopic(entry.id, stages, links);
    return {
      id: entry.id,
      title: entry.data.title,
      kind: entry.data.kind,
      firstStage: firstStage(stageIds, needs, requirements),
      entry,
      needs,
      requirements,
    };
  });
}
