/**
 * The content version a checklist's progress is saved against.
 *
 * Checklists of content/checklists/ carry an explicit `version` (bumped by authors when items are
 * added, removed or renamed): their content version is that number, as text ("3"). Lists of the
 * stages (success criteria, integration checkpoint lists) have no version field: theirs is a
 * fingerprint of their item ids ("ids-1a2b3c4d"), which changes exactly when an item is added,
 * removed or renamed, and not when wording changes or items move.
 *
 * The version is informative only: reconciliation (reconcile.ts) always compares item ids, so
 * progress stays correct even when an author forgets to bump a version.
 */

/** FNV-1a (32 bit) of a string, as 8 hex digits: small, stable and good enough to tell lists apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of a list's item ids, independent of their order: "ids-1a2b3c4d". */
export function fingerprintIds(ids: readonly string[]): string {
  return `ids-${fnv1a([...new Set(ids)].sort().join('\n'))}`;
}

/** The content version: the explicit version when there is one, else the ids' fingerprint. */
export function contentVersionOf(version: number | undefined, ids: readonly string[]): string {
  return version === undefined ? fingerprintIds(ids) : String(version);
}
