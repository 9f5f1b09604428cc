/** "Did you mean" suggestions for ids a reference does not match. */

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The three ids nearest to `received` by edit distance. */
export function closestIds(received: string, known: readonly string[]): string[] {
  return [...known]
    .sort((x, y) => editDistance(received, x) - editDistance(received, y))
    .slice(0, 3);
}
