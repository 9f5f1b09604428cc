/** Storage in trouble: moving an unreadable record aside, and checking that writes work (see storage.ts). */
import { moveAside } from '../move-aside.ts';
import { progressKey, type StorageLike } from './storage.ts';

/**
 * Moves an unreadable value to a key of its own, never overwriting one, and returns that key;
 * the original key is cleared only after the copy reads back identical. `undefined` when it could
 * not be copied: the original stays, and must not be written over.
 */
export function keepAside(
  storage: StorageLike | undefined,
  checklistId: string,
  raw: string,
  now: Date,
): string | undefined {
  return moveAside(storage, progressKey(checklistId), raw, now);
}

/** Whether storage accepts a write right now (private modes may refuse every write). */
export function storageWorks(storage: StorageLike | undefined): boolean {
  if (storage === undefined) return false;
  const key = 'ilg:checklist:probe';
  try {
    storage.setItem(key, '1');
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
