/**
 * Builds the island's props from the collections at build time: plain data, no collection
 * entries, every name and cell read from content/.
 */
import { paths } from '../paths.ts';
import type { CellLevel, LevelTerm, MatrixCell, MatrixProps } from './model.ts';

/** The parts of the collections the matrices need (collection entries fit these shapes). */
export interface MatrixSources {
  /** In page order. */
  matrices: readonly {
    id: string;
    data: {
      title: string;
      description: string;
      rowHeader: string;
      rows: readonly {
        id: string;
        label: string;
        features?: readonly { id: string }[] | undefined;
        cells: Record<string, MatrixCell>;
      }[];
    };
  }[];
  /** In lifecycle order. */
  stages: readonly { id: string; data: { name: string; shortName: string } }[];
  features: readonly { id: string; data: { topic?: { id: string } | undefined } }[];
  /** The vocabulary, by term id. */
  terms: ReadonlyMap<string, { label: string; symbol?: string | undefined; description: string }>;
  /** The cell levels, in the order the level filter offers them. */
  levelOrder: readonly CellLevel[];
}

/** The island's props. Throws, naming the file, when a level has no words in the vocabulary. */
export function toMatrixProps(sources: MatrixSources): MatrixProps {
  const topicOf = new Map(
    sources.features.flatMap((f) => (f.data.topic ? [[f.id, f.data.topic.id] as const] : [])),
  );
  const levels = sources.levelOrder.map((id): LevelTerm => {
    const term = sources.terms.get(id);
    if (term === undefined) throw new Error(`content/vocabulary.yaml has no term "${id}".`);
    return { id, label: term.label, symbol: term.symbol, description: term.description };
  });
  return {
    stages: sources.stages.map((stage) => ({
      id: stage.id,
      shortName: stage.data.shortName,
      name: stage.data.name,
      href: paths.stage(stage.id),
    })),
    levels,
    tables: sources.matrices.map(({ id, data }) => ({
      id,
      title: data.title,
      description: data.description,
      rowHeader: data.rowHeader,
      rows: data.rows.map((row) => {
        // The row's heading links the topic of the first feature it is about.
        const first = row.features?.[0];
        const topic = first ? topicOf.get(first.id) : undefined;
        return {
          id: row.id,
          label: row.label,
          href: topic === undefined ? undefined : paths.topic(topic),
          // Only the stages' cells, in plain objects (no undefined keys), for serialisation.
          cells: Object.fromEntries(
            sources.stages.map((stage) => [stage.id, plainCell(row.cells[stage.id])]),
          ),
        };
      }),
    })),
  };
}

function plainCell(cell: MatrixCell | undefined): MatrixCell {
  const plain: MatrixCell = {};
  if (cell?.level !== undefined) plain.level = cell.level;
  if (cell?.text !== undefined) plain.text = cell.text;
  return plain;
}
