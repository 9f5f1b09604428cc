import { featureKeys, nameKey, type NamedFeature } from '../../core/names.ts';

/**
 * Which features an item's words name. A mention is a feature's id, name or alias appearing as
 * whole words (compared as the "Should I add feature X?" tool compares them: case and punctuation
 * ignored). Where one mention lies inside a longer one of another feature, the longer wins:
 * "Database read replicas" names read replicas, not the database; "Advanced caching strategies"
 * names advanced caching, not caching.
 */

/** A feature named in a text, with the words that name it. */
export interface Mention {
  featureId: string;
  words: string;
}

interface Span {
  featureId: string;
  words: string;
  start: number;
  end: number;
}

function spansOf(tokens: readonly string[], feature: NamedFeature): Span[] {
  return featureKeys(feature).flatMap((key) => {
    const wanted = key.split(' ');
    const spans: Span[] = [];
    for (let start = 0; start + wanted.length <= tokens.length; start += 1) {
      if (wanted.every((word, i) => tokens[start + i] === word)) {
        spans.push({ featureId: feature.id, words: key, start, end: start + wanted.length });
      }
    }
    return spans;
  });
}

/** The features `text` names, in the order of their first mention, each once. */
export function findMentions(text: string, features: readonly NamedFeature[]): Mention[] {
  const key = nameKey(text);
  if (key === '') return [];
  const tokens = key.split(' ');
  const spans = features.flatMap((feature) => spansOf(tokens, feature));
  const kept = spans.filter(
    (span) =>
      !spans.some(
        (other) =>
          other.featureId !== span.featureId &&
          other.start <= span.start &&
          span.end <= other.end &&
          other.end - other.start > span.end - span.start,
      ),
  );
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return kept.flatMap((span) => {
    if (seen.has(span.featureId)) return [];
    seen.add(span.featureId);
    return [{ featureId: span.featureId, words: span.words }];
  });
}
