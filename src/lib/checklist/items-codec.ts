/**
 * Reading saved items back from JSON that may come from anywhere: an older or newer version of
 * the site, a hand-edited file, another site's data under our key. Every field is checked; the
 * first problem is named in words, for the notice the reader sees.
 */
import { KEBAB_ID, kebabPath } from '../../core/ids.ts';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH, type ItemStatus } from './progress.ts';
import type { SavedItem } from './reconcile.ts';

/** The result of reading untrusted data: the value, or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Item ids are kebab-case, as the content schemas require. */
export const ITEM_ID = KEBAB_ID;
/** Checklist ids are kebab-case segments joined by "/" ("stages/poc/success-criteria"). */
export const CHECKLIST_ID = kebabPath('/');
/** Content versions: an explicit number or an ids fingerprint ("3", "ids-1a2b3c4d"). */
export const CONTENT_VERSION = /^[a-z0-9-]{1,40}$/;

const STATUSES: readonly ItemStatus[] = ['open', 'done', 'na'];

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseItem(id: string, value: unknown): Parsed<SavedItem> {
  if (!isRecord(value)) return { ok: false, problem: `item "${id}" is not an object` };
  const { status, reason, note, text } = value;
  if (typeof status !== 'string' || !STATUSES.includes(status as ItemStatus)) {
    return { ok: false, problem: `item "${id}" has an unknown status` };
  }
  for (const [name, field] of [
    ['reason', reason],
    ['note', note],
    ['text', text],
  ] as const) {
    if (field !== undefined && typeof field !== 'string') {
      return { ok: false, problem: `item "${id}" has a ${name} that is not text` };
    }
  }
  return {
    ok: true,
    value: {
      status: status as ItemStatus,
      ...(typeof reason === 'string' ? { reason: reason.slice(0, MAX_REASON_LENGTH) } : {}),
      ...(typeof note === 'string' ? { note: note.slice(0, MAX_NOTE_LENGTH) } : {}),
      ...(typeof text === 'string' ? { text } : {}),
    },
  };
}

/** Reads an `items` map (item id → saved item). */
export function parseSavedItems(value: unknown): Parsed<Record<string, SavedItem>> {
  if (!isRecord(value)) return { ok: false, problem: 'its items are not a map of item ids' };
  const items: Record<string, SavedItem> = {};
  for (const [id, raw] of Object.entries(value)) {
    if (!ITEM_ID.test(id)) return { ok: false, problem: `"${id.slice(0, 40)}" is not an item id` };
    const item = parseItem(id, raw);
    if (!item.ok) return item;
    items[id] = item.value;
  }
  return { ok: true, value: items };
}

/** Reads JSON text; a syntax error becomes a problem, never an exception. */
export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
}
