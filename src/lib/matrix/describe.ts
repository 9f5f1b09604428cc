/** The one-line summary of the view, printed above the tables so paper says what it shows. */
import { matrixStrings as s } from './strings.ts';
import type { MatrixProps } from './model.ts';
import type { MatrixView } from './view.ts';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

function names<T extends { id: string }>(
  all: readonly T[],
  ids: readonly string[],
  name: (item: T) => string,
) {
  return list.format(all.filter((item) => ids.includes(item.id)).map(name));
}

/** "View: stages MVP and Production; only what changes; 9 of 24 rows." */
export function describeView(
  view: MatrixView,
  props: MatrixProps,
  shownRows: number,
  totalRows: number,
): string {
  const parts: string[] = [];
  if (view.stages.length !== props.stages.length) {
    parts.push(
      view.stages.length === 0
        ? s.summary.noStages
        : s.summary.stages(names(props.stages, view.stages, (st) => st.shortName)),
    );
  }
  if (view.tables.length !== props.tables.length) {
    parts.push(
      view.tables.length === 0
        ? s.summary.noTables
        : s.summary.tables(names(props.tables, view.tables, (t) => t.title)),
    );
  }
  if (view.changesOnly) parts.push(s.summary.changesOnly);
  const query = view.query.trim();
  if (query !== '') parts.push(s.summary.query(query));
  if (view.level !== null) {
    const level = props.levels.find((l) => l.id === view.level)?.label ?? view.level;
    const at = props.stages.find((st) => st.id === view.at);
    parts.push(at ? s.summary.level(at.shortName, level) : s.summary.levelAnyStage(level));
  }
  if (parts.length === 0) parts.push(s.summary.everything);
  return `${s.summary.prefix} ${parts.join('; ')}. ${s.summary.count(shownRows, totalRows)}.`;
}
