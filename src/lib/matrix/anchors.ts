/**
 * The ids that other pages and search link to on the comparison page: each table's heading is
 * its matrix id, each row `<matrix-id>--<row-id>` (the format of `paths.matrixRow`).
 */
import type { MatrixTable } from './model.ts';

/** The id of a row's `<tr>`. */
export function rowAnchorId(tableId: string, rowId: string): string {
  return `${tableId}--${rowId}`;
}

/** What a URL fragment points to among the tables: a table, a row of it, or nothing. */
export function anchorTarget(
  hash: string,
  tables: readonly MatrixTable[],
): { table: MatrixTable; rowId?: string } | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  for (const table of tables) {
    if (id === table.id) return { table };
    const row = table.rows.find((r) => rowAnchorId(table.id, r.id) === id);
    if (row) return { table, rowId: row.id };
  }
  return undefined;
}
