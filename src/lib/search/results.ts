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

/** Lowercase letter-and-digit runs of a text: "Production-Ready." → ["production", "ready"]. */
export function wordParts(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * How many of the reader's words a sub-result matched: "read replicas" matched by "read" and
 * "replicas" counts two; "runbook" and "runbooks" for "runbooks" count one. Pagefind matches by
 * prefix and stem, so each matched word of the page (at the sub-result's locations in the page's
 * words) is credited to the query word it shares the longest prefix with; a word sharing none
 * counts on its own. Without the page's words, every match counts.
 */
export function matchedTerms(
  sub: PagefindSubResult,
  words: readonly string[] | undefined,
  query: string,
): number {
  const locations = sub.locations ?? sub.weighted_locations?.map((w) => w.location) ?? [];
  if (!words) return locations.length;
  const terms = wordParts(query);
  const credited = new Set<string>();
  for (const at of locations) {
    const parts = wordParts(words[at] ?? '');
    let best = -1;
    let length = 0;
    terms.forEach((term, index) => {
      const shared = Math.max(0, ...parts.map((part) => commonPrefix(part, term)));
      if (shared > length) [best, length] = [index, shared];
    });
    credited.add(best >= 0 ? `term:${best}` : `word:${parts.join('-') || at}`);
  }
  return credited.size;
}

/**
 * The view of one result. Its places are the `maxPlaces` best-matching sub-results, best first:
 * most of the reader's words matched, then the top of the page (its title and lead say what it is
 * about), then the highest score, then page order. So a result's first place is where the
 * reader should land: the item that says "read replicas" rather than a page title that merely
 * starts with "Ready", but the top of the "Graceful Shutdown" page rather than its table.
 */
export function toResultView(
  data: PagefindResultData,
  options: { maxPlaces: number; stages: readonly StageName[]; query: string },
): ResultView {
  const title = data.meta['title']?.trim() || data.url;
  const subs = data.sub_results ?? [];
  const words = data.content?.split(/\s+/);
  const ranked = subs
    .map((sub, index) => ({
      sub,
      index,
      distinct: matchedTerms(sub, words, options.query),
      score: placeScore(sub),
    }))
    .sort(
      (a, b) =>
        b.distinct - a.distinct ||
        Number(!b.sub.anchor) - Number(!a.sub.anchor) ||
        b.score - a.score ||
        a.index - b.index,
    )
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
