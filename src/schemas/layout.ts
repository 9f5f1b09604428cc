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
  | { kind: 'folder'; base: string; extensions: readonly FileExtension[] }
  | { kind: 'file'; path: string };

/** The file types content is written in: YAML, or Markdown/MDX with YAML frontmatter. */
export type FileExtension = '.md' | '.mdx' | '.yaml';

/** The extension of `name` among `extensions`, if it has one of them. */
export function extensionOf(name: string, extensions: readonly FileExtension[]) {
  // Longest first, so "a.mdx" is never read as ".md" plus an "x".
  return [...extensions].sort((a, b) => b.length - a.length).find((ext) => name.endsWith(ext));
}

/** Where each collection lives under the project root. One place, read by Astro and the checker. */
export const COLLECTION_SOURCES: Record<CollectionName, CollectionSource> = {
  stages: { kind: 'folder', base: 'content/stages', extensions: ['.mdx'] },
  matrices: { kind: 'folder', base: 'content/matrices', extensions: ['.yaml'] },
  checklists: { kind: 'folder', base: 'content/checklists', extensions: ['.yaml'] },
  quiz: { kind: 'folder', base: 'content/quiz', extensions: ['.yaml'] },
  // A topic that uses no component is plain Markdown: it builds faster than MDX.
  topics: { kind: 'folder', base: 'content/topics', extensions: ['.md', '.mdx'] },
  pages: { kind: 'folder', base: 'content/pages', extensions: ['.mdx'] },
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
