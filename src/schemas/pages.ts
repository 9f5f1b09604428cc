import { z } from 'astro/zod';
import {
  CellLevelSchema,
  checkUniqueIds,
  IdSchema,
  InlineTextSchema,
  IsoDateSchema,
  placeIds,
  type RefFactory,
  TextSchema,
} from './shared.ts';

/**
 * The `pages` collection: `content/pages/<id>.mdx`, the guide's prose pages (overview,
 * integration, decide, summary). Their lists live in `sections`, which the page routes read by
 * id; the MDX body is the page's opening prose.
 */
export function makePageSchema(ref: RefFactory) {
  /** A list item of a prose page: words, an optional bold lead and the source's symbol. */
  const PageItemSchema = z.strictObject({
    /** Stable id, unique within the page. */
    id: IdSchema,
    /** The bold lead the source gives the item ("Fast Iteration"). */
    title: TextSchema.optional(),
    /** The item's words. */
    text: InlineTextSchema,
    /** The source's symbol before the item (❌ for a problem, ✅ for a must). */
    level: CellLevelSchema.optional(),
    /** The topic the item links to, where the source links a document ("See Also"). */
    topic: ref('topics').optional(),
  });

  return z
    .strictObject({
      /** The page's title and `h1`. */
      title: TextSchema,
      /** One sentence for search engines and link previews. */
      description: TextSchema,
      /** The page's sections, read by id by the route that shows the page. */
      sections: z
        .array(
          z.strictObject({
            /** Stable id, also the section's anchor. */
            id: IdSchema,
            /** The section's heading. */
            heading: TextSchema,
            /** A lead sentence, such as the source's "The Goal" or "Ask yourself". */
            lead: InlineTextSchema.optional(),
            /** Whether the source numbers the items. */
            ordered: z.boolean().default(false),
            /** The items. */
            items: z.array(PageItemSchema).default([]),
            /** A closing line, such as a warning that follows the list. */
            note: InlineTextSchema.optional(),
          }),
        )
        .default([]),
      /** The guide's own status line, shown in the footer; only the overview has it. */
      guide: z
        .strictObject({
          /** The guide's status ("GUIDANCE"). */
          status: TextSchema,
          /** What the status covers. */
          statusNote: TextSchema,
          /** The source's context line. */
          context: TextSchema,
          /** When the guide was last updated (YYYY-MM-DD). */
          lastUpdated: IsoDateSchema,
          /** When it was last reviewed (YYYY-MM-DD). */
          lastReviewed: IsoDateSchema,
          /** When it is next reviewed, in the source's words. */
          nextReview: TextSchema,
        })
        .optional(),
    })
    .superRefine((page, ctx) => {
      checkUniqueIds(
        [
          ...placeIds(page.sections, ['sections']),
          ...page.sections.flatMap((s, i) => placeIds(s.items, ['sections', i, 'items'])),
        ],
        ctx,
        'a page',
      );
    });
}
export type PageData = z.output<ReturnType<typeof makePageSchema>>;
