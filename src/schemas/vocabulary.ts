import { z } from 'astro/zod';
import { TextSchema } from './shared.ts';

/**
 * The `vocabulary` collection: `content/vocabulary.yaml`, the words behind the guide's symbols and
 * levels. Every badge shows a term's label beside its symbol, so no symbol stands alone.
 * Entry ids are the level values the other schemas use (`must`, `partial`, `P0`, `essential`).
 */
export const TermSchema = z.strictObject({
  /** Which set of levels the term belongs to. */
  group: z.enum(['requirement-level', 'cell-level', 'priority', 'doc-need']),
  /** The words shown in the badge ("Must have", "Partial"). */
  label: TextSchema,
  /** The source's symbol, where it has one ("✅"). */
  symbol: TextSchema.optional(),
  /** What the term means, for legends and screen readers. */
  description: TextSchema,
});
export type TermData = z.output<typeof TermSchema>;
