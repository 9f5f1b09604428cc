/** The quick comparisons "POC → MVP", "MVP → Production", ...: each stage and the next. */
import type { StageColumn } from './model.ts';
import type { MatrixView } from './view.ts';

export interface StagePair {
  from: StageColumn;
  to: StageColumn;
}

/** Each stage with the stage after it, in lifecycle order. */
export function adjacentPairs(stages: readonly StageColumn[]): StagePair[] {
  return stages.slice(1).map((to, i) => ({ from: stages[i] as StageColumn, to }));
}

/** Whether the view shows exactly this pair's two stages and only what changes between them. */
export function viewIsPair(view: MatrixView, pair: StagePair): boolean {
  return (
    view.changesOnly &&
    view.stages.length === 2 &&
    view.stages[0] === pair.from.id &&
    view.stages[1] === pair.to.id
  );
}
