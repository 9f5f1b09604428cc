/**
 * Keeps the view and the URL query in step: reads the query after hydration (never during
 * render, so the first client render equals the server HTML), follows back/forward, and writes
 * each change with `replaceState` (one history entry per page, not per keystroke).
 */
import { type ActionDispatch, useEffect, useRef, useState } from 'react';
import type { MatrixAction } from '../../lib/matrix/state.ts';
import { viewFromQuery, viewToQuery } from '../../lib/matrix/url.ts';
import type { MatrixCatalog, MatrixView } from '../../lib/matrix/view.ts';
import type { IgnoredParam } from '../../lib/url-state.ts';
import { replaceUrl } from '../shared/browser.ts';

/** How long typing may pause before the URL follows. */
const WRITE_DELAY_MS = 200;

export interface UrlView {
  /** False until the URL's view has been read (controls stay disabled until then). */
  ready: boolean;
  /** The page's address without query or fragment ('' until ready), for links to the view. */
  pageUrl: string;
  /** What the opened link asked for that could not be used. */
  ignored: IgnoredParam[];
  dismissIgnored: () => void;
}

export function useUrlView(
  view: MatrixView,
  dispatch: ActionDispatch<[MatrixAction]>,
  catalog: MatrixCatalog,
): UrlView {
  const [ready, setReady] = useState(false);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [pageUrl, setPageUrl] = useState('');
  // The query the URL holds for the current view, so an unchanged view never rewrites it (a
  // link with ignored parts stays as it was opened until the reader changes something).
  const inUrl = useRef('');

  useEffect(() => {
    const read = (reportIgnored: boolean) => {
      const loaded = viewFromQuery(window.location.search, catalog);
      inUrl.current = viewToQuery(loaded.view, catalog);
      dispatch({ type: 'view-loaded', view: loaded.view });
      if (reportIgnored) setIgnored(loaded.ignored);
    };
    read(true);
    setPageUrl(`${window.location.origin}${window.location.pathname}`);
    setReady(true);
    const onPopState = () => read(false);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [catalog, dispatch]);

  useEffect(() => {
    if (!ready) return;
    const query = viewToQuery(view, catalog);
    if (query === inUrl.current) return;
    const timer = window.setTimeout(() => {
      inUrl.current = query;
      replaceUrl(query);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [ready, view, catalog]);

  return { ready, pageUrl, ignored, dismissIgnored: () => setIgnored([]) };
}
