/**
 * "Only what changes": which rows differ between the shown stages, and how each cell differs
 * from the shown stage before it. The rule, as the page states it:
 * - a row changes when its cells in the shown stages are not all the same (level and words);
 * - each cell is compared with the cell of the previous shown stage (the column to its left):
 *   `new` when that cell's level is No and this one's is not, `dropped` when this cell's level is
 *   No and that one's is not, `changed` for any other difference. The first shown stage is the
 *   baseline and is never marked.
 */
import type { MatrixCell, MatrixRow } from './model.ts';

export type ChangeKind = 'new' | 'dropped' | 'changed';

/** How a cell differs from the cell of the previous shown stage (`from`). */
export interface CellChange {
  kind: ChangeKind;
  from: string;
}

/** Whether two cells say the same thing: the same level and the same words. */
export function sameCell(a: MatrixCell | undefined, b: MatrixCell | undefined): boolean {
  return a?.level === b?.level && a?.text === b?.text;
}

/** How `current` differs from `previous`, or null when they are the same. */
export function compareCells(
  previous: MatrixCell | undefined,
  current: MatrixCell | undefined,
): ChangeKind | null {
  if (sameCell(previous, current)) return null;
  const wasNo = previous?.level === 'no';
  const isNo = current?.level === 'no';
  if (wasNo && !isNo) return 'new';
  if (isNo && !wasNo) return 'dropped';
  return 'changed';
}

/** The changed cells of a row between the given stages (in order), keyed by stage id. */
export function rowChanges(
  row: MatrixRow,
  stageIds: readonly string[],
): Partial<Record<string, CellChange>> {
  const changes: Partial<Record<string, CellChange>> = {};
  for (let i = 1; i < stageIds.length; i += 1) {
    const from = stageIds[i - 1] as string;
    const at = stageIds[i] as string;
    const kind = compareCells(row.cells[from], row.cells[at]);
    if (kind !== null) changes[at] = { kind, from };
  }
  return changes;
}

/** Whether the row's cells in the given stages are not all the same. */
export function rowDiffers(row: MatrixRow, stageIds: readonly string[]): boolean {
  return Object.keys(rowChanges(row, stageIds)).length > 0;
}
