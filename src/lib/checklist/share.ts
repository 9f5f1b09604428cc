/**
 * The share link: a checklist's progress in the URL fragment (after `#`), which browsers never
 * send to a server. Opening such a link offers to load the progress; it never replaces the
 * reader's own silently (the island decides that; this module only reads and writes the text).
 *
 * Format (URL-encoded as a query, in the fragment):
 *
 *   #checklist=poc-to-mvp&v=1&done=id-a.id-b&na=id-c*reason.id-d&notes=id-e*note
 *
 * - `checklist`: the checklist id; `v`: the content version the progress was shared from.
 * - `done`: ids of done items, joined by `.` (ids are kebab-case, so never hold `.` or `*`).
 * - `na`: not-applicable items, each `id` or `id*reason`; `notes`: `id*note` entries.
 *   Reasons and notes are percent-encoded (`.` and `*` included) before the query encoding.
 * Items are named by id, never by position, so a link shared before a content change still
 * means the same items; ids the checklist no longer has are reported and left out.
 */
import { describeIgnored, formatQuery, parseQuery, type IgnoredParam } from '../url-state.ts';
import { kebabPath } from '../../core/ids.ts';
import {
  anyShortened,
  CHECKLIST_ID,
  CONTENT_VERSION,
  ITEM_ID,
  MAX_SAVED_ITEMS,
  type Shortened,
} from './items-codec.ts';
import type { ChecklistModel } from './model.ts';
import { keepKnown, MAX_NOTE_LENGTH, MAX_REASON_LENGTH, type Progress } from './state.ts';
import type { ProgressSnapshot, SavedItem } from './reconcile.ts';

const IDS = kebabPath('.');

/** Percent-encodes text so that it holds no `.` or `*` (the list separators). */
export function encodeText(text: string): string {
  return encodeURIComponent(text).replace(
    /[.*!'()~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Reads `id` / `id*text` entries joined by `.`; undefined when any entry is malformed. */
function readEntries(value: string): { id: string; text: string | undefined }[] | undefined {
  const entries: { id: string; text: string | undefined }[] = [];
  for (const entry of value.split('.')) {
    const star = entry.indexOf('*');
    const id = star === -1 ? entry : entry.slice(0, star);
    if (!ITEM_ID.test(id)) return undefined;
    let text: string | undefined;
    if (star !== -1) {
      try {
        text = decodeURIComponent(entry.slice(star + 1));
      } catch {
        return undefined;
      }
    }
    entries.push({ id, text });
  }
  return entries;
}

const SPEC = {
  checklist: (v: string) => CHECKLIST_ID.test(v),
  v: (v: string) => CONTENT_VERSION.test(v),
  done: (v: string) => IDS.test(v),
  na: (v: string) => readEntries(v) !== undefined,
  notes: (v: string) => readEntries(v) !== undefined,
};

/** The fragment text (without `#`) that carries this progress. */
export function shareFragment(model: ChecklistModel, items: Progress): string {
  const known = keepKnown(
    model.sections.flatMap((s) => s.items.map((i) => i.id)),
    items,
  );
  const entries = Object.entries(known);
  const done = entries.filter(([, p]) => p.status === 'done').map(([id]) => id);
  const na = entries
    .filter(([, p]) => p.status === 'na')
    .map(([id, p]) => (p.reason?.trim() ? `${id}*${encodeText(p.reason.trim())}` : id));
  const notes = entries
    .filter(([, p]) => p.note?.trim())
    .map(([id, p]) => `${id}*${encodeText((p.note ?? '').trim())}`);
  return formatQuery([
    ['checklist', model.id],
    ['v', model.contentVersion],
    ['done', done.join('.')],
    ['na', na.join('.')],
    ['notes', notes.join('.')],
  ]).slice(1);
}

/** Progress read from a share fragment, and the parts of the link that could not be used. */
export interface SharedProgress {
  readonly snapshot: ProgressSnapshot;
  /** Notes and reasons longer than their limits, cut to fit; undefined when none. */
  readonly shortened: Shortened | undefined;
  readonly ignored: readonly IgnoredParam[];
  /** The sentence saying what was ignored; empty when nothing was. */
  readonly ignoredNote: string;
}

export { sharedChecklistId } from './keys.ts';

/**
 * Reads a fragment (`#…` or without `#`) meant for one of `checklistIds`. Undefined when the
 * fragment is an ordinary anchor or belongs to another checklist: then it is none of ours.
 */
export function readShareFragment(
  hash: string,
  checklistIds: readonly string[],
): SharedProgress | undefined {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!/(?:^|&)checklist=/.test(text)) return undefined;
  const { accepted, ignored } = parseQuery(text, SPEC);
  const checklistId = accepted.get('checklist');
  if (checklistId === undefined || !checklistIds.includes(checklistId)) return undefined;

  // A Map until the end: ids come from the link, and must never meet Object.prototype.
  const items = new Map<string, SavedItem>();
  const cut = { notes: 0, reasons: 0, texts: 0 };
  const fit = (text: string, max: number, count: 'notes' | 'reasons') => {
    if (text.length > max) cut[count] += 1;
    return text.slice(0, max);
  };
  for (const id of (accepted.get('done') ?? '').split('.').filter(Boolean)) {
    items.set(id, { status: 'done' });
  }
  for (const { id, text: reason } of readEntries(accepted.get('na') ?? '') ?? []) {
    if (id === '') continue;
    const trimmed = reason === undefined ? undefined : fit(reason, MAX_REASON_LENGTH, 'reasons');
    items.set(id, { status: 'na', ...(trimmed ? { reason: trimmed } : {}) });
  }
  for (const { id, text: note } of readEntries(accepted.get('notes') ?? '') ?? []) {
    if (id === '' || !note) continue;
    items.set(id, {
      ...(items.get(id) ?? { status: 'open' }),
      note: fit(note, MAX_NOTE_LENGTH, 'notes'),
    });
  }
  if (items.size > MAX_SAVED_ITEMS) {
    ignored.push({ key: 'done', value: `${items.size} items`, reason: 'invalid-value' });
    items.clear();
  }
  return {
    snapshot: {
      checklistId,
      contentVersion: accepted.get('v') ?? 'unknown',
      items: Object.fromEntries(items),
      complete: false,
    },
    shortened: anyShortened(cut) ? cut : undefined,
    ignored,
    ignoredNote: describeIgnored(ignored),
  };
}
