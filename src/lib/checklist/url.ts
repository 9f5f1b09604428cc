/**
 * The template checklist's stage pair in its own page's address (`?pair=poc-to-mvp`), so a link
 * opens the template filled in for that transition. Anything else in the query is ignored and
 * reported for the visible note.
 */
import { formatQuery, parseQuery, type IgnoredParam } from '../url-state.ts';

export const PAIR_PARAM = 'pair';

/** The pair the query names, when it is one of `pairIds`, and what was ignored. */
export function readPairQuery(
  search: string,
  pairIds: readonly string[],
): { pair: string | undefined; ignored: IgnoredParam[] } {
  const { accepted, ignored } = parseQuery(search, {
    [PAIR_PARAM]: (value) => pairIds.includes(value),
  });
  return { pair: accepted.get(PAIR_PARAM), ignored };
}

/** The query for a chosen pair ("?pair=…"); `search` as it is while none is chosen. */
export function pairQuery(pair: string | undefined, search: string): string {
  return pair === undefined ? search : formatQuery([[PAIR_PARAM, pair]]);
}
