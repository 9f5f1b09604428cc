/**
 * Keeping the reader's unreadable saved data: checklist progress (checklist/storage-rescue.ts)
 * and plan snapshots (plan/snapshot-storage.ts) both move a value they cannot read aside, rather
 * than write over it.
 */
import type { StorageLike } from './checklist/stored-record.ts';

/**
 * Copies the unreadable value `raw` of `key` to `<key>:unreadable:<ISO time>` (with `-2`, `-3`...
 * when that is taken: never over another value) and returns that key; `key` is cleared only after
 * the copy reads back identical. `undefined` when it could not be copied: the original stays, and
 * must not be written over.
 */
export function moveAside(
  storage: StorageLike | undefined,
  key: string,
  raw: string,
  now: Date,
): string | undefined {
  if (storage === undefined) return undefined;
  const base = `${key}:unreadable:${now.toISOString()}`;
  try {
    for (let n = 1; n < 100; n += 1) {
      const aside = n === 1 ? base : `${base}-${n}`;
      if (storage.getItem(aside) !== null) continue;
      storage.setItem(aside, raw);
      if (storage.getItem(aside) !== raw) return undefined;
      storage.removeItem(key);
      return aside;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
