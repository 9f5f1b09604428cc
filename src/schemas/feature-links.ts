import { z } from 'astro/zod';
import { type RefFactory, TextSchema } from './shared.ts';

/**
 * How an item of the guide links the features it names. Any item may name several ("Security
 * hardening (rate limiting, input validation)"), so it links a list. The content check fails an
 * item whose words name a feature (its name or an alias, as whole words) that it neither links
 * nor sets aside in `notAbout` with a reason, so a new mention cannot slip through unlinked.
 */
export function featureLinkFields(ref: RefFactory) {
  return {
    /** The features the item is about, so the tools can follow each across stages. */
    features: z.array(ref('features')).min(1).optional(),
    /**
     * Features the item's words name but that it does not mean, each with the reason in words
     * ("'Basic auth' here is the Security cell's text, the MVP's authentication").
     */
    notAbout: z
      .array(
        z.strictObject({
          /** The feature the words seem to name. */
          feature: ref('features'),
          /** Why the item does not mean it. */
          reason: TextSchema,
        }),
      )
      .min(1)
      .optional(),
  };
}
