import { z } from 'astro/zod';
import { DURATION_UNITS, type Duration } from '../core/duration.ts';
import { KEBAB_ID } from '../core/ids.ts';

/**
 * Makes a schema for a link to another collection's entry. In Astro it is `reference()` from
 * `astro:content`; in plain Node (tests, the content check) it is a kebab-case id whose target
 * is checked separately, because Astro only logs a dangling reference.
 */
export type RefFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<{ collection: C; id: string }, string>;

/** A link to another entry, after validation: the collection and the entry's id. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * The reference factory for plain Node: accepts a kebab-case id and yields `{ collection, id }`,
 * the same shape as Astro's `reference()`. Whether the target exists is checked by the content check.
 */
export const idRef: RefFactory = (collection) =>
  z
    .string()
    .regex(KEBAB_ID, {
      error: `expected the kebab-case id of an entry in "${collection}"`,
    })
    .transform((id) => ({ collection, id }));

/** The names of the content collections, as `src/content.config.ts` registers them. */
export const COLLECTIONS = [
  'stages',
  'matrices',
  'checklists',
  'quiz',
  'topics',
  'pages',
  'features',
  'vocabulary',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A stable kebab-case identifier written in the content; never derived from text or position. */
export const IdSchema = z.string().regex(KEBAB_ID, {
  error: 'expected a kebab-case id (lowercase letters and digits joined by single hyphens)',
});

/** A non-empty piece of text, trimmed. */
export const TextSchema = z.string().trim().min(1, { error: 'expected non-empty text' });

/**
 * Text that may carry the guide's one inline mark, `**strong**`, used where the source bolds part
 * of an item (for example "**INTEGRATION CHECKPOINT**: …").
 */
export const InlineTextSchema = TextSchema;

/** One item of a list in the guide: a stable id and its words. */
export const ItemSchema = z.strictObject({
  /** Stable id, unique within its list's owner (a stage, a checklist, a page). */
  id: IdSchema,
  /** The item's words, as the source gives them. */
  text: InlineTextSchema,
});
export type Item = z.output<typeof ItemSchema>;

/** How much a stage needs a requirement: the source's Must/Should/Nice/Don't need/Optional. */
export const RequirementLevelSchema = z.enum(['must', 'should', 'nice', 'dont-need', 'optional']);
export type RequirementLevel = z.output<typeof RequirementLevelSchema>;

/** A comparison-matrix cell's symbol: ❌ no, ⚠️ partial, ✅ yes. */
export const CellLevelSchema = z.enum(['no', 'partial', 'yes']);
export type CellLevel = z.output<typeof CellLevelSchema>;

/** A priority band: P0 first, then P1, then P2. */
export const PrioritySchema = z.enum(['P0', 'P1', 'P2']);
export type Priority = z.output<typeof PrioritySchema>;

/** How much a stage needs a document: Essential, Reference or Skip. */
export const DocNeedSchema = z.enum(['essential', 'reference', 'skip']);
export type DocNeed = z.output<typeof DocNeedSchema>;

/** An id found in the content with the path where it stands. */
export interface PlacedId {
  id: string;
  path: (string | number)[];
}

/** Lists the ids of `items` with their paths under `base`, for `checkUniqueIds`. */
export function placeIds(
  items: readonly { id: string }[] | undefined,
  base: (string | number)[],
): PlacedId[] {
  return (items ?? []).map((item, index) => ({ id: item.id, path: [...base, index, 'id'] }));
}

/** Formats a path the way error messages show it: `requirements[2].items[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * Adds an issue for every id that appears a second time, at the duplicate's own path, so the
 * error points at the duplicate and names where the id was first used.
 */
export function checkUniqueIds(placed: readonly PlacedId[], ctx: z.RefinementCtx, scope: string) {
  const seen = new Map<string, PlacedId>();
  for (const entry of placed) {
    const first = seen.get(entry.id);
    if (first === undefined) {
      seen.set(entry.id, entry);
      continue;
    }
    ctx.addIssue({
      code: 'custom',
      path: entry.path,
      input: entry.id,
      message: `received duplicate id "${entry.id}"; expected ids unique within ${scope} (first used at ${formatPath(first.path)})`,
    });
  }
}

/**
 * A calendar date written YYYY-MM-DD. YAML loaders differ (some yield a Date for an unquoted
 * date), so a Date is turned back into its YYYY-MM-DD text before the check.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
);

/** A length of time in whole calendar units, as the time boxes give it ("4 weeks", "3 months"). */
export const DurationSchema = z.strictObject({
  /** How many units. */
  amount: z.int().min(1),
  /** Which calendar unit. */
  unit: z.enum(DURATION_UNITS),
}) satisfies z.ZodType<Duration>;
