// /data/matrices/<id>.csv: a comparison table for a spreadsheet, one column per stage, each cell
// in the words the comparison page shows (its level's label and its text).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMatrices, loadStages, loadTerms } from '../../../data/content.ts';
import { linkedFeatures, matrixCsv } from '../../../lib/data/csv.ts';
import { cellWords } from '../../../lib/matrix/text.ts';
import type { LevelTerm } from '../../../lib/matrix/model.ts';

export const getStaticPaths = (async () => {
  const stages = (await loadStages()).map((s) => ({ id: s.id, shortName: s.data.shortName }));
  const levels: LevelTerm[] = [...(await loadTerms())]
    .filter(([, term]) => term.group === 'cell-level')
    .map(([id, term]) => ({
      id: id as LevelTerm['id'],
      label: term.label,
      symbol: term.symbol,
      description: term.description,
    }));
  return (await loadMatrices()).map((matrix) => ({
    params: { id: matrix.id },
    props: {
      csv: matrixCsv({
        rowHeader: matrix.data.rowHeader,
        stages,
        rows: matrix.data.rows.map((row) => ({
          id: row.id,
          label: row.label,
          features: linkedFeatures(row),
          cells: Object.fromEntries(stages.map((s) => [s.id, cellWords(row.cells[s.id], levels)])),
        })),
      }),
    },
  }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
