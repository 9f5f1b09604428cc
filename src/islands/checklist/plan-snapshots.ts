// The plan's snapshots in a checklist page's JSON progress file: every snapshot saved in this
// browser goes out with the file, and a file for this checklist brings its snapshots in (added,
// never replacing any), as on the plan page (src/lib/plan/snapshot-transfer.ts).
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import type { Progress } from '../../lib/checklist/state.ts';
import { MAX_FILE_BYTES, readProgressFile } from '../../lib/checklist/json-file.ts';
import { progressFileWithSnapshots } from '../../lib/plan/progress-file.ts';
import { planStrings } from '../../lib/plan/strings.ts';
import { importSnapshots, snapshotsToExport } from '../../lib/plan/snapshot-transfer.ts';
import { browserStorage } from '../shared/browser.ts';

/** The JSON progress file, with the plan snapshots saved in this browser. */
export function progressFileText(
  model: ChecklistModel,
  items: Progress,
  meta: { now: Date; sourceUrl: string },
): string {
  return progressFileWithSnapshots(model, items, snapshotsToExport(browserStorage()), meta);
}

/**
 * Adds the snapshots of a progress file for this checklist to this browser; what it did, in
 * words ('' when the file holds none new, or is not a progress file of this checklist, which the
 * checklist's own import reports).
 */
export async function importPlanSnapshots(file: File, checklistId: string): Promise<string> {
  if (file.size > MAX_FILE_BYTES) return '';
  const text = await file.text().catch(() => '');
  if (!readProgressFile(text, checklistId).ok) return '';
  const result = importSnapshots(browserStorage(), text, checklistId, new Date());
  const t = planStrings.transfer;
  switch (result.kind) {
    case 'none':
      return '';
    case 'added':
      return [result.keptAside && t.keptAside(result.keptAside), t.added(result.added)]
        .filter(Boolean)
        .join(' ');
    case 'not-saved':
      return t.notSaved(result.added);
    default:
      return result satisfies never;
  }
}
