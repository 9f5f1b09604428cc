/**
 * A widget's state in the page address, the one way every tool keeps it there:
 * - reads the address after hydration (never during render, so the first client render equals the
 *   server's HTML), and again when back, forward or an edited address changes the query, so the
 *   state shown always matches the address;
 * - writes each change with `replaceUrl` (one history entry per page, not one per change), keeping
 *   the keys other parts of the page own;
 * - keeps what the opened link asked for that could not be used, for the visible note.
 * Parsing and writing are the widget's pure functions in src/lib/<widget>/url.ts.
 */
import { useEffect, useRef, useState } from 'react';
import type { IgnoredParam } from '../../lib/url-state.ts';
import { onQueryMoved, replaceUrl } from './browser.ts';

/** Why the address is being read: the page opened, or history moved to another query. */
export type UrlReadCause = 'opened' | 'history';

export interface UrlStateOptions<S> {
  /** The state the widget shows; each change of its own keys is written. */
  state: S;
  /**
   * Puts the address's state into the widget (dispatch or set state); returns the parts it could
   * not use, for the note. May change identity every render.
   */
  read: (
    address: { search: string; hash: string },
    cause: UrlReadCause,
  ) => readonly IgnoredParam[] | void;
  /**
   * The query ("" or "?…") for `state`, given the address's query now: keys the widget does not
   * own stay as they are. Called with "" to get the widget's own keys alone.
   */
  write: (state: S, search: string) => string;
  /**
   * True: a link is rewritten as soon as it is read (its unusable values dropped, former ids
   * replaced). False: it stays as it was opened until the reader changes something.
   */
  rewriteOnRead?: boolean | undefined;
  /** How long typing may pause before the address follows (0 writes at once). */
  writeDelayMs?: number | undefined;
  /** False when the page's address is not this widget's to keep: nothing is read or written. */
  enabled?: boolean | undefined;
}

export interface UrlState {
  /** False until the address has been read (controls may stay disabled until then). */
  ready: boolean;
  /** What the address asked for that could not be used, for the visible note. */
  ignored: readonly IgnoredParam[];
  dismissIgnored: () => void;
}

export function useUrlState<S>({
  state,
  read,
  write,
  rewriteOnRead = false,
  writeDelayMs = 0,
  enabled = true,
}: UrlStateOptions<S>): UrlState {
  const [ready, setReady] = useState(false);
  const [ignored, setIgnored] = useState<readonly IgnoredParam[]>([]);
  // Counts reads, so the write effect runs after each one even when the state did not change.
  const [reads, setReads] = useState(0);
  // The latest functions, so the listeners and effects need not be re-subscribed every render.
  const fns = useRef({ read, write });
  useEffect(() => {
    fns.current = { read, write };
  });
  // The widget's own keys as the address holds them, so an unchanged state never rewrites it.
  const written = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    const readAddress = (cause: UrlReadCause) => {
      const { search, hash } = window.location;
      written.current = undefined;
      setIgnored(fns.current.read({ search, hash }, cause) ?? []);
      setReads((n) => n + 1);
    };
    readAddress('opened');
    setReady(true);
    return onQueryMoved(() => readAddress('history'));
  }, [enabled]);

  useEffect(() => {
    if (!ready) return;
    const own = fns.current.write(state, '');
    if (written.current === undefined) {
      // Just read: the state is the address's; say so before any change is written.
      written.current = own;
      if (!rewriteOnRead) return;
    } else if (own === written.current) {
      return;
    }
    // Recorded when written, not before: a change within the delay that ends with the same keys
    // as the address holds must not count as written while the timer it cancelled never ran.
    const put = () => {
      written.current = own;
      const { search } = window.location;
      const next = fns.current.write(state, search);
      if (next !== search) replaceUrl(next);
    };
    if (writeDelayMs <= 0) {
      put();
      return;
    }
    const timer = window.setTimeout(put, writeDelayMs);
    return () => window.clearTimeout(timer);
  }, [ready, reads, state, rewriteOnRead, writeDelayMs]);

  return { ready, ignored, dismissIgnored: () => setIgnored([]) };
}
