import { z } from 'astro/zod';
import { IdSchema, type RefFactory, TextSchema } from './shared.ts';

/**
 * The `features` collection: `content/features.yaml`, one entry per piece of infrastructure the
 * guide follows across stages (load balancing, caching, tracing, ...). Requirements, priorities,
 * matrix rows and checklist items point here, so tools can follow a feature without matching words.
 */
export function makeFeatureSchema(ref: RefFactory) {
  return z.strictObject({
    /** The feature's name as a reader would look for it ("Load balancing"). */
    name: TextSchema,
    /** The topic page that covers it, where there is one. */
    topic: ref('topics').optional(),
    /**
     * Why no topic page covers it, for a feature without `topic` ("Only for products with user
     * content; the guide gives it no document"). Every feature has one or the other (checked).
     */
    noTopic: TextSchema.optional(),
    /**
     * Other words a reader may type for this same feature in the "Should I add feature X?" tool
     * ("Redis", "MFA", "Kafka"): the guide's own words for it, common abbreviations and product
     * names the guide itself gives. Each must name this feature, not a related one. Matching
     * ignores case and punctuation but is otherwise exact, and no two features may share a name
     * or an alias (checked across the file).
     */
    aliases: z.array(TextSchema).min(1).optional(),
    /**
     * Where an alias is also another feature's use ("Redis" is a cache and a store for rate
     * limits), one sentence the tool shows beside the answer, and the other features it names.
     */
    aliasNotes: z
      .array(
        z.strictObject({
          /** The alias, exactly as `aliases` gives it. */
          alias: TextSchema,
          /** The sentence ("Redis is also a common store for rate-limit counters."). */
          note: TextSchema,
          /** The other features the note names; the tool links them. */
          see: z.array(ref('features')).optional(),
        }),
      )
      .min(1)
      .optional(),
    /**
     * The site's own reading where the guide's places disagree about this feature at a stage
     * (computed; see /disagreements/), one sentence keyed by stage id. The content check fails a
     * disagreement without a reading and a reading without a disagreement.
     */
    readings: z.record(IdSchema, TextSchema).optional(),
  });
}
export type FeatureData = z.output<ReturnType<typeof makeFeatureSchema>>;
