import { z } from 'astro/zod';
import { type RefFactory, TextSchema } from './shared.ts';

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
  });
}
export type FeatureData = z.output<ReturnType<typeof makeFeatureSchema>>;
