// Whether a lazily loaded checklist must load at once rather than on the reader's first use: the
// browser holds saved progress for one of its lists, or the address carries a share link for one.
// Shared by the `client:interact` directive (widget pages) and the <tracked-list> element
// (reading pages), so both decide alike.
import { progressKey, sharedChecklistId } from './keys.ts';

/** Reads a saved entry by key (localStorage.getItem); may throw when storage is refused. */
export type ReadSaved = (key: string) => string | null;

export function mustShowAtOnce(ids: readonly string[], hash: string, read: ReadSaved): boolean {
  if (ids.length === 0) return false;
  const shared = sharedChecklistId(hash);
  if (shared !== undefined && ids.includes(shared)) return true;
  try {
    return ids.some((id) => read(progressKey(id)) !== null);
  } catch {
    // Storage refused (blocked site data): there is nothing saved to show.
    return false;
  }
}
