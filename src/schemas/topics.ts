import { z } from 'astro/zod';
import { TextSchema } from './shared.ts';

/**
 * The `topics` collection: `content/topics/<id>.mdx`, one entry for every document the source
 * links to. Which stages need a topic, and at which priority, is derived from the stages' data,
 * never written here. The MDX body is the site's own guidance and is shown as such.
 */
export const TopicSchema = z.strictObject({
  /** The document's title, as the source's link text gives it ("Graceful Shutdown"). */
  title: TextSchema,
  /** One or two sentences on what the topic covers; also the page's meta description. */
  summary: TextSchema,
  /** The file the source links to ("graceful-shutdown.md", "runbooks/"), so every link is accounted for. */
  sourceLink: z.string().regex(/^[a-z0-9-]+(\.md|\/)$/, {
    error: 'expected the source link target, a file name ending in .md or a folder ending in /',
  }),
  /**
   * For a document the source meant for its authors' own repository (a plan, a table of
   * contents, an implementation status): where this site serves the reader instead, and why.
   */
  resolvedTo: z
    .strictObject({
      /** A path on this site, starting and ending with a slash. */
      href: z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, {
        error: 'expected a site path such as "/checklists/mvp-to-production/"',
      }),
      /** The link's text. */
      label: TextSchema,
      /** Why this is the right place for the reader. */
      note: TextSchema,
    })
    .optional(),
});
export type TopicData = z.output<typeof TopicSchema>;
