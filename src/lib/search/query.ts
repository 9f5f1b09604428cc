/**
 * The search page's state in its URL: `/search/?q=read+replicas&stage=production,scale&kind=checklist`.
 * Stages and page types are written by id (stable across rewording); several values of one
 * filter are comma-separated. Anything unknown or malformed is ignored and reported.
 */
import { formatQuery, parseQuery, type IgnoredParam } from '../url-state.ts';

export interface SearchState {
  /** What the reader typed, trimmed; empty for none. */
  query: string;
  /** Stage ids, in lifecycle order. */
  stages: string[];
  /** Kind ids, in the order the UI offers them. */
  kinds: string[];
}

export const EMPTY_STATE: SearchState = { query: '', stages: [], kinds: [] };

/** The longest query a link may carry; longer ones are ignored rather than cut mid-word. */
export const MAX_QUERY_LENGTH = 200;

export const PARAMS = { query: 'q', stage: 'stage', kind: 'kind' } as const;

export interface KnownValues {
  /** Stage ids in lifecycle order. */
  stages: readonly string[];
  /** Kind ids in UI order. */
  kinds: readonly string[];
}

/** Reads a comma-separated list against `known`: known values in `known`'s order, the rest. */
function readList(value: string, known: readonly string[]): { ids: string[]; unknown: string[] } {
  const wanted = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const unknown = [...new Set(wanted.filter((part) => !known.includes(part)))];
  return { ids: known.filter((id) => wanted.includes(id)), unknown };
}

/** The state a search URL asks for, and what it ignored (for the page's visible note). */
export function readSearchState(
  search: string,
  known: KnownValues,
): { state: SearchState; ignored: IgnoredParam[] } {
  const { accepted, ignored } = parseQuery(search, {
    [PARAMS.query]: (value) => value.trim().length <= MAX_QUERY_LENGTH,
    [PARAMS.stage]: () => true,
    [PARAMS.kind]: () => true,
  });
  const lists = { stage: known.stages, kind: known.kinds } as const;
  const read = (param: 'stage' | 'kind'): string[] => {
    const value = accepted.get(PARAMS[param]);
    if (value === undefined) return [];
    const { ids, unknown } = readList(value, lists[param]);
    for (const part of unknown) {
      ignored.push({ key: PARAMS[param], value: part, reason: 'invalid-value' });
    }
    return ids;
  };
  return {
    state: {
      query: (accepted.get(PARAMS.query) ?? '').trim(),
      stages: read('stage'),
      kinds: read('kind'),
    },
    ignored,
  };
}

/** The query string for `state` ("" when empty), in a fixed parameter order. */
export function formatSearchState(state: SearchState): string {
  return formatQuery([
    [PARAMS.query, state.query.trim()],
    [PARAMS.stage, state.stages.join(',')],
    [PARAMS.kind, state.kinds.join(',')],
  ]);
}

/** Whether the state asks for anything (a query or a filter). */
export function isActive(state: SearchState): boolean {
  return state.query !== '' || state.stages.length > 0 || state.kinds.length > 0;
}

/** Adds or removes `id` from a list, keeping `order`'s order. */
export function toggleValue(
  list: readonly string[],
  id: string,
  on: boolean,
  order: readonly string[],
): string[] {
  const next = new Set(list);
  if (on) next.add(id);
  else next.delete(id);
  return order.filter((value) => next.has(value));
}
