// Shared primitives: src/core imports nothing, so schemas and logic may both use it.

/** One kebab-case word group: lowercase letters and digits joined by single hyphens. */
const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A stable kebab-case id, as content writes every id ("load-balancing"). */
export const KEBAB_ID = new RegExp(`^${KEBAB}$`);

/** Kebab-case ids joined by `separator` ("stages/poc/success-criteria" with "/"). */
export function kebabPath(separator: string): RegExp {
  const escaped = separator.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${KEBAB}(?:${escaped}${KEBAB})*$`);
}
