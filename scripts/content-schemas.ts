// Writes the JSON Schemas of the content files to schemas/ for editors (`npm run schemas`), from
// the Zod schemas in src/schemas/. `.vscode/settings.json` maps them onto content/; a unit test
// fails when the files here are out of date.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORED_COLLECTIONS, contentJsonSchemas } from '../src/schemas/json-schema.ts';

export const SCHEMAS_DIR = 'schemas';

/** The file name of a collection's schema in schemas/. */
export function schemaFileName(collection: (typeof AUTHORED_COLLECTIONS)[number]): string {
  return `${collection}.schema.json`;
}

/** Every file schemas/ should hold, by name, with its exact text. */
export function contentSchemaFiles(): Map<string, string> {
  const schemas = contentJsonSchemas();
  return new Map(
    AUTHORED_COLLECTIONS.map((collection) => [
      schemaFileName(collection),
      `${JSON.stringify(schemas[collection], null, 2)}\n`,
    ]),
  );
}

function main(root: string) {
  const dir = join(root, SCHEMAS_DIR);
  const files = contentSchemaFiles();
  mkdirSync(dir, { recursive: true });
  // A collection that no longer exists must not leave its old schema behind.
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.schema.json') && !files.has(name)) rmSync(join(dir, name));
  }
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`Wrote ${files.size} content schemas to ${SCHEMAS_DIR}/.`);
}

if (import.meta.main) main(process.cwd());
