// The one derivation of what the guide says of each feature, fed from the collections. Pages and
// widgets that need it call this; the derivation itself (src/lib/features/) takes plain data.
import { deriveFeatureStatements } from '../lib/features/statements.ts';
import {
  loadChecklists,
  loadFeatures,
  loadMatrices,
  loadStages,
  loadTerms,
  loadTopics,
} from './content.ts';

/** The collections the feature derivation reads (the feature advisor's builder reads the same). */
export async function loadFeatureSources() {
  const [stages, matrices, checklists, features, terms, topics] = await Promise.all([
    loadStages(),
    loadMatrices(),
    loadChecklists(),
    loadFeatures(),
    loadTerms(),
    loadTopics(),
  ]);
  const topicTitles = new Map(topics.map((t) => [t.id, t.data.title]));
  return { stages, matrices, checklists, features, topicTitles, terms };
}

/** What the guide says of every feature at every stage, in `content/features.yaml` order. */
export async function loadFeatureStatements() {
  const { terms, ...sources } = await loadFeatureSources();
  return deriveFeatureStatements({ ...sources, labels: terms });
}
