import type { ChecklistModel } from '../checklist/model.ts';
import { plainText } from '../inline.ts';

/**
 * CSV for spreadsheet users and tracker imports (RFC 4180): a header record, CRLF between
 * records, and a field quoted, with its quotes doubled, when it holds a comma, a quote or a line
 * break. Text is plain: the guide's `**strong**` marks are dropped.
 */

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The records, header first, as one CSV text ending with CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The features a matrix row links, itself or through any of its cells, each once, row's first. */
export function linkedFeatures(row: {
  features?: readonly { id: string }[] | undefined;
  cells: Record<string, { features?: readonly { id: string }[] | undefined }>;
}): string[] {
  const all = [row.features ?? [], ...Object.values(row.cells).map((c) => c.features ?? [])];
  return [...new Set(all.flat().map((f) => f.id))];
}

/** The columns of a checklist's CSV; `status` is left empty for the team to fill in. */
export const CHECKLIST_COLUMNS = ['id', 'phase_id', 'phase', 'text', 'status'] as const;

/** A checklist as CSV: one record per item, in page order, each with its phase. */
export function checklistCsv(model: ChecklistModel): string {
  return toCsv([
    CHECKLIST_COLUMNS,
    ...model.sections.flatMap((section) =>
      section.items.map((item) => [item.id, section.id, section.heading, plainText(item.text), '']),
    ),
  ]);
}

/** A comparison table as the CSV needs it: cells already in words, one per stage. */
export interface MatrixTableWords {
  rowHeader: string;
  stages: readonly { id: string; shortName: string }[];
  rows: readonly {
    id: string;
    label: string;
    /** The ids of the features the row or any of its cells links. */
    features: readonly string[];
    cells: Record<string, string>;
  }[];
}

/**
 * A comparison table as CSV: the row id, its name, the features it links (ids separated by one
 * space, as ids never hold one), then one column per stage.
 */
export function matrixCsv(table: MatrixTableWords): string {
  return toCsv([
    ['id', table.rowHeader, 'features', ...table.stages.map((s) => s.shortName)],
    ...table.rows.map((row) => [
      row.id,
      plainText(row.label),
      row.features.join(' '),
      ...table.stages.map((s) => plainText(row.cells[s.id] ?? '')),
    ]),
  ]);
}
