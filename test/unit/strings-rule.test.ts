// The strings rule README states: reader-facing words live in strings modules, each exporting
// only `<name>Strings` objects (the chrome's is `ui`), and components, islands, pages and layouts
// type no words into the attributes a reader or a screen reader meets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((name) => join(dir, name));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * The one strings module exported sentence by sentence: the checklists page's small script loads
 * it, and its importers take it as a namespace (`import * as savedRecordStrings`) so the minifier
 * shortens the names (README, Reader-facing words).
 */
const NAMESPACE_MODULE = 'src/lib/checklist/record-strings.ts';

test('every strings module exports only <name>Strings objects (chrome: ui) and the ids they key', () => {
  const modules = filesUnder('src/lib', (name) =>
    /(?:^|[/-])(?:ui-)?strings\.ts$/.test(name),
  ).filter((file) => file !== NAMESPACE_MODULE);
  expect(modules.length).toBeGreaterThan(5);
  const offRule = modules.flatMap((file) =>
    [...read(file).matchAll(/^export\s+(?:const|function|let|class)\s+(\w+)/gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => !/^[a-z]\w*Strings$/.test(name) && name !== 'ui' && !/_IDS$/.test(name))
      .map((name) => `${relative(ROOT, join(ROOT, file))}: ${name}`),
  );
  expect(offRule).toEqual([]);
});

test('the namespace strings module is imported as <name>Strings by the logic that uses its words', () => {
  const importers = filesUnder('src/lib', (name) => name.endsWith('.ts')).filter((file) =>
    read(file).includes("from './record-strings.ts'"),
  );
  expect(importers.length).toBeGreaterThan(0);
  for (const file of importers) {
    expect(read(file), file).toMatch(
      /import (?:\* as \w+Strings|\{ count \}) from '\.\/record-strings\.ts'/,
    );
  }
});

test('no component, island, page or layout types words into a label, placeholder or title', () => {
  const markup = ['src/components', 'src/islands', 'src/pages', 'src/layouts'].flatMap((dir) =>
    filesUnder(dir, (name) => /\.(?:astro|tsx)$/.test(name)),
  );
  expect(markup.length).toBeGreaterThan(20);
  const typed = markup.flatMap((file) =>
    [...read(file).matchAll(/\b(aria-label|placeholder|title|alt)="([^"]*[A-Za-z]{2}[^"]*)"/g)].map(
      (m) => `${file}: ${m[1]}="${m[2]}"`,
    ),
  );
  expect(typed).toEqual([]);
});
