// /data/guide.json: the whole guide as data (documented on /data/).
import type { APIRoute } from 'astro';
import { guideData, json } from './_sources.ts';

export const GET: APIRoute = async () => json(await guideData());
