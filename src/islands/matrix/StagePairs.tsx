import { type MouseEvent, useId } from 'react';
import { adjacentPairs, viewIsPair } from '../../lib/matrix/pairs.ts';
import { reduceView } from '../../lib/matrix/state.ts';
import { matrixStrings as s } from '../../lib/matrix/strings.ts';
import type { StageColumn } from '../../lib/matrix/model.ts';
import { viewToQuery } from '../../lib/matrix/url.ts';
import type { MatrixCatalog, MatrixView } from '../../lib/matrix/view.ts';
import styles from './StagePairs.module.css';

interface Props {
  stages: readonly StageColumn[];
  view: MatrixView;
  catalog: MatrixCatalog;
  onChoose: (from: string, to: string) => void;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * One link per stage and the next ("MVP → Production"). Each is a real link to its view, so it
 * can be opened in a new tab or copied; a plain click changes the view in place.
 */
export function StagePairs({ stages, view, catalog, onChoose }: Props) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className={styles.pairs}>
      <p id={labelId} className={styles.pairsLabel}>
        {s.pairsLegend}
      </p>
      <ul>
        {adjacentPairs(stages).map((pair) => {
          const target = reduceView(
            view,
            { type: 'pair-chosen', from: pair.from.id, to: pair.to.id },
            catalog,
          );
          return (
            <li key={pair.to.id}>
              <a
                className={styles.pair}
                href={viewToQuery(target, catalog) || '?'}
                aria-current={viewIsPair(view, pair) ? 'true' : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onChoose(pair.from.id, pair.to.id);
                }}
              >
                {pair.from.shortName}
                <span aria-hidden="true"> {s.pairArrow} </span>
                <span className="sr-only"> {s.pairTo} </span>
                {pair.to.shortName}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
