/**
 * The comparison matrices as a tool: filter by stage, table, text and level, show only what
 * changes between the shown stages, and share the view by its URL. The server renders the
 * default view (all three full tables), which is also the page without JavaScript.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { anchorTarget, rowAnchorId } from '../../lib/matrix/anchors.ts';
import { applyView } from '../../lib/matrix/filter.ts';
import { type MatrixAction, reduceView } from '../../lib/matrix/state.ts';
import { matrixStrings as s } from '../../lib/matrix/strings.ts';
import { describeView } from '../../lib/matrix/describe.ts';
import type { MatrixProps } from '../../lib/matrix/model.ts';
import { viewFromQuery, viewToQuery } from '../../lib/matrix/url.ts';
import {
  activeFilterCount,
  catalogOf,
  defaultView,
  isFiltered,
  type MatrixView,
} from '../../lib/matrix/view.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import { copyText } from '../shared/browser.ts';
import { MatrixFilters } from './MatrixFilters.tsx';
import { MatrixSection } from './MatrixSection.tsx';
import controls from './controls.module.css';
import styles from './MatrixExplorer.module.css';
import { StagePairs } from './StagePairs.tsx';
import { scrollToId, useHash } from './useHash.ts';
import { useUrlState } from '../shared/useUrlState.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long typing may pause before the URL follows. */
const WRITE_DELAY_MS = 200;

/** Screens narrow enough to fold the filters away at first (the 40rem of the filter grid). */
const NARROW = '(max-width: 40rem)';

export default function MatrixExplorer(props: MatrixProps) {
  const catalog = useMemo(() => catalogOf(props), [props]);
  const [view, dispatch] = useReducer(
    (current: MatrixView, action: MatrixAction) => reduceView(current, action, catalog),
    catalog,
    defaultView,
  );
  // The view lives in the URL query: read after hydration and on back/forward, written once
  // typing pauses; a link with unusable parts stays as opened until the reader changes something.
  const { ready, ignored, dismissIgnored } = useUrlState({
    state: view,
    read: ({ search }) => {
      const loaded = viewFromQuery(search, catalog);
      dispatch({ type: 'view-loaded', view: loaded.view });
      return loaded.ignored;
    },
    write: (current) => viewToQuery(current, catalog),
    writeDelayMs: WRITE_DELAY_MS,
  });
  // The page's address without query or fragment, for links to the view (known once hydrated).
  const pageUrl = ready ? `${window.location.origin}${window.location.pathname}` : '';
  const result = useMemo(() => applyView(props, view), [props, view]);
  const hash = useHash();
  const [copy, setCopy] = useState<CopyState>('idle');
  const queryRef = useRef<HTMLInputElement>(null);
  const filtersRef = useRef<HTMLDetailsElement>(null);

  // On a phone the filters fold away so the tables come first; the summary says how many apply.
  useEffect(() => {
    if (window.matchMedia(NARROW).matches && filtersRef.current) filtersRef.current.open = false;
  }, []);

  // The browser jumped to a linked row before the link's filters applied; jump again after.
  useEffect(() => {
    const id = anchorTarget(window.location.hash, props.tables);
    if (ready && id) scrollToId(id.rowId ? rowAnchorId(id.table.id, id.rowId) : id.table.id);
  }, [ready, props.tables]);

  const shownStages = props.stages.filter((stage) => view.stages.includes(stage.id));
  const query = viewToQuery(view, catalog);
  const target = anchorTarget(hash, props.tables);
  const targetResult = target && result.tables.find((t) => t.table.id === target.table.id);
  const targetHidden =
    targetResult !== undefined &&
    (!targetResult.shown ||
      (target?.rowId !== undefined && !targetResult.rows.some((r) => r.row.id === target.rowId)));
  const targetRow = target?.rowId && target.table.rows.find((r) => r.id === target.rowId);

  const clearFilters = () => {
    dispatch({ type: 'filters-cleared' });
    setCopy('idle');
  };
  const copyLink = async () => {
    setCopy((await copyText(`${pageUrl}${query}${window.location.hash}`)) ? 'copied' : 'failed');
  };

  return (
    <div className={styles.explorer}>
      <div className={styles.controls} data-needs-js="" data-pagefind-ignore="">
        <StagePairs
          stages={props.stages}
          view={view}
          catalog={catalog}
          onChoose={(from, to) => dispatch({ type: 'pair-chosen', from, to })}
        />
        <details ref={filtersRef} className={styles.disclosure} open>
          <summary>{s.filtersSummary(activeFilterCount(view, catalog))}</summary>
          <MatrixFilters
            data={props}
            view={view}
            ready={ready}
            dispatch={dispatch}
            queryRef={queryRef}
          />
        </details>
        <div className={styles.actions}>
          <button
            type="button"
            className={controls.button}
            disabled={!ready}
            onClick={clearFilters}
          >
            {s.clearFilters}
          </button>
          <button
            type="button"
            className={controls.button}
            disabled={!ready}
            onClick={() => void copyLink()}
          >
            {s.copyLink}
          </button>
          <span role="status" className={styles.copyStatus}>
            {copy === 'copied' ? s.linkCopied : copy === 'failed' ? s.copyFailed : ''}
          </span>
        </div>
      </div>

      <div className={styles.notes} data-pagefind-ignore="">
        <p className={styles.printSummary}>
          {describeView(view, props, result.shownRows, result.totalRows)}
          {pageUrl && query && ` ${s.summary.link} ${pageUrl}${query}`}
        </p>
        <p role="status" className={styles.count} data-needs-js="">
          {s.showing(result.shownRows, result.totalRows)}
          {result.shownRows === 0 && ` ${s.noRows}`}
        </p>
        {result.shownRows === 0 && isFiltered(view, catalog) && (
          <p className="no-print">
            <button
              type="button"
              className={controls.button}
              onClick={() => {
                clearFilters();
                if (filtersRef.current) filtersRef.current.open = true;
                queryRef.current?.focus();
              }}
            >
              {s.clearFilters}
            </button>
          </p>
        )}
        {view.stages.length === 0 && <p className={styles.note}>{s.noStages}</p>}
        {view.changesOnly && (
          <p className={styles.note}>{view.stages.length < 2 ? s.changesNeedTwo : s.changesRule}</p>
        )}
        {ignored.length > 0 && (
          <div className={`${styles.note} ${styles.warning} no-print`}>
            <p>{describeIgnored(ignored)}</p>
            <button type="button" className={controls.button} onClick={dismissIgnored}>
              {s.dismiss}
            </button>
          </div>
        )}
        {target && targetHidden && (
          <div className={`${styles.note} ${styles.warning} no-print`}>
            <p>
              {targetRow
                ? s.hiddenTarget(targetRow.label, target.table.title)
                : s.hiddenTableTarget(target.table.title)}
            </p>
            <button
              type="button"
              className={controls.button}
              onClick={() => {
                clearFilters();
                scrollToId(
                  target.rowId ? rowAnchorId(target.table.id, target.rowId) : target.table.id,
                );
              }}
            >
              {s.showAllRows}
            </button>
          </div>
        )}
      </div>

      {result.tables.map((tableResult) => (
        <MatrixSection
          key={tableResult.table.id}
          result={tableResult}
          stages={shownStages}
          levels={props.levels}
          onShowTable={(table) => {
            dispatch({ type: 'table-toggled', table, shown: true });
            window.requestAnimationFrame(() => document.getElementById(table)?.focus());
          }}
        />
      ))}
    </div>
  );
}
