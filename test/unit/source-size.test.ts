// "Small files with one idea each": no file under src/ is longer than MAX_LINES, whatever its kind
// (.ts, .tsx, .astro with its <style>, .css). A test rather than ESLint's max-lines, because ESLint
// does not read the stylesheets and counts an .astro file's parts separately.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 300;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** Lines as an editor numbers them: a final newline ends the last line, it starts no new one. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.replace(/\n$/, '').split('\n').length;
}

test(`no file under src/ is longer than ${MAX_LINES} lines`, () => {
  const sources = files(SRC);
  expect(sources.length).toBeGreaterThan(0);
  const over = sources
    .map((file) => ({ file: relative(ROOT, file), lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  expect(over, 'split these by idea into smaller files').toEqual([]);
});

test('lines are counted as an editor numbers them', () => {
  expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb\n')]).toEqual([
    0, 1, 1, 2,
  ]);
});
