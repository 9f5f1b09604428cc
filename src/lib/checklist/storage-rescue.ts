/** Storage in trouble: moving an unreadable record aside, and checking that writes work (see storage.ts). */
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
  if (storage === undefined) return undefined;
  const base = `${progressKey(checklistId)}:unreadable:${now.toISOString()}`;
  try {
    for (let n = 1; n < 100; n += 1) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (storage.getItem(key) !== null) continue;
      storage.setItem(key, raw);
      if (storage.getItem(key) !== raw) return undefined;
      storage.removeItem(progressKey(checklistId));
      return key;
    }
  } catch {
    return undefined;
  }
  return undefined;
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
