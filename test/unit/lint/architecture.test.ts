// The architecture rules README states are enforced by `npm run lint`: this runs the project's
// real ESLint config on small samples placed in each folder and checks each rule fires (and that
// the allowed form passes), so a config change that silently drops a rule fails here.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

// Only the import rules run, without type information: the samples are files that do not exist,
// which the TypeScript project service would refuse, and the import rules need no types.
const eslint = new ESLint({
  cwd: process.cwd(),
  ruleFilter: ({ ruleId }) => /(^|\/)no-restricted-imports$/.test(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

// Loading the config and its plugins takes seconds on a busy machine: once, before the tests.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/lib/warm-up.ts' });
}, 60_000);

/** The messages of the architecture rules for `code` linted as if it were at `filePath`. */
async function architectureMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('only src/data reads collections', () => {
  const reads = (name: string) =>
    `import { ${name} } from 'astro:content';\nexport const read = ${name};\n`;

  test.each(['getCollection', 'getEntry', 'render'])(
    '%s outside src/data is refused',
    async (name) => {
      expect(await architectureMessages('src/pages/sample-reader.ts', reads(name))).toEqual([
        expect.stringContaining('Only src/data reads collections'),
      ]);
    },
  );

  test('a component calling getCollection is refused', async () => {
    const code = `---\nimport { getCollection } from 'astro:content';\nconst all = await getCollection('stages');\n---\n<p>{all.length}</p>\n`;
    expect(await architectureMessages('src/components/SampleReader.astro', code)).toEqual([
      expect.stringContaining('Only src/data reads collections'),
    ]);
  });

  test('src/data may read them, and others may import their types', async () => {
    expect(await architectureMessages('src/data/sample-reader.ts', reads('getCollection'))).toEqual(
      [],
    );
    const typeOnly = `import type { CollectionEntry } from 'astro:content';\nexport type Stage = CollectionEntry<'stages'>;\n`;
    expect(await architectureMessages('src/components/sample-types.ts', typeOnly)).toEqual([]);
  });
});

describe('src/schemas imports no logic', () => {
  test.each([
    ['../lib/inline.ts', 'plainText'],
    ['../data/content.ts', 'loadStages'],
    ['../content-check/describe.ts', 'describeValue'],
  ])('importing %s is refused', async (from, name) => {
    const code = `import { ${name} } from '${from}';\nexport const used = ${name};\n`;
    expect(await architectureMessages('src/schemas/sample-rule.ts', code)).toEqual([
      expect.stringContaining('src/schemas imports no logic'),
    ]);
  });

  test('schemas may import src/core and each other', async () => {
    const code = `import { nameKey } from '../core/names.ts';\nimport { IdSchema } from './shared.ts';\nexport const used = [nameKey, IdSchema];\n`;
    expect(await architectureMessages('src/schemas/sample-rule.ts', code)).toEqual([]);
  });

  test('no file of src/schemas is exempt', async () => {
    const code = `import { plainText } from '../lib/inline.ts';\nexport const used = plainText;\n`;
    for (const file of ['src/schemas/feature-rules.ts', 'src/schemas/topic-rules.ts']) {
      expect(await architectureMessages(file, code)).toEqual([
        expect.stringContaining('src/schemas imports no logic'),
      ]);
    }
  });
});

describe('components import no pages', () => {
  test.each([
    ['src/components/SampleCard.astro', '../pages/index.astro'],
    ['src/islands/sample/Sample.tsx', '../../pages/plan.astro'],
    ['src/layouts/SampleLayout.astro', '../pages/stages/[id].astro'],
  ])('%s importing %s is refused', async (file, from) => {
    const code = file.endsWith('.astro')
      ? `---\nimport Page from '${from}';\n---\n<Page />\n`
      : `import Page from '${from}';\nexport const used = Page;\n`;
    expect(await architectureMessages(file, code)).toEqual([
      expect.stringContaining('must not import pages'),
    ]);
  });
});

describe('src/lib stays pure', () => {
  test('React and Astro imports are refused', async () => {
    const code = `import { useState } from 'react';\nimport { getImage } from 'astro:assets';\nexport const used = [useState, getImage];\n`;
    expect(await architectureMessages('src/lib/sample.ts', code)).toEqual([
      expect.stringContaining('no React imports'),
      expect.stringContaining('no Astro imports'),
    ]);
  });
});

describe('src/core imports nothing', () => {
  test('a relative import is refused', async () => {
    const code = `import { plainText } from '../lib/inline.ts';\nexport const used = plainText;\n`;
    expect(await architectureMessages('src/core/sample.ts', code)).toEqual([
      expect.stringContaining('src/core imports nothing'),
    ]);
  });
});
