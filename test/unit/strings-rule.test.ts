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

test('every strings module exports only <name>Strings objects (chrome: ui) and the ids they key', () => {
  const modules = filesUnder('src/lib', (name) => /(?:^|[/-])(?:ui-)?strings\.ts$/.test(name));
  expect(modules.length).toBeGreaterThan(5);
  const offRule = modules.flatMap((file) =>
    [...read(file).matchAll(/^export\s+(?:const|function|let|class)\s+(\w+)/gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => !/^[a-z]\w*Strings$/.test(name) && name !== 'ui' && !/_IDS$/.test(name))
      .map((name) => `${relative(ROOT, join(ROOT, file))}: ${name}`),
  );
  expect(offRule).toEqual([]);
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
