/**
 * Text matching for the "Filter rows" box: case-insensitive, accent-insensitive, every word of
 * the query somewhere in the row (in any order), so "redis cach" finds the Caching row.
 */
import type { LevelTerm, MatrixCell } from './model.ts';

/** Lower case, accents removed, runs of white space as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, folded; none for a blank query. */
export function queryWords(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : folded.split(' ');
}

/** The words a reader sees in a cell: its level's label and its text. */
export function cellWords(cell: MatrixCell | undefined, levels: readonly LevelTerm[]): string {
  if (cell === undefined) return '';
  const label = cell.level ? (levels.find((l) => l.id === cell.level)?.label ?? '') : '';
  return [label, cell.text ?? ''].filter((part) => part !== '').join(' ');
}

/** Whether every word occurs in `haystack` (already folded). */
export function containsAllWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}
