// /data/schema/<name>.schema.json: the JSON Schema of /data/<name>.json, generated from the Zod
// schemas the content is validated with.
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../../lib/data/files.ts';
import { dataStrings } from '../../../lib/data/strings.ts';
import { GuideDataSchema, PART_NAMES, partSchema } from '../../../schemas/guide-data.ts';
import { toJsonSchema } from '../../../schemas/json-schema.ts';
import { json, siteUrl } from '../_sources.ts';

const NAMES = ['guide', ...PART_NAMES] as const;

export const getStaticPaths = (() =>
  NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] as (typeof NAMES)[number];
  const schema = name === 'guide' ? GuideDataSchema : partSchema(name);
  return json(
    toJsonSchema(schema, 'output', {
      id: siteUrl(dataFiles.schema(name)),
      title: dataStrings.schemaTitle(name),
      description: dataStrings.schemaDescription(name, siteUrl(dataFiles.json(name))),
    }),
  );
};
