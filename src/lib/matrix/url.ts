/**
 * The view in the URL query, so a reload or a shared link shows the same view:
 *   ?stages=mvp,production&tables=infrastructure-components&q=cache&level=yes&at=production&changes=1
 * Defaults are left out (the bare page is the full view). Lists name ids in display order;
 * `none` is an empty list. Unknown parameters and values go through url-state.ts and come back
 * as `ignored`, for the page's note; a list keeps its known ids and reports the others.
 */
import { KEBAB_ID } from '../../core/ids.ts';
import { formatQuery, type IgnoredParam, parseQuery } from '../url-state.ts';
import type { CellLevel } from './model.ts';
import { defaultView, inOrder, type MatrixCatalog, type MatrixView } from './view.ts';

/** The query parameter of each part of the view. */
export const PARAM = {
  stages: 'stages',
  tables: 'tables',
  query: 'q',
  level: 'level',
  at: 'at',
  changesOnly: 'changes',
} as const;

/** The value of an empty list (no stage or no table shown). */
export const NONE = 'none';
/** Longest "Filter rows" text a link may carry. */
export const MAX_QUERY_LENGTH = 200;

const LIST_ITEM = KEBAB_ID;

function listItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function isList(value: string): boolean {
  const items = listItems(value);
  return value === NONE || (items.length > 0 && items.every((item) => LIST_ITEM.test(item)));
}

/** Reads a list parameter: its known ids in order, and an ignored entry per unknown id. */
function readList(
  key: string,
  value: string | undefined,
  known: readonly string[],
  ignored: IgnoredParam[],
): string[] | undefined {
  if (value === undefined) return undefined;
  if (value === NONE) return [];
  const items = listItems(value);
  for (const item of new Set(items)) {
    if (!known.includes(item)) ignored.push({ key, value: item, reason: 'invalid-value' });
  }
  const kept = inOrder(known, items);
  // A list of unknown ids only is ignored as a whole: the default, not an empty view.
  return kept.length > 0 ? kept : undefined;
}

/** The view a query asks for, and what in it was ignored. Never throws. */
export function viewFromQuery(
  search: string,
  catalog: MatrixCatalog,
): { view: MatrixView; ignored: IgnoredParam[] } {
  const { accepted, ignored } = parseQuery(search, {
    [PARAM.stages]: isList,
    [PARAM.tables]: isList,
    [PARAM.query]: (v) => v.length <= MAX_QUERY_LENGTH,
    [PARAM.level]: (v) => (catalog.levelIds as readonly string[]).includes(v),
    [PARAM.at]: (v) => catalog.stageIds.includes(v),
    [PARAM.changesOnly]: (v) => v === '1',
  });
  const fallback = defaultView(catalog);
  const view: MatrixView = {
    stages:
      readList(PARAM.stages, accepted.get(PARAM.stages), catalog.stageIds, ignored) ??
      fallback.stages,
    tables:
      readList(PARAM.tables, accepted.get(PARAM.tables), catalog.tableIds, ignored) ??
      fallback.tables,
    query: accepted.get(PARAM.query) ?? fallback.query,
    level: (accepted.get(PARAM.level) as CellLevel | undefined) ?? fallback.level,
    at: accepted.get(PARAM.at) ?? fallback.at,
    changesOnly: accepted.get(PARAM.changesOnly) === '1',
  };
  return { view, ignored };
}

function writeList(chosen: readonly string[], all: readonly string[]): string | undefined {
  const ids = inOrder(all, chosen);
  if (ids.length === all.length) return undefined;
  return ids.length === 0 ? NONE : ids.join(',');
}

/** The query string of a view ('' for the default view), with readable commas. */
export function viewToQuery(view: MatrixView, catalog: MatrixCatalog): string {
  return formatQuery([
    [PARAM.stages, writeList(view.stages, catalog.stageIds)],
    [PARAM.tables, writeList(view.tables, catalog.tableIds)],
    [PARAM.query, view.query.trim() === '' ? undefined : view.query],
    [PARAM.level, view.level ?? undefined],
    [PARAM.at, view.at ?? undefined],
    [PARAM.changesOnly, view.changesOnly ? '1' : undefined],
  ]).replace(/%2C/gi, ',');
}
