// /data/<part>.json: one part of the guide data (stages, features, ...) with the same envelope.
import type { APIRoute, GetStaticPaths } from 'astro';
import { partOf } from '../../lib/data/build-guide.ts';
import { PART_NAMES, type PartName } from '../../schemas/guide-data.ts';
import { guideData, json, siteUrl } from './_sources.ts';

export const getStaticPaths = (() =>
  PART_NAMES.map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  json(partOf(await guideData(), params['part'] as PartName, siteUrl));
