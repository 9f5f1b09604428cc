import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during server rendering and the hydration render, true after: controls that only work
 * with JavaScript stay disabled until then, and the first client render matches the server HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
