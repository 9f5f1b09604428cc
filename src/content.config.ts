import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { makeChecklistSchema } from './schemas/checklists.ts';
import { makeFeatureSchema } from './schemas/features.ts';
import { COLLECTION_SOURCES } from './schemas/layout.ts';
import { makeMatrixSchema } from './schemas/matrices.ts';
import { makePageSchema } from './schemas/pages.ts';
import { makeQuizSchema } from './schemas/quiz.ts';
import type { CollectionName, RefFactory } from './schemas/shared.ts';
import { makeStageSchema } from './schemas/stages.ts';
import { TopicSchema } from './schemas/topics.ts';
import { TermSchema } from './schemas/vocabulary.ts';

// The schemas are shared with the content check (src/content-check/), which runs first and
// reports problems by file; here they get Astro's own reference().
const ref = reference as unknown as RefFactory;

function loaderFor(name: CollectionName) {
  const source = COLLECTION_SOURCES[name];
  if (source.kind === 'file') return file(`./${source.path}`);
  const [only, ...more] = source.extensions;
  const pattern = more.length === 0 ? `[^_]*${only}` : `[^_]*{${source.extensions.join(',')}}`;
  return glob({ base: `./${source.base}`, pattern });
}

export const collections = {
  stages: defineCollection({ loader: loaderFor('stages'), schema: makeStageSchema(ref) }),
  matrices: defineCollection({ loader: loaderFor('matrices'), schema: makeMatrixSchema(ref) }),
  checklists: defineCollection({
    loader: loaderFor('checklists'),
    schema: makeChecklistSchema(ref),
  }),
  quiz: defineCollection({ loader: loaderFor('quiz'), schema: makeQuizSchema(ref) }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: TopicSchema }),
  pages: defineCollection({ loader: loaderFor('pages'), schema: makePageSchema(ref) }),
  features: defineCollection({ loader: loaderFor('features'), schema: makeFeatureSchema(ref) }),
  vocabulary: defineCollection({ loader: loaderFor('vocabulary'), schema: TermSchema }),
};
