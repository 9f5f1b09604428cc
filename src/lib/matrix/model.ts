/**
 * The comparison matrices as the island receives them: small, plain, serialisable data built at
 * build time from the `matrices`, `stages`, `features` and `vocabulary` collections by
 * `toMatrixProps`. Nothing here is typed by hand; every name and cell comes from content/.
 */
import type { CellLevel } from '../../schemas/shared.ts';

export type { CellLevel };

/** A stage column: its id, the name in the column header, and its page. */
export interface StageColumn {
  id: string;
  shortName: string;
  name: string;
  href: string;
}

/** The words and symbol of a cell level (`no`, `partial`, `yes`), from the vocabulary. */
export interface LevelTerm {
  id: CellLevel;
  label: string;
  symbol?: string | undefined;
  description: string;
}

/** One cell: a level, words, or both (the schema guarantees at least one). */
export interface MatrixCell {
  level?: CellLevel | undefined;
  text?: string | undefined;
}

/** A row: its stable id, its name, its topic page where one exists, one cell per stage id. */
export interface MatrixRow {
  id: string;
  label: string;
  href?: string | undefined;
  cells: Record<string, MatrixCell>;
}

/** One comparison table. */
export interface MatrixTable {
  id: string;
  title: string;
  description: string;
  /** The header of the row-name column ("Component"). */
  rowHeader: string;
  rows: MatrixRow[];
}

/** Everything the comparison island needs. */
export interface MatrixProps {
  /** In lifecycle order. */
  stages: StageColumn[];
  /** In the vocabulary's order for the cell-level group. */
  levels: LevelTerm[];
  /** In page order. */
  tables: MatrixTable[];
}
