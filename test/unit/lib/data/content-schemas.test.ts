// The editor schemas in schemas/ (written by `npm run schemas`): up to date with src/schemas,
// mapped onto the content files by .vscode/settings.json, accepting the real content and
// refusing the bad-content fixtures of test/fixtures/content-breaks.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import {
  contentSchemaFiles,
  SCHEMAS_DIR,
  schemaFileName,
} from '../../../../scripts/content-schemas.ts';
import { AUTHORED_COLLECTIONS } from '../../../../src/schemas/json-schema.ts';
import { COLLECTION_SOURCES } from '../../../../src/schemas/layout.ts';
import * as breaks from '../../../fixtures/content-breaks.ts';
import { copyContent, PROJECT_ROOT, readYaml, removeCopy } from '../../../fixtures/content-copy.ts';
import { makeAjv } from './ajv.ts';

type Collection = (typeof AUTHORED_COLLECTIONS)[number];

const ajv = makeAjv();
const validators = new Map<string, ValidateFunction>();

/** The committed schema file, compiled (what an editor uses). */
function validatorFor(fileName: string): ValidateFunction {
  let validate = validators.get(fileName);
  if (validate === undefined) {
    const schema = JSON.parse(
      readFileSync(join(PROJECT_ROOT, SCHEMAS_DIR, fileName), 'utf8'),
    ) as Record<string, unknown>;
    validate = ajv.compile(schema);
    validators.set(fileName, validate);
  }
  return validate;
}

/** Every content file of the authored collections, relative to the root, with its collection. */
function contentFiles(root: string): { file: string; collection: Collection }[] {
  return AUTHORED_COLLECTIONS.flatMap((collection) => {
    const source = COLLECTION_SOURCES[collection];
    if (source.kind === 'file') return [{ file: source.path, collection }];
    return readdirSync(join(root, source.base))
      .filter(
        (name) => source.extensions.some((ext) => name.endsWith(ext)) && !name.startsWith('_'),
      )
      .map((name) => ({ file: `${source.base}/${name}`, collection }));
  });
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
}

describe('the generated schemas', () => {
  test('are up to date with src/schemas (run `npm run schemas` when this fails)', () => {
    const expected = contentSchemaFiles();
    const written = readdirSync(join(PROJECT_ROOT, SCHEMAS_DIR)).filter((n) => n.endsWith('.json'));
    expect(written.sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(readFileSync(join(PROJECT_ROOT, SCHEMAS_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});

describe('the editor settings', () => {
  const settings = JSON.parse(
    readFileSync(join(PROJECT_ROOT, '.vscode', 'settings.json'), 'utf8'),
  ) as { 'yaml.schemas': Record<string, string | string[]> };
  const mapping = Object.entries(settings['yaml.schemas']).flatMap(([schema, globs]) =>
    [globs].flat().map((glob) => ({ schema: schema.replace(/^\.\//, ''), glob })),
  );

  test('point at schemas that exist', () => {
    for (const { schema } of mapping)
      expect(existsSync(join(PROJECT_ROOT, schema)), schema).toBe(true);
  });

  test("give every YAML content file its own collection's schema, and that schema accepts it", () => {
    const yamlFiles = contentFiles(PROJECT_ROOT).filter(({ file }) => file.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(0);
    for (const { file, collection } of yamlFiles) {
      const matched = mapping.filter(({ glob }) => matchesGlob(file, glob));
      expect(
        matched.map((m) => m.schema),
        file,
      ).toEqual([`${SCHEMAS_DIR}/${schemaFileName(collection)}`]);
      const validate = validatorFor(schemaFileName(collection));
      expect(validate(readYaml(PROJECT_ROOT, file)), `${file}: ${errorsOf(validate)}`).toBe(true);
    }
  });
});

describe('the real content', () => {
  test.each(contentFiles(PROJECT_ROOT))('$file passes its schema', ({ file, collection }) => {
    const validate = validatorFor(schemaFileName(collection));
    expect(validate(readYaml(PROJECT_ROOT, file)), errorsOf(validate)).toBe(true);
  });
});

describe('bad content', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeCopy));

  // The breaks a JSON Schema can see. The others (a reference to a missing entry, a duplicate id,
  // a missing matrix cell, a broken stage chain) are rules across files: `npm run check:content`.
  const SCHEMA_BREAKS: [keyof typeof breaks, string][] = [
    ['deleteStageFocus', breaks.FILES.stage],
    ['setStageOrderToWord', breaks.FILES.stage],
    ['addUnknownStageField', breaks.FILES.stage],
    ['setGoalIdNotKebab', breaks.FILES.stage],
    ['setMatrixCellToList', breaks.FILES.matrix],
    ['setMatrixCellToEmptyObject', breaks.FILES.matrix],
    ['setChecklistKindUnknown', breaks.FILES.migration],
    ['setImpossibleGuideDate', breaks.FILES.overview],
    ['setFeatureNameToNumber', breaks.FILES.features],
  ];

  test.each(SCHEMA_BREAKS)('%s is refused by the schema of %s', (name, file) => {
    const root = copyContent('content-schemas-');
    roots.push(root);
    const collection = contentFiles(root).find((f) => f.file === file)?.collection;
    if (collection === undefined) throw new Error(`${file} is not an authored content file`);
    const validate = validatorFor(schemaFileName(collection));
    expect(validate(readYaml(root, file)), `${file} before the break`).toBe(true);
    (breaks[name] as (root: string) => void)(root);
    expect(validate(readYaml(root, file)), `${file} after ${name}`).toBe(false);
  });

  test('a vocabulary key that is not a level is refused', () => {
    const validate = validatorFor(schemaFileName('vocabulary'));
    const file = contentFiles(PROJECT_ROOT).find((f) => f.collection === 'vocabulary')?.file ?? '';
    const terms = readYaml(PROJECT_ROOT, file) as Record<string, unknown>;
    expect(validate(terms)).toBe(true);
    expect(validate({ ...terms, sometimes: Object.values(terms)[0] })).toBe(false);
  });
});
