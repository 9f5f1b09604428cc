/**
 * Between the reader's choices (stage and kind ids) and Pagefind's filters (keys from strings.ts,
 * values: stage short names and kind labels).
 */
import type { SearchState } from './query.ts';
import { KIND_IDS, searchStrings } from './strings.ts';

/** A stage as the search needs it: its id (for links) and short name (the filter value). */
export interface StageName {
  id: string;
  name: string;
}

/** One choice the UI offers: id, label (the Pagefind value), and how many results it has. */
export interface FilterOption {
  id: string;
  label: string;
  /** Undefined until Pagefind has counted. */
  count: number | undefined;
}

/** Pagefind's filter argument: every chosen value of a filter counts (`any`); filters combine. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind's counts: filter key → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The filters without `key`'s choices. */
export function filtersWithout(filters: PagefindFilters, key: string): PagefindFilters {
  return Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
}

/**
 * The count to show beside each choice: how many results there would be with that value chosen,
 * given the query and the OTHER filters' choices (choices within one filter widen, not narrow).
 * For a filter in use, that is the count from a search without it (`withoutEach[key]`); for one
 * not in use, Pagefind's count "in addition to the current filters" (`current[key]`).
 */
export function choiceCounts(
  filters: PagefindFilters,
  current: FilterCounts,
  withoutEach: FilterCounts,
): FilterCounts {
  const counts: FilterCounts = {};
  for (const [key, values] of Object.entries(current)) {
    if (!(key in filters)) counts[key] = values;
  }
  for (const key of Object.keys(filters)) {
    counts[key] = withoutEach[key] ?? current[key] ?? {};
  }
  return counts;
}

export function kindOptions(): { id: string; label: string }[] {
  return KIND_IDS.map((id) => ({ id, label: searchStrings.kinds[id] }));
}

/** The `filters` option for `pagefind.search`, from the state's ids. Unknown ids are dropped. */
export function toPagefindFilters(
  state: Pick<SearchState, 'stages' | 'kinds'>,
  stages: readonly StageName[],
): PagefindFilters {
  const { filters, kinds } = searchStrings;
  const result: PagefindFilters = {};
  const stageValues = stages.filter((s) => state.stages.includes(s.id)).map((s) => s.name);
  const kindValues = KIND_IDS.filter((id) => state.kinds.includes(id)).map((id) => kinds[id]);
  if (stageValues.length > 0) result[filters.stage.key] = { any: stageValues };
  if (kindValues.length > 0) result[filters.kind.key] = { any: kindValues };
  return result;
}

/**
 * The options of one filter in the given order, with Pagefind's counts (value → number of
 * results). Once counted, a value Pagefind does not report counts 0; before, counts are unknown.
 */
export function withCounts(
  options: readonly { id: string; label: string }[],
  counts: Readonly<Record<string, number>> | undefined,
): FilterOption[] {
  return options.map((option) => ({
    ...option,
    count: counts === undefined ? undefined : (counts[option.label] ?? 0),
  }));
}

/** The stage short names of a result's filter data, in lifecycle order. */
export function resultStages(
  filters: Readonly<Record<string, readonly string[]>> | undefined,
  stages: readonly StageName[],
): string[] {
  const values = filters?.[searchStrings.filters.stage.key] ?? [];
  return stages.filter((s) => values.includes(s.name)).map((s) => s.name);
}

/** The kind label of a result's filter data, when it declares one. */
export function resultKind(
  filters: Readonly<Record<string, readonly string[]>> | undefined,
): string | undefined {
  return filters?.[searchStrings.filters.kind.key]?.[0];
}

/**
 * Reads the stages a page embeds for the search UI (`[{"id":"poc","name":"POC"}, …]`); anything
 * malformed yields no stages rather than an error, and search still works without stage filters.
 */
export function parseStageNames(json: string | null | undefined): StageName[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is StageName =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as StageName).id === 'string' &&
        typeof (item as StageName).name === 'string',
    );
  } catch {
    return [];
  }
}
