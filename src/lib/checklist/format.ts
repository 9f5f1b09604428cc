/** Dates and file names for exports and print, the same whatever the browser's language. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

/** "30 November 2026", in the reader's local time. */
export function readableDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** "2026-11-30", in the reader's local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "poc-to-mvp-2026-11-30.md": the checklist id (its "/" as "-"), the date and the extension. */
export function exportFileName(checklistId: string, extension: 'md' | 'json', date: Date): string {
  const name = checklistId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `${name || 'checklist'}-${isoDate(date)}.${extension}`;
}
