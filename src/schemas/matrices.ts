import { z } from 'astro/zod';
import { featureLinkFields } from './feature-links.ts';
import {
  CellLevelSchema,
  checkUniqueIds,
  IdSchema,
  idRef,
  placeIds,
  type RefFactory,
  TextSchema,
} from './shared.ts';

/**
 * One cell of a comparison table. Authors write either a plain value (`1 instance`) or an object
 * with the source's symbol as a level and optional words (`{ level: partial, text: Basic }`). A
 * cell whose words name a feature other than its row's links it too (`features`), or says why not.
 */
export function makeCellSchema(ref: RefFactory) {
  const cell = z.preprocess(
    // A plain value is shorthand for its text; YAML reads a bare 0 or 5 as a number.
    (value) =>
      (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
        ? { text: String(value) }
        : value,
    z
      .strictObject(
        {
          /** The source's symbol as a level: ❌ no, ⚠️ partial, ✅ yes. */
          level: CellLevelSchema.optional(),
          /** The cell's words beside or instead of the symbol ("Basic", "Redis", "N/A"). */
          text: TextSchema.optional(),
          /** Features this cell speaks of besides its row's ("Multi-region" in Environments). */
          ...featureLinkFields(ref),
        },
        { error: 'expected plain text, or an object with "level" and/or "text"' },
      )
      .refine((cell) => cell.level !== undefined || cell.text !== undefined, {
        error: 'expected a level, a text or both',
      }),
  );
  CELL_SCHEMAS.add(cell);
  return cell;
}

/**
 * Every cell schema made, whatever its reference factory: JSON Schema generation finds cells by
 * this (json-schema.ts) to describe the plain-text shorthand the preprocess step allows.
 */
const CELL_SCHEMAS = new WeakSet<object>();

/** Whether `schema` is a matrix cell's schema from `makeCellSchema`. */
export function isCellSchema(schema: object): boolean {
  return CELL_SCHEMAS.has(schema);
}
/** The cell schema with plain ids as references, for code that reads cells outside Astro. */
export const CellSchema = makeCellSchema(idRef);
export type Cell = z.output<typeof CellSchema>;

/**
 * The `matrices` collection: `content/matrices/<id>.yaml`, one comparison table each
 * (infrastructure components, performance targets, team requirements). Cells are keyed by stage
 * id; every row must have a cell for every stage (checked by the content check).
 */
export function makeMatrixSchema(ref: RefFactory) {
  return z
    .strictObject({
      /** Position among the tables on the comparison page. */
      order: z.int().min(1),
      /** The table's title ("Infrastructure Components"). */
      title: TextSchema,
      /** One sentence on what the table compares, used as part of its caption. */
      description: TextSchema,
      /** The header of the row-name column ("Component", "Metric", "Role"). */
      rowHeader: TextSchema,
      /** The rows, in source order. Renaming a row id breaks shared links. */
      rows: z
        .array(
          z.strictObject({
            /** Stable id of the row, unique within the table. */
            id: IdSchema,
            /** The row's name ("Load Balancing"). */
            label: TextSchema,
            /** The features the row is about, linking it to stage requirements and topics. */
            ...featureLinkFields(ref),
            /** One cell per stage, keyed by stage id. */
            cells: z.record(IdSchema, makeCellSchema(ref), {
              error: 'expected a stage id in kebab-case as the key',
            }),
          }),
        )
        .min(1),
    })
    .superRefine((matrix, ctx) => {
      checkUniqueIds(placeIds(matrix.rows, ['rows']), ctx, 'a table');
    });
}
export type MatrixData = z.output<ReturnType<typeof makeMatrixSchema>>;
