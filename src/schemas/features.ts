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
  });
}
export type FeatureData = z.output<ReturnType<typeof makeFeatureSchema>>;
