/**
 * What the reader has chosen to see on the comparison page. The whole view is written to the URL
 * query (see url.ts), so it holds ids and plain values only.
 */
import type { CellLevel, MatrixProps } from './model.ts';

export interface MatrixView {
  /** Shown stage columns, in lifecycle order. */
  stages: readonly string[];
  /** Shown tables, in page order. */
  tables: readonly string[];
  /** Words every shown row must contain (in its name or its shown cells); '' for no filter. */
  query: string;
  /** Only rows whose cell at `at` has this level; null for any level. */
  level: CellLevel | null;
  /** The stage `level` is read at; null for "any shown stage". */
  at: string | null;
  /** Only rows whose shown cells are not all the same. */
  changesOnly: boolean;
}

/** The ids a view may name, in their display order. */
export interface MatrixCatalog {
  stageIds: readonly string[];
  tableIds: readonly string[];
  levelIds: readonly CellLevel[];
}

/** The ids of the stages, tables and levels of the island's data. */
export function catalogOf(props: MatrixProps): MatrixCatalog {
  return {
    stageIds: props.stages.map((s) => s.id),
    tableIds: props.tables.map((t) => t.id),
    levelIds: props.levels.map((l) => l.id),
  };
}

/** Everything shown, nothing filtered: the page as it is without JavaScript. */
export function defaultView(catalog: MatrixCatalog): MatrixView {
  return {
    stages: [...catalog.stageIds],
    tables: [...catalog.tableIds],
    query: '',
    level: null,
    at: null,
    changesOnly: false,
  };
}

/** The ids of `order` that are in `chosen`, in `order`'s order (drops unknown ids and repeats). */
export function inOrder(order: readonly string[], chosen: Iterable<string>): string[] {
  const wanted = new Set(chosen);
  return order.filter((id) => wanted.has(id));
}

/** Whether the view differs from the default view (so "Clear filters" has something to do). */
export function isFiltered(view: MatrixView, catalog: MatrixCatalog): boolean {
  return (
    view.stages.length !== catalog.stageIds.length ||
    view.tables.length !== catalog.tableIds.length ||
    view.query.trim() !== '' ||
    view.level !== null ||
    view.at !== null ||
    view.changesOnly
  );
}

/** How many filters the view applies (stages, tables, text, level, only what changes). */
export function activeFilterCount(view: MatrixView, catalog: MatrixCatalog): number {
  return [
    view.stages.length !== catalog.stageIds.length,
    view.tables.length !== catalog.tableIds.length,
    view.query.trim() !== '',
    view.level !== null,
    view.changesOnly,
  ].filter(Boolean).length;
}
