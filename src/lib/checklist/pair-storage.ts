/** The integration template's last chosen stage pair, kept in storage (see storage.ts, Keys). */
import type { StorageLike } from './storage.ts';

/** The key of the stage pair last chosen for a template. */
export function pairKey(templateId: string): string {
  return `ilg:checklist:${templateId}:pair`;
}

/** The stage pair last chosen for a template, if storage has one among `pairIds`. */
export function readPair(
  storage: StorageLike | undefined,
  templateId: string,
  pairIds: readonly string[],
): string | undefined {
  if (storage === undefined) return undefined;
  try {
    const value = storage.getItem(pairKey(templateId));
    return value !== null && pairIds.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the chosen stage pair; `false` when storage refuses. */
export function writePair(
  storage: StorageLike | undefined,
  templateId: string,
  pairId: string,
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(pairKey(templateId), pairId);
    return true;
  } catch {
    return false;
  }
}
