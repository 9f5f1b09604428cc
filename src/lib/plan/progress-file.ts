/**
 * Snapshots travel in the checklist's JSON progress file (src/lib/checklist/json-file.ts) as an
 * optional `planSnapshots` section. The checklist's reader ignores fields it does not know, so
 * these files still import on a checklist page, and files without the section (all older ones)
 * import here as "no snapshots".
 */
import { toProgressFile, readProgressFile } from '../checklist/json-file.ts';
import type { ChecklistModel } from '../checklist/model.ts';
import type { Progress } from '../checklist/state.ts';
import type { Snapshot } from './snapshot.ts';
import { readSnapshots } from './snapshot-codec.ts';

export const SNAPSHOTS_FIELD = 'planSnapshots';

/** The checklist's progress file with the snapshots added. */
export function progressFileWithSnapshots(
  model: ChecklistModel,
  items: Progress,
  snapshots: readonly Snapshot[],
  meta: { now: Date; sourceUrl?: string | undefined },
): string {
  const file = JSON.parse(toProgressFile(model, items, meta)) as Record<string, unknown>;
  if (snapshots.length > 0) file[SNAPSHOTS_FIELD] = snapshots;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The snapshots in a progress file's text; every problem in words. */
export function snapshotsFromFile(
  text: string,
  checklistId: string,
): { ok: true; snapshots: Snapshot[]; rejected: number } | { ok: false; problem: string } {
  const read = readProgressFile(text, checklistId);
  // A file for another checklist still carries snapshots: only its format must be the site's.
  if (!read.ok && read.otherChecklist === undefined) return { ok: false, problem: read.problem };
  const value = (JSON.parse(text) as Record<string, unknown>)[SNAPSHOTS_FIELD];
  return { ok: true, ...readSnapshots(value) };
}
