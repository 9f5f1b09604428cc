/**
 * A reader's progress through one checklist, the reducer that changes it and the selectors that
 * count it. Progress is a map keyed by item id, never by position, so ticks stay with their item
 * when items are added, removed or moved.
 */
import type { ChecklistModel } from './model.ts';

/** Where an item stands: still to do, done, or not applicable to the reader's system. */
export type ItemStatus = 'open' | 'done' | 'na';

/** One item's progress. An item absent from the map is open, with no note. */
export interface ItemProgress {
  readonly status: ItemStatus;
  /** Why the item does not apply; kept only while the status is `na`. */
  readonly reason?: string;
  /** The reader's own note on the item, whatever its status. */
  readonly note?: string;
}

/** Progress by item id; only items that are not plain open items are present. */
export type Progress = Readonly<Record<string, ItemProgress>>;

/** The longest N/A reason kept (a short reason, as the input's maxlength says). */
export const MAX_REASON_LENGTH = 200;
/** The longest note kept. */
export const MAX_NOTE_LENGTH = 1000;

/** The reducer's state: the checklist's item ids (for ignoring unknown ones) and the progress. */
export interface ChecklistState {
  readonly itemIds: readonly string[];
  readonly items: Progress;
}

/** What the reader did, in the past tense; one action per interaction. */
export type ChecklistAction =
  | { type: 'item-ticked'; id: string; done: boolean }
  | { type: 'item-marked-not-applicable'; id: string; reason: string }
  | { type: 'not-applicable-cleared'; id: string }
  | { type: 'note-changed'; id: string; note: string }
  | { type: 'progress-reset' }
  | { type: 'progress-replaced'; items: Progress };

/** The state of a checklist nobody has touched. */
export function initialState(model: ChecklistModel): ChecklistState {
  return {
    itemIds: model.sections.flatMap((s) => s.items.map((i) => i.id)),
    items: {},
  };
}

/** An item's progress, open when nothing is recorded. */
export function itemProgress(items: Progress, id: string): ItemProgress {
  // Own entries only: an id such as "constructor" must not find Object.prototype's member.
  return (Object.hasOwn(items, id) ? items[id] : undefined) ?? { status: 'open' };
}

/** The item in its smallest form: no empty fields, no reason unless N/A; undefined for a plain open item. */
export function normaliseItem(item: ItemProgress): ItemProgress | undefined {
  const note = item.note?.slice(0, MAX_NOTE_LENGTH);
  const reason = item.status === 'na' ? (item.reason ?? '').slice(0, MAX_REASON_LENGTH) : undefined;
  const hasNote = note !== undefined && note.trim() !== '';
  if (item.status === 'open' && !hasNote) return undefined;
  return {
    status: item.status,
    ...(reason !== undefined && reason !== '' ? { reason } : {}),
    ...(hasNote ? { note } : {}),
  };
}

function withItem(state: ChecklistState, id: string, next: ItemProgress): ChecklistState {
  const normalised = normaliseItem(next);
  const items = { ...state.items };
  if (normalised === undefined) delete items[id];
  else items[id] = normalised;
  return { ...state, items };
}

/** Keeps only entries for the checklist's own items, normalised. */
export function keepKnown(itemIds: readonly string[], items: Progress): Progress {
  const out: Record<string, ItemProgress> = {};
  for (const id of itemIds) {
    const item = Object.hasOwn(items, id) ? items[id] : undefined;
    const normalised = item === undefined ? undefined : normaliseItem(item);
    if (normalised !== undefined) out[id] = normalised;
  }
  return out;
}

/** The checklist reducer: total and pure; actions on ids the checklist lacks change nothing. */
export function checklistReducer(state: ChecklistState, action: ChecklistAction): ChecklistState {
  switch (action.type) {
    case 'item-ticked': {
      if (!state.itemIds.includes(action.id)) return state;
      const current = itemProgress(state.items, action.id);
      const status = action.done ? 'done' : 'open';
      return withItem(state, action.id, { ...current, status });
    }
    case 'item-marked-not-applicable': {
      if (!state.itemIds.includes(action.id)) return state;
      const current = itemProgress(state.items, action.id);
      return withItem(state, action.id, { ...current, status: 'na', reason: action.reason });
    }
    case 'not-applicable-cleared': {
      if (!state.itemIds.includes(action.id)) return state;
      const current = itemProgress(state.items, action.id);
      if (current.status !== 'na') return state;
      return withItem(state, action.id, {
        status: 'open',
        ...(current.note ? { note: current.note } : {}),
      });
    }
    case 'note-changed': {
      if (!state.itemIds.includes(action.id)) return state;
      const current = itemProgress(state.items, action.id);
      return withItem(state, action.id, { ...current, note: action.note });
    }
    case 'progress-reset':
      return { ...state, items: {} };
    case 'progress-replaced':
      return { ...state, items: keepKnown(state.itemIds, action.items) };
    default:
      return action satisfies never;
  }
}

/** Counts of a set of items: done, not applicable, still open, and the applicable total. */
export interface Counts {
  readonly done: number;
  readonly notApplicable: number;
  readonly open: number;
  /** Every item. */
  readonly total: number;
  /** Items that apply (total minus N/A): "done of applicable". */
  readonly applicable: number;
}

/** Counts the given items' progress; N/A items do not count against the reader. */
export function countItems(ids: readonly string[], items: Progress): Counts {
  let done = 0;
  let notApplicable = 0;
  for (const id of ids) {
    const status = itemProgress(items, id).status;
    if (status === 'done') done += 1;
    else if (status === 'na') notApplicable += 1;
  }
  const total = ids.length;
  return {
    done,
    notApplicable,
    open: total - done - notApplicable,
    total,
    applicable: total - notApplicable,
  };
}

/** Counts per section (in section order) and for the whole checklist. */
export function countProgress(
  model: ChecklistModel,
  items: Progress,
): { sections: { id: string; counts: Counts }[]; all: Counts } {
  return {
    sections: model.sections.map((section) => ({
      id: section.id,
      counts: countItems(
        section.items.map((i) => i.id),
        items,
      ),
    })),
    all: countItems(
      model.sections.flatMap((s) => s.items.map((i) => i.id)),
      items,
    ),
  };
}

/** Whether the item is finished: done, or set aside as not applicable. */
export function isFinished(items: Progress, id: string): boolean {
  return itemProgress(items, id).status !== 'open';
}
