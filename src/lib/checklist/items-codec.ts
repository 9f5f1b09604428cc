/**
 * Reading saved items back from JSON that may come from anywhere: an older or newer version of
 * the site, a hand-edited file, another site's data under our key. Every field is checked; the
 * first problem is named in words, for the notice the reader sees.
 */
import { KEBAB_ID, kebabPath } from '../../core/ids.ts';
import { shorten } from '../shorten.ts';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH, type ItemStatus } from './state.ts';
import * as savedRecordStrings from './record-strings.ts';
import type { SavedItem } from './reconcile.ts';

/** The result of reading untrusted data: the value, or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The most items a saved record or file may hold; checklists have a few dozen. */
export const MAX_SAVED_ITEMS = 1000;
/** The longest item wording kept from saved data (it only names items in notices). */
export const MAX_ITEM_TEXT = 300;

/** How many texts were longer than their limit and cut to fit, for the reader's notice. */
export interface Shortened {
  readonly notes: number;
  readonly reasons: number;
  readonly texts: number;
}

/** Whether anything was cut. */
export function anyShortened(shortened: Shortened | undefined): shortened is Shortened {
  return shortened !== undefined && shortened.notes + shortened.reasons + shortened.texts > 0;
}

/** A change time as saved (an ISO 8601 moment), in milliseconds; undefined when it is not one. */
function readTime(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= 0 ? time : undefined;
}

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

function parseItem(
  fullId: string,
  value: unknown,
  cut: Record<keyof Shortened, number>,
): Parsed<SavedItem> {
  // Only to name the item in a problem: an id may be of any length.
  const id = shorten(fullId);
  if (!isRecord(value)) return { ok: false, problem: savedRecordStrings.itemNotObject(id) };
  const { status, reason, note, text, changedAt } = value;
  if (typeof status !== 'string' || !STATUSES.includes(status as ItemStatus)) {
    return { ok: false, problem: savedRecordStrings.itemStatus(id) };
  }
  for (const [name, field] of [
    ['reason', reason],
    ['note', note],
    ['text', text],
  ] as const) {
    if (field !== undefined && typeof field !== 'string') {
      return { ok: false, problem: savedRecordStrings.itemNotText(id, name) };
    }
  }
  let time: number | undefined;
  if (changedAt !== undefined) {
    time = typeof changedAt === 'string' ? readTime(changedAt) : undefined;
    if (time === undefined) {
      return { ok: false, problem: savedRecordStrings.itemTime(id) };
    }
  }
  const fit = (field: string, max: number, count: keyof Shortened): string => {
    if (field.length <= max) return field;
    cut[count] += 1;
    return field.slice(0, max);
  };
  return {
    ok: true,
    value: {
      status: status as ItemStatus,
      ...(typeof reason === 'string' ? { reason: fit(reason, MAX_REASON_LENGTH, 'reasons') } : {}),
      ...(typeof note === 'string' ? { note: fit(note, MAX_NOTE_LENGTH, 'notes') } : {}),
      ...(typeof text === 'string' ? { text: fit(text, MAX_ITEM_TEXT, 'texts') } : {}),
      ...(time !== undefined ? { changedAt: time } : {}),
    },
  };
}

/**
 * Reads an `items` map (item id → saved item). Notes, reasons and wordings over their limits are
 * cut to fit and counted in `shortened` (undefined when nothing was cut), for the reader's notice.
 */
export function parseSavedItems(
  value: unknown,
):
  | { ok: true; value: Record<string, SavedItem>; shortened: Shortened | undefined }
  | { ok: false; problem: string } {
  if (!isRecord(value)) return { ok: false, problem: savedRecordStrings.itemsNotMap };
  const entries = Object.entries(value);
  if (entries.length > MAX_SAVED_ITEMS) {
    return {
      ok: false,
      problem: savedRecordStrings.tooManyItems(entries.length, MAX_SAVED_ITEMS),
    };
  }
  const items: Record<string, SavedItem> = {};
  const cut = { notes: 0, reasons: 0, texts: 0 };
  for (const [id, raw] of entries) {
    if (!ITEM_ID.test(id)) return { ok: false, problem: savedRecordStrings.notItemId(shorten(id)) };
    const item = parseItem(id, raw, cut);
    if (!item.ok) return item;
    items[id] = item.value;
  }
  return { ok: true, value: items, shortened: anyShortened(cut) ? cut : undefined };
}

/** Reads JSON text; a syntax error becomes a problem, never an exception. */
export function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: savedRecordStrings.notJson };
  }
}
