// /data/checklists/<id>.csv: a checklist's items for a spreadsheet or a tracker import, with an
// empty status column. The sections are the checklist page's own (checklist/build.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChecklists, loadStages } from '../../../data/content.ts';
import { checklistTitle, entryModel } from '../../../lib/checklist/build.ts';
import { checklistCsv } from '../../../lib/data/csv.ts';
import { ui } from '../../../lib/ui-strings.ts';

export const getStaticPaths = (async () => {
  const names = new Map((await loadStages()).map((s) => [s.id, s.data.shortName]));
  return (await loadChecklists()).map((list) => ({
    params: { id: list.id },
    props: {
      model: entryModel(
        list.id,
        list.data,
        checklistTitle(list.data, names),
        ui.checklists.validation,
      ),
    },
  }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(checklistCsv(props.model), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
