import { useId } from 'react';
import { rowAnchorId } from '../../lib/matrix/anchors.ts';
import type { CellChange } from '../../lib/matrix/diff.ts';
import type { TableResult } from '../../lib/matrix/filter.ts';
import { matrixStrings as s } from '../../lib/matrix/strings.ts';
import { searchAnchor } from '../../lib/search/anchors.ts';
import type { LevelTerm, MatrixCell, StageColumn } from '../../lib/matrix/model.ts';
import { LevelBadge } from '../shared/LevelBadge.tsx';
import controls from './controls.module.css';
import styles from './MatrixSection.module.css';

interface Props {
  result: TableResult;
  /** The shown stage columns, in order. */
  stages: readonly StageColumn[];
  levels: readonly LevelTerm[];
  onShowTable: (tableId: string) => void;
}

type SectionState = 'shown' | 'empty' | 'hidden';

/** One comparison table under the current view, or a short note when the view hides it. */
export function MatrixSection({ result, stages, levels, onShowTable }: Props) {
  const { table, shown, rows } = result;
  const captionId = useId();
  const descriptionId = useId();
  const state: SectionState = !shown ? 'hidden' : rows.length === 0 ? 'empty' : 'shown';
  const filtered = rows.length < table.rows.length;

  return (
    <section aria-labelledby={table.id} className={styles.section} data-state={state}>
      <h2 id={table.id} tabIndex={-1}>
        {table.title}
      </h2>
      {state === 'hidden' && (
        <p className={styles.sectionNote}>
          {s.tableHidden}{' '}
          <button type="button" className={controls.button} onClick={() => onShowTable(table.id)}>
            {s.showTable(table.title)}
          </button>
        </p>
      )}
      {state === 'empty' && <p className={styles.sectionNote}>{s.noRowsInTable}</p>}
      {state === 'shown' && (
        <p id={descriptionId} className={styles.description}>
          {table.description}
          {filtered && (
            <strong className={styles.tableCount}>
              {' '}
              {s.tableShowing(rows.length, table.rows.length)}
            </strong>
          )}
        </p>
      )}
      {state === 'shown' && (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={`data-table ${styles.table}`} aria-describedby={descriptionId}>
            {/* The heading above shows the title; the caption names the table for screen readers. */}
            <caption id={captionId} className="sr-only">
              {table.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeader}</th>
                {stages.map((stage) => (
                  <th scope="col" key={stage.id}>
                    <a href={stage.href}>{stage.shortName}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ row, changes }) => (
                <tr id={rowAnchorId(table.id, row.id)} key={row.id} {...searchAnchor(table.title)}>
                  <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
                  {stages.map((stage) => (
                    <Cell
                      key={stage.id}
                      cell={row.cells[stage.id]}
                      change={changes[stage.id]}
                      stage={stage}
                      stages={stages}
                      levels={levels}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface CellProps {
  cell: MatrixCell | undefined;
  change: CellChange | undefined;
  stage: StageColumn;
  stages: readonly StageColumn[];
  levels: readonly LevelTerm[];
}

function Cell({ cell, change, stage, stages, levels }: CellProps) {
  const term = cell?.level ? levels.find((l) => l.id === cell.level) : undefined;
  const from = change ? (stages.find((st) => st.id === change.from)?.shortName ?? change.from) : '';
  return (
    <td data-change={change?.kind}>
      {term ? <LevelBadge level={term.id} words={term} detail={cell?.text} /> : cell?.text}
      {change && (
        <span className={styles.change}>{s.change[change.kind](stage.shortName, from)}</span>
      )}
    </td>
  );
}
