/**
 * The comparison view's state changes, one action per reader interaction. Total and pure:
 * unknown ids leave the view as it is, lists stay in display order.
 */
import type { CellLevel } from './model.ts';
import { defaultView, inOrder, type MatrixCatalog, type MatrixView } from './view.ts';

export type MatrixAction =
  | { type: 'stage-toggled'; stage: string; shown: boolean }
  | { type: 'table-toggled'; table: string; shown: boolean }
  | { type: 'query-changed'; query: string }
  | { type: 'level-changed'; level: CellLevel | null }
  | { type: 'level-stage-changed'; at: string | null }
  | { type: 'changes-only-toggled'; on: boolean }
  /** "MVP → Production": show just those two stages and only what changes between them. */
  | { type: 'pair-chosen'; from: string; to: string }
  | { type: 'filters-cleared' }
  /** The view read from the URL when the page loads. */
  | { type: 'view-loaded'; view: MatrixView };

function toggled(order: readonly string[], current: readonly string[], id: string, on: boolean) {
  return inOrder(order, on ? [...current, id] : current.filter((other) => other !== id));
}

/** The view after `action`. */
export function reduceView(
  view: MatrixView,
  action: MatrixAction,
  catalog: MatrixCatalog,
): MatrixView {
  switch (action.type) {
    case 'stage-toggled':
      if (!catalog.stageIds.includes(action.stage)) return view;
      return {
        ...view,
        stages: toggled(catalog.stageIds, view.stages, action.stage, action.shown),
      };
    case 'table-toggled':
      if (!catalog.tableIds.includes(action.table)) return view;
      return {
        ...view,
        tables: toggled(catalog.tableIds, view.tables, action.table, action.shown),
      };
    case 'query-changed':
      return { ...view, query: action.query };
    case 'level-changed':
      if (action.level !== null && !catalog.levelIds.includes(action.level)) return view;
      return { ...view, level: action.level };
    case 'level-stage-changed':
      if (action.at !== null && !catalog.stageIds.includes(action.at)) return view;
      return { ...view, at: action.at };
    case 'changes-only-toggled':
      return { ...view, changesOnly: action.on };
    case 'pair-chosen': {
      const { from, to } = action;
      if (from === to || !catalog.stageIds.includes(from) || !catalog.stageIds.includes(to)) {
        return view;
      }
      return { ...view, stages: inOrder(catalog.stageIds, [from, to]), changesOnly: true };
    }
    case 'filters-cleared':
      return defaultView(catalog);
    case 'view-loaded':
      return action.view;
    default:
      return action satisfies never;
  }
}
