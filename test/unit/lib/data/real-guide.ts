// The published guide data built from the real content, as the /data/ routes build it.
import { buildGuideData, type GuideSources } from '../../../../src/lib/data/build-guide.ts';
import { load } from '../../../fixtures/real-content.ts';

export const SITE = 'https://data.example/';

export function realGuideSources(): GuideSources {
  const overview = load('pages').find((p) => p.id === 'overview');
  if (overview?.data.guide === undefined) throw new Error('content/pages/overview.mdx: no guide');
  return {
    stages: load('stages'),
    matrices: load('matrices'),
    checklists: load('checklists'),
    quiz: load('quiz'),
    features: load('features'),
    terms: load('vocabulary'),
    topicTitles: new Map(load('topics').map((t) => [t.id, t.data.title])),
    guide: { title: overview.data.title, ...overview.data.guide },
    url: (path) => new URL(path, SITE).href,
  };
}

export function realGuideData() {
  return buildGuideData(realGuideSources());
}
