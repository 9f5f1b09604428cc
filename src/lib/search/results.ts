/**
 * Turns Pagefind's result data into what the search UI shows: per page, its title, page type and
 * stages, and its best few places (sub-results), each with the section heading, the link to its
 * anchor and a highlighted excerpt.
 */
import { excerptParts, type ExcerptPart } from './excerpt.ts';
import { resultKind, resultStages, type StageName } from './filters.ts';

/** The parts of Pagefind's result data the UI reads (see Pagefind's "search API" docs). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed words; sub-results' `locations` index into it, split on whitespace. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface ResultPlace {
  url: string;
  /** The section heading (or the page title, for a match near the top of the page). */
  title: string;
  excerpt: ExcerptPart[];
  /** True when the place is the page itself rather than an anchor in it. */
  isPage: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  kind: string | undefined;
  stages: string[];
  places: ResultPlace[];
}

/** How strongly a sub-result matches: the sum of its matched words' scores. */
export function placeScore(sub: PagefindSubResult): number {
  const weighted = sub.weighted_locations ?? [];
  if (weighted.length > 0) return weighted.reduce((sum, w) => sum + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/**
 * How many different words of the page a sub-result matched ("read" and "replicas" count two,
 * "replicas" twice counts one), read from the page's words at the matched locations. Without the
 * words, every match counts.
 */
export function distinctMatches(
  sub: PagefindSubResult,
  words: readonly string[] | undefined,
): number {
  const locations = sub.locations ?? sub.weighted_locations?.map((w) => w.location) ?? [];
  if (!words) return locations.length;
  const normalised = locations.map((at) =>
    (words[at] ?? `#${at}`).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
  return new Set(normalised).size;
}

/**
 * The view of one result. Its places are the `maxPlaces` best-matching sub-results, best first:
 * most different words matched, then the highest score, then page order. So a result's first
 * place is where the reader should land: the item that says "read replicas" rather than the
 * page title that merely starts with "Ready".
 */
export function toResultView(
  data: PagefindResultData,
  options: { maxPlaces: number; stages: readonly StageName[] },
): ResultView {
  const title = data.meta['title']?.trim() || data.url;
  const subs = data.sub_results ?? [];
  const words = data.content?.split(/\s+/);
  const ranked = subs
    .map((sub, index) => ({
      sub,
      index,
      distinct: distinctMatches(sub, words),
      score: placeScore(sub),
    }))
    .sort((a, b) => b.distinct - a.distinct || b.score - a.score || a.index - b.index)
    .slice(0, Math.max(1, options.maxPlaces));
  const places: ResultPlace[] =
    ranked.length > 0
      ? ranked.map(({ sub }) => ({
          url: sub.url,
          title: sub.anchor ? sub.title.trim() || title : title,
          excerpt: excerptParts(sub.excerpt),
          isPage: !sub.anchor,
        }))
      : [{ url: data.url, title, excerpt: excerptParts(data.excerpt), isPage: true }];
  return {
    url: data.url,
    title,
    kind: resultKind(data.filters),
    stages: resultStages(data.filters, options.stages),
    places,
  };
}
