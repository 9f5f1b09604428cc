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
