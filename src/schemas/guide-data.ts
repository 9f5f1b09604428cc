import { z } from 'astro/zod';
import { makeChecklistSchema } from './checklists.ts';
import { makeFeatureSchema } from './features.ts';
import { idOnlyRef, LevelValueSchema } from './json-schema.ts';
import { makeMatrixSchema } from './matrices.ts';
import { makePageSchema } from './pages.ts';
import { makeQuizSchema } from './quiz.ts';
import {
  CellLevelSchema,
  IdSchema,
  PrioritySchema,
  RequirementLevelSchema,
  TextSchema,
} from './shared.ts';
import { makeStageSchema } from './stages.ts';
import { TermSchema } from './vocabulary.ts';

/**
 * The published data (/data/guide.json and its per-collection parts), as a Zod schema whose JSON
 * Schema is published at /data/schema/. Each collection's entries are the content's own schema
 * (references written as ids) plus the entry's `id` and the `url` of the page that shows it, so
 * the data follows the content format wherever it changes.
 */

/** Bump on any breaking change of the published format: a field removed, renamed or retyped. */
export const FORMAT_VERSION = 1;

const UrlSchema = z.url().meta({ description: 'The absolute URL of the page that shows this.' });

const placed = {
  id: IdSchema.meta({ description: "The entry's stable id (the content file's name)." }),
  url: UrlSchema,
};

/** What one stage's requirements, priorities and matrix cells say of a feature. */
export const FeatureAtStageSchema = z.strictObject({
  stage: IdSchema.meta({ description: 'The stage.' }),
  standing: z.enum(['listed', 'carried', 'not-listed']).meta({
    description:
      '"listed": the stage lists the feature among its requirements; "carried": it does not, but it became a must have at an earlier stage (requiredFrom) and must haves carry forward; "not-listed": neither.',
  }),
  requirements: z.array(
    z.strictObject({
      level: RequirementLevelSchema,
      item: IdSchema.meta({ description: "The requirement item's id within the stage." }),
      text: TextSchema,
      url: UrlSchema,
    }),
  ),
  priorities: z.array(
    z.strictObject({
      level: PrioritySchema,
      item: IdSchema.meta({ description: "The priority item's id within the stage." }),
      text: TextSchema,
      url: UrlSchema,
    }),
  ),
  cells: z.array(
    z.strictObject({
      matrix: IdSchema.meta({ description: 'The comparison table.' }),
      row: IdSchema.meta({ description: "The row's id within the table." }),
      level: CellLevelSchema.optional(),
      text: TextSchema.optional(),
      url: UrlSchema,
    }),
  ),
});
export type FeatureAtStage = z.output<typeof FeatureAtStageSchema>;

/** A feature's journey across the stages, as the advisor on /decide/ derives it. */
export const FeatureJourneySchema = z.strictObject({
  requiredFrom: IdSchema.optional().meta({
    description: 'The first stage whose must haves list the feature; absent when none does.',
  }),
  stages: z.array(FeatureAtStageSchema).meta({ description: 'Every stage, in lifecycle order.' }),
});
export type FeatureJourney = z.output<typeof FeatureJourneySchema>;

/** The guide's status, from the overview page. */
const GuideSchema = makePageSchema(idOnlyRef)
  .shape.guide.unwrap()
  .extend({
    title: TextSchema.meta({ description: "The guide's title." }),
    url: UrlSchema,
  });

const stage = z.strictObject({ ...placed, ...makeStageSchema(idOnlyRef).shape });
const matrix = z.strictObject({
  ...placed,
  csv: z.url().meta({ description: 'The table as CSV.' }),
  ...makeMatrixSchema(idOnlyRef).shape,
});
const checklist = z.discriminatedUnion(
  'kind',
  makeChecklistSchema(idOnlyRef).options.map((option) =>
    z.strictObject({
      ...placed,
      title: TextSchema.meta({ description: "The checklist's title as its page shows it." }),
      csv: z.url().meta({ description: 'The items as CSV, with an empty status column.' }),
      ...option.shape,
    }),
  ) as unknown as [z.ZodObject, z.ZodObject],
);
const quiz = z.strictObject({ ...placed, ...makeQuizSchema(idOnlyRef).shape });
const feature = z.strictObject({
  id: placed.id,
  ...makeFeatureSchema(idOnlyRef).shape,
  topicUrl: UrlSchema.optional(),
  ...FeatureJourneySchema.shape,
});
const term = z.strictObject({ id: LevelValueSchema, ...TermSchema.shape });

/** The parts of the data, each also published alone as /data/<part>.json. */
export const PART_SCHEMAS = {
  stages: z.array(stage).meta({ description: 'The stages, in lifecycle order.' }),
  features: z.array(feature).meta({ description: 'The features the guide follows, by name.' }),
  matrices: z.array(matrix).meta({ description: 'The comparison tables, in page order.' }),
  checklists: z.array(checklist).meta({ description: 'The checklists, in page order.' }),
  quiz: z.array(quiz).meta({ description: 'The stage quiz.' }),
  vocabulary: z
    .array(term)
    .meta({ description: 'The words behind every level and symbol ("must", "P0", "partial").' }),
} as const;
export type PartName = keyof typeof PART_SCHEMAS;
export const PART_NAMES = Object.keys(PART_SCHEMAS) as PartName[];

const envelope = {
  $schema: z.url().meta({ description: 'The JSON Schema this file follows.' }),
  formatVersion: z.literal(FORMAT_VERSION).meta({
    description: 'The format of this file; it changes only on a breaking change.',
  }),
  contentVersion: z
    .string()
    .regex(/^sha256-[0-9a-f]{16}$/)
    .meta({
      description: 'A fingerprint of the whole guide data: it changes whenever any content does.',
    }),
  guide: GuideSchema,
};

/** /data/guide.json: everything. */
export const GuideDataSchema = z.strictObject({ ...envelope, ...PART_SCHEMAS });

/** /data/<part>.json: the envelope and one part. */
export function partSchema(part: PartName) {
  return z.strictObject({ ...envelope, [part]: PART_SCHEMAS[part] });
}
