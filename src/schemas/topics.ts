import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './shared.ts';

/**
 * What a topic is about, for the topic index's "by kind" grouping and the handbook's reading
 * order. The words shown for each kind live in src/lib/topics/strings.ts.
 */
export const TOPIC_KINDS = [
  'planning',
  'reliability',
  'operations',
  'observability',
  'security',
  'delivery',
  'performance',
  'architecture',
] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/**
 * The `topics` collection: `content/topics/<id>.md`, or `.mdx` when the body uses a component.
 * One entry for every document the source links to, and one for every feature the guide requires
 * that no such document covers. Which stages need a topic, and at which priority, is derived from
 * the stages' data, never written here. The body is the site's own guidance and is shown as such;
 * src/schemas/topic-rules.ts says which sections it must have.
 */
export const TopicSchema = z.strictObject({
  /** The document's title, as the source's link text gives it ("Graceful Shutdown"). */
  title: TextSchema,
  /** One or two sentences on what the topic covers; also the page's meta description. */
  summary: TextSchema,
  /** What the topic is about, for grouping. */
  kind: z.enum(TOPIC_KINDS),
  /**
   * The file the source links to ("graceful-shutdown.md", "runbooks/"), so every link is
   * accounted for. Absent for a topic the site added for a feature the guide requires.
   */
  sourceLink: z
    .string()
    .regex(/^[a-z0-9-]+(\.md|\/)$/, {
      error: 'expected the source link target, a file name ending in .md or a folder ending in /',
    })
    .optional(),
  /** Topics a reader of this one goes to next (ids of other topics); the page's navigation lists them. */
  related: z.array(IdSchema).optional(),
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
