// The collections the published data is built from, loaded once per build for every data route.
import {
  loadChecklists,
  loadFeatures,
  loadGuideMeta,
  loadMatrices,
  loadQuizzes,
  loadStages,
  loadTerms,
  loadTopics,
} from '../../data/content.ts';
import { buildGuideData, type GuideData } from '../../lib/data/build-guide.ts';

/** A site path as an absolute URL on the configured site. */
export function siteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

let cached: Promise<GuideData> | undefined;

async function build(): Promise<GuideData> {
  const { siteName, ...guide } = await loadGuideMeta();
  return buildGuideData({
    stages: await loadStages(),
    matrices: await loadMatrices(),
    checklists: await loadChecklists(),
    quiz: await loadQuizzes(),
    features: await loadFeatures(),
    terms: [...(await loadTerms())].map(([id, data]) => ({ id, data })),
    topicTitles: new Map((await loadTopics()).map((t) => [t.id, t.data.title])),
    guide: { title: siteName, ...guide },
    url: siteUrl,
  });
}

/** The published guide data, built once. */
export function guideData(): Promise<GuideData> {
  cached ??= build();
  return cached;
}

/** A JSON response; `jq .` prints it indented. */
export function json(value: unknown): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
