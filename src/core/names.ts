// Shared primitives: src/core imports nothing, so schemas and logic may both use it.

/**
 * Matching the words a reader types ("Redis", "load-balancer", "MFA/RBAC") to the features the
 * guide names. Matching is exact after a fixed normalisation (case, accents of width, and
 * punctuation are ignored); there is no fuzzy guessing, so a match is always one the content
 * states through a feature's name, id or one of its `aliases`.
 */

/** The key two spellings share when they are the same words: lower case, punctuation as spaces. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A feature as the matcher needs it. */
export interface NamedFeature {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** Every key a feature answers to: its id, its name and its aliases. */
export function featureKeys(feature: NamedFeature): string[] {
  const keys = [feature.id, feature.name, ...feature.aliases].map(nameKey);
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** Two or more features that answer to the same key, which would make a match ambiguous. */
export interface SharedKey {
  key: string;
  featureIds: string[];
}

/** The keys more than one feature answers to; empty when every name and alias is unambiguous. */
export function sharedKeys(features: readonly NamedFeature[]): SharedKey[] {
  const owners = new Map<string, string[]>();
  for (const feature of features) {
    for (const key of featureKeys(feature))
      owners.set(key, [...(owners.get(key) ?? []), feature.id]);
  }
  return [...owners]
    .filter(([, ids]) => ids.length > 1)
    .map(([key, featureIds]) => ({ key, featureIds }));
}

/**
 * The feature the reader's words name, or undefined when the guide names nothing by them. When
 * content is ambiguous (the content check forbids it) the first feature in order wins.
 */
export function matchFeature<T extends NamedFeature>(
  text: string,
  features: readonly T[],
): T | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  return features.find((feature) => featureKeys(feature).includes(key));
}

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
