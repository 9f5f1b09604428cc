/**
 * The progress file: "Download progress (.json)" writes it, "Import progress (.json)" reads it
 * back, in this browser or another. It holds every item with its words and progress, like the
 * stored record (storage.ts), plus what the file is:
 *
 * ```json
 * {
 *   "format": "infrastructure-lifecycle-guide/checklist-progress",
 *   "formatVersion": 1,
 *   "checklist": "poc-to-mvp",
 *   "title": "Migration checklist: POC → MVP",
 *   "contentVersion": "1",
 *   "exportedAt": "2026-11-30T09:12:00.000Z",
 *   "source": "https://…/checklists/poc-to-mvp/",
 *   "items": { "implement-graceful-shutdown": { "text": "Implement graceful shutdown", "status": "done" } }
 * }
 * ```
 *
 * Files written by the plan page or a checklist's own page may add `"planSnapshots": […]`, the
 * plan snapshots saved in that browser (src/lib/plan/progress-file.ts). It is optional and this
 * reader ignores it: files without it (every older one) import as before, still format 1.
 */
import { parseJson, type Shortened } from './items-codec.ts';
import { shorten } from '../shorten.ts';
import type { ChecklistModel } from './model.ts';
import type { Progress } from './state.ts';
import { progressFileStrings } from './file-strings.ts';
import { snapshotOf, type ProgressSnapshot } from './reconcile.ts';
import { parseProgressRecord } from './record-codec.ts';

/** The largest progress file read (a real one is a few kilobytes to a few hundred). */
export const MAX_FILE_BYTES = 1_000_000;

/** What the file says it is. */
export const FILE_FORMAT = 'infrastructure-lifecycle-guide/checklist-progress';
export const FILE_FORMAT_VERSION = 1;

/** The progress file's text (pretty-printed JSON). */
export function toProgressFile(
  model: ChecklistModel,
  items: Progress,
  meta: { now: Date; sourceUrl?: string | undefined },
): string {
  const snapshot = snapshotOf(model, items);
  const file = {
    format: FILE_FORMAT,
    formatVersion: FILE_FORMAT_VERSION,
    checklist: model.id,
    title: model.title,
    contentVersion: model.contentVersion,
    exportedAt: meta.now.toISOString(),
    ...(meta.sourceUrl ? { source: meta.sourceUrl } : {}),
    items: snapshot.items,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A progress file, read back. */
export type ReadFile =
  | {
      ok: true;
      snapshot: ProgressSnapshot;
      title: string;
      exportedAt: string | undefined;
      /** Texts over their limits, cut to fit; undefined when none. */
      shortened: Shortened | undefined;
    }
  | { ok: false; problem: string; otherChecklist?: { id: string; title: string } };

/** Reads a progress file's text for the checklist `checklistId`; every problem in words. */
export function readProgressFile(text: string, checklistId: string): ReadFile {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: fileTooLarge(text.length) };
  const json = parseJson(text);
  if (!json.ok) return json;
  const shownTitle = (title: unknown, checklist: string) =>
    typeof title === 'string' ? shorten(title, 120) : checklist;
  const record = parseProgressRecord(json.value, checklistId, {
    notAnObject: progressFileStrings.notProgressFile,
    format: (r) =>
      r['format'] !== FILE_FORMAT
        ? progressFileStrings.notProgressFile
        : r['formatVersion'] !== FILE_FORMAT_VERSION
          ? progressFileStrings.unknownFileFormat
          : undefined,
    otherChecklist: (checklist, r) => ({
      ok: false as const,
      problem: progressFileStrings.fileForOther,
      otherChecklist: { id: checklist, title: shownTitle(r['title'], checklist) },
    }),
    fields: ({ title, exportedAt }) => ({
      title: shownTitle(title, checklistId),
      exportedAt: typeof exportedAt === 'string' ? exportedAt : undefined,
    }),
  });
  if (!record.ok) return record;
  return {
    ok: true,
    snapshot: record.snapshot,
    title: record.fields.title,
    exportedAt: record.fields.exportedAt,
    shortened: record.shortened,
  };
}

/** The problem with a file over the size limit, in words. */
export function fileTooLarge(size: number): string {
  return progressFileStrings.fileTooLarge(size, MAX_FILE_BYTES);
}
