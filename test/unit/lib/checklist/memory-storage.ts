// In-memory stand-ins for localStorage: one that works, and ones that refuse the way browsers do.
import type { StorageLike } from '../../../../src/lib/checklist/storage.ts';

export interface MemoryStorage extends StorageLike {
  readonly data: Map<string, string>;
}

/** A working storage over a Map (exposed as `data` for assertions). */
export function createMemoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

const refuse = () => {
  throw new Error('SecurityError: The operation is insecure.');
};

/** A storage whose every call throws (site data blocked). */
export const throwingStorage: StorageLike = {
  getItem: refuse,
  setItem: refuse,
  removeItem: refuse,
};

/** A storage that reads but refuses writes (Safari's old private mode, a full quota). */
export function readOnlyStorage(initial: Record<string, string> = {}): MemoryStorage {
  const storage = createMemoryStorage(initial);
  return {
    ...storage,
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: refuse,
  };
}
