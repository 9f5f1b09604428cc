import type { z } from 'astro/zod';
import { makeChecklistSchema } from './checklists.ts';
import { makeFeatureSchema } from './features.ts';
import { makeMatrixSchema } from './matrices.ts';
import { makePageSchema } from './pages.ts';
import { makeQuizSchema } from './quiz.ts';
import type { CollectionName, RefFactory } from './shared.ts';
import { makeStageSchema } from './stages.ts';
import { TopicSchema } from './topics.ts';
import { TermSchema } from './vocabulary.ts';

/** Where a collection's files are: a folder of one file per entry, or one file of many entries. */
export type CollectionSource =
  { kind: 'folder'; base: string; extension: '.mdx' | '.yaml' } | { kind: 'file'; path: string };

/** Where each collection lives under the project root. One place, read by Astro and the checker. */
export const COLLECTION_SOURCES: Record<CollectionName, CollectionSource> = {
  stages: { kind: 'folder', base: 'content/stages', extension: '.mdx' },
  matrices: { kind: 'folder', base: 'content/matrices', extension: '.yaml' },
  checklists: { kind: 'folder', base: 'content/checklists', extension: '.yaml' },
  quiz: { kind: 'folder', base: 'content/quiz', extension: '.yaml' },
  topics: { kind: 'folder', base: 'content/topics', extension: '.mdx' },
  pages: { kind: 'folder', base: 'content/pages', extension: '.mdx' },
  features: { kind: 'file', path: 'content/features.yaml' },
  vocabulary: { kind: 'file', path: 'content/vocabulary.yaml' },
};

/** Each collection's schema, made with the given reference factory. */
export function collectionSchemas(ref: RefFactory): Record<CollectionName, z.ZodType> {
  return {
    stages: makeStageSchema(ref),
    matrices: makeMatrixSchema(ref),
    checklists: makeChecklistSchema(ref),
    quiz: makeQuizSchema(ref),
    topics: TopicSchema,
    pages: makePageSchema(ref),
    features: makeFeatureSchema(ref),
    vocabulary: TermSchema,
  };
}
