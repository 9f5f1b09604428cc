// The names a checklist's progress is found by: its key in the browser's storage and the list a
// share link names. A module of their own, with no imports, so that the small scripts deciding
// whether a checklist loads at once (show-at-once.ts) bring nothing else with them.

/** The version of the stored format documented in storage.ts. */
export const STORAGE_FORMAT = 1;

/** The key of a checklist's progress. */
export function progressKey(checklistId: string): string {
  return `ilg:checklist:${checklistId}:v${STORAGE_FORMAT}`;
}

/**
 * The checklist id a share fragment names, read without the rest of it, or undefined for an
 * ordinary anchor (the whole fragment is read by share.ts).
 */
export function sharedChecklistId(hash: string): string | undefined {
  // An ordinary anchor ("#success--uptime-99") reads as a query without `checklist`.
  return (
    new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get('checklist') ?? undefined
  );
}
