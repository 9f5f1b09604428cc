import { z } from 'astro/zod';
import { makeChecklistSchema } from './checklists.ts';
import { makeFeatureSchema } from './features.ts';
import { idOnlyRef, LevelValueSchema } from './json-schema.ts';
import { makeMatrixSchema } from './matrices.ts';
import { makePageSchema } from './pages.ts';
import { makeQuizSchema } from './quiz.ts';
import {
  CellLevelSchema,
  DocNeedSchema,
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

const PlaceKindSchema = z
  .enum(['requirement', 'matrix', 'success', 'exit', 'priority', 'docs', 'checklist'])
  .meta({
    description:
      'Where the guide says it: a requirement list, a comparison-table cell, a success criterion, an exit criterion, a priority band, a documentation need, or a migration checklist task.',
  });

/** One thing one place of the guide says of a feature at one stage. */
export const FeatureStatementSchema = z.strictObject({
  place: PlaceKindSchema,
  level: z
    .union([RequirementLevelSchema, CellLevelSchema, PrioritySchema, DocNeedSchema])
    .optional()
    .meta({
      description:
        'The requirement level, table cell level, priority band or documentation need (see vocabulary); absent for criteria and checklist tasks.',
    }),
  text: z.string().meta({ description: "The item's own words (a table cell's text; may be empty)." }),
  context: z.string().meta({
    description:
      'The group the item stands in: a requirement heading, "Table: Row", a checklist phase; may be empty.',
  }),
  requires: z.boolean().meta({
    description:
      'Whether this place makes the feature required: a must have, a ✅ cell, a success criterion, a migration task.',
  }),
  condition: TextSchema.optional().meta({
    description: 'The guide\'s condition on it ("if global users"); the requirement holds only then.',
  }),
  url: UrlSchema,
});
export type FeatureStatement = z.output<typeof FeatureStatementSchema>;

/** Where the guide's places disagree about a feature at one stage. */
export const FeatureDisagreementSchema = z.strictObject({
  kind: z.enum(['lower', 'unlisted']).meta({
    description:
      '"lower": another place gives a lower level than one that requires it; "unlisted": a place requires it but no requirement list of the stage names it.',
  }),
  sentence: TextSchema.meta({ description: 'The disagreement in plain words.' }),
  reading: TextSchema.optional().meta({
    description: "The site's own reading of it (the site's guidance, not the guide's words).",
  }),
  url: UrlSchema,
});

/** What the guide says of a feature at one stage. */
export const FeatureAtStageSchema = z.strictObject({
  stage: IdSchema.meta({ description: 'The stage.' }),
  statements: z.array(FeatureStatementSchema).meta({
    description: 'Every place of the guide that speaks of the feature at this stage.',
  }),
  carriedFrom: IdSchema.optional().meta({
    description:
      'When no requirement list of this stage names it: the stage where it became required, which carries forward.',
  }),
  disagreement: FeatureDisagreementSchema.optional(),
});

/** A feature's journey across the stages, from the derivation the advisor on /decide/ uses. */
export const FeatureJourneySchema = z.strictObject({
  requiredAt: IdSchema.optional().meta({
    description:
      'The first stage where a place requires the feature without a condition; absent when none does.',
  }),
  requiredIf: z
    .strictObject({
      stage: IdSchema.meta({ description: 'The stage.' }),
      conditions: z
        .array(TextSchema)
        .min(1)
        .meta({ description: 'The guide\'s conditions there, each once ("if global users").' }),
    })
    .optional()
    .meta({
      description:
        'When no place requires it outright: the first stage where one requires it under a condition, and those conditions.',
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
