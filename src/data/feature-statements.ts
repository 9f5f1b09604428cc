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

/** What the guide says of every feature at every stage, in `content/features.yaml` order. */
export async function loadFeatureStatements() {
  const [stages, matrices, checklists, features, terms, topics] = await Promise.all([
    loadStages(),
    loadMatrices(),
    loadChecklists(),
    loadFeatures(),
    loadTerms(),
    loadTopics(),
  ]);
  const topicTitles = new Map(topics.map((t) => [t.id, t.data.title]));
  return deriveFeatureStatements({
    stages,
    matrices,
    checklists,
    features,
    topicTitles,
    labels: terms,
  });
}
