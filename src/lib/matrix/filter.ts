/**
 * Which rows the view shows. Each filter is a predicate of its own; `applyView` combines them
 * (a row is shown when its table is shown and it passes every active filter) and counts.
 */
import { type CellChange, rowChanges, rowDiffers } from './diff.ts';
import { cellWords, containsAllWords, foldText, queryWords } from './text.ts';
import type { CellLevel, LevelTerm, MatrixProps, MatrixRow, MatrixTable } from './model.ts';
import type { MatrixView } from './view.ts';

/** Whether every word of `query` is in the row's name or in its cells at the shown stages. */
export function matchesText(
  row: MatrixRow,
  query: string,
  stageIds: readonly string[],
  levels: readonly LevelTerm[],
): boolean {
  const words = queryWords(query);
  if (words.length === 0) return true;
  const haystack = foldText(
    [row.label, ...stageIds.map((id) => cellWords(row.cells[id], levels))].join(' '),
  );
  return containsAllWords(haystack, words);
}

/**
 * Whether the row's cell at `at` has `level`; with `at` null, whether any shown stage's cell
 * has it. Cells with words only (no level) never match a level.
 */
export function matchesLevel(
  row: MatrixRow,
  level: CellLevel | null,
  at: string | null,
  stageIds: readonly string[],
): boolean {
  if (level === null) return true;
  const stages = at === null ? stageIds : [at];
  return stages.some((id) => row.cells[id]?.level === level);
}

/** Whether the row passes "Only what changes" (always, when that filter is off). */
export function matchesChanges(
  row: MatrixRow,
  changesOnly: boolean,
  stageIds: readonly string[],
): boolean {
  return !changesOnly || rowDiffers(row, stageIds);
}

/** Whether the view shows the row, its table aside. */
export function rowIsShown(
  row: MatrixRow,
  view: MatrixView,
  levels: readonly LevelTerm[],
): boolean {
  return (
    matchesText(row, view.query, view.stages, levels) &&
    matchesLevel(row, view.level, view.at, view.stages) &&
    matchesChanges(row, view.changesOnly, view.stages)
  );
}

/** A shown row, with its changed cells when "Only what changes" is on (else none). */
export interface RowResult {
  row: MatrixRow;
  changes: Partial<Record<string, CellChange>>;
}

/** A table under the view: whether it is shown at all, and its shown rows. */
export interface TableResult {
  table: MatrixTable;
  shown: boolean;
  rows: RowResult[];
}

/** The whole page under the view, with "Showing n of m rows" counts. */
export interface ViewResult {
  tables: TableResult[];
  /** Rows shown, over the shown tables. */
  shownRows: number;
  /** Rows of every table, shown or not. */
  totalRows: number;
}

/** Applies every filter of the view to every table. */
export function applyView(props: MatrixProps, view: MatrixView): ViewResult {
  const tables = props.tables.map((table): TableResult => {
    const shown = view.tables.includes(table.id);
    const rows = shown
      ? table.rows
          .filter((row) => rowIsShown(row, view, props.levels))
          .map((row) => ({
            row,
            changes: view.changesOnly ? rowChanges(row, view.stages) : {},
          }))
      : [];
    return { table, shown, rows };
  });
  return {
    tables,
    shownRows: tables.reduce((sum, t) => sum + t.rows.length, 0),
    totalRows: props.tables.reduce((sum, t) => sum + t.rows.length, 0),
  };
}
