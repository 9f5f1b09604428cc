/**
 * Progress shared by several tabs of one browser, merged item by item. Each item carries the
 * time it last changed (this browser's clock, milliseconds since 1970; 0 when unknown, as in
 * records saved before times were kept). When two copies meet (another tab's write arrives, or
 * this tab is about to write), each item takes the copy that changed last, so a change in one
 * tab never undoes an unrelated change in another. Undo restores only the items this tab's own
 * action changed and nobody has changed since.
 */
import {
  checklistReducer,
  keepKnown,
  normaliseItem,
  type ChecklistAction,
  type ChecklistState,
  type ItemProgress,
  type Progress,
} from './state.ts';

/** When each item last changed, by item id; an absent item changed at an unknown time (0). */
export type ChangeTimes = Readonly<Record<string, number>>;

/** Progress with the time each item changed. */
export interface TrackedProgress {
  readonly items: Progress;
  readonly changedAt: ChangeTimes;
}

/** The island's state: the checklist state with change times. */
export interface TrackedState extends ChecklistState {
  readonly changedAt: ChangeTimes;
}

/**
 * A reader action (stamped with when it happened), another copy merged in (storage, another
 * tab), or an undo. Merges and undos are computed here, against the state as it is when the
 * action is applied, never against a copy taken earlier: an action still queued (a tick made
 * just before another tab's write arrived) is never lost.
 */
export type TrackedAction =
  | { type: 'acted'; action: ChecklistAction; at: number }
  | { type: 'merged'; theirs: TrackedProgress }
  | { type: 'undone'; entry: UndoEntry; at: number };

/** The time `id` changed; 0 when unknown. */
export function changeTime(changedAt: ChangeTimes, id: string): number {
  return Object.hasOwn(changedAt, id) ? (changedAt[id] ?? 0) : 0;
}

/** An item's progress in a map, found among own entries only. */
export function ownItem(items: Progress, id: string): ItemProgress | undefined {
  return Object.hasOwn(items, id) ? items[id] : undefined;
}

/** One item's progress as comparable text ("" for a plain open item). */
function itemKey(items: Progress, id: string): string {
  const item = ownItem(items, id);
  const normalised = item === undefined ? undefined : normaliseItem(item);
  return normalised === undefined ? '' : JSON.stringify(normalised);
}

/** Whether two copies hold the same progress on `id`. */
export function sameItem(a: Progress, b: Progress, id: string): boolean {
  return itemKey(a, id) === itemKey(b, id);
}

/** The ids whose progress differs between two copies. */
export function changedIds(itemIds: readonly string[], a: Progress, b: Progress): string[] {
  return itemIds.filter((id) => !sameItem(a, b, id));
}

/** The state before anything is loaded. */
export function initialTracked(state: ChecklistState): TrackedState {
  return { ...state, changedAt: {} };
}

/** The reducer: an action changes the progress and stamps every item it changed with `at`. */
export function trackedReducer(state: TrackedState, action: TrackedAction): TrackedState {
  if (action.type === 'merged') {
    const merged = mergeProgress(state.itemIds, state, action.theirs);
    if (merged.fromTheirs.length === 0) return state;
    return { ...state, items: keepKnown(state.itemIds, merged.items), changedAt: merged.changedAt };
  }
  if (action.type === 'undone') return undoneState(state, action.entry, action.at).state;
  const next = checklistReducer(state, action.action);
  if (next === state) return state;
  const changedAt: Record<string, number> = { ...state.changedAt };
  for (const id of changedIds(state.itemIds, state.items, next.items)) changedAt[id] = action.at;
  return { ...next, changedAt };
}

/** Two copies merged, and which items each copy supplied where they differed. */
export interface Merged extends TrackedProgress {
  /** Items where the other copy was newer: this tab must show them. */
  readonly fromTheirs: readonly string[];
  /** Items where this copy was newer: storage must be written. */
  readonly fromMine: readonly string[];
}

/**
 * Merges item by item: the later change wins. On equal times the larger serialisation wins, so
 * every tab picks the same copy and the tabs settle instead of writing back and forth.
 */
export function mergeProgress(
  itemIds: readonly string[],
  mine: TrackedProgress,
  theirs: TrackedProgress,
): Merged {
  const items: Record<string, ItemProgress> = {};
  const changedAt: Record<string, number> = {};
  const fromTheirs: string[] = [];
  const fromMine: string[] = [];
  for (const id of itemIds) {
    const myTime = changeTime(mine.changedAt, id);
    const theirTime = changeTime(theirs.changedAt, id);
    const differ = !sameItem(mine.items, theirs.items, id);
    const takeTheirs =
      theirTime > myTime ||
      (theirTime === myTime && itemKey(theirs.items, id) > itemKey(mine.items, id));
    const source = takeTheirs ? theirs : mine;
    const item = ownItem(source.items, id);
    const normalised = item === undefined ? undefined : normaliseItem(item);
    if (normalised !== undefined) items[id] = normalised;
    const time = Math.max(myTime, theirTime);
    if (time > 0) changedAt[id] = time;
    if (differ) (takeTheirs ? fromTheirs : fromMine).push(id);
    else if (myTime !== theirTime) (myTime > theirTime ? fromMine : fromTheirs).push(id);
  }
  return { items, changedAt, fromTheirs, fromMine };
}

/** What Undo needs: the items one action changed, as they were, and the time it stamped. */
export interface UndoEntry {
  /** `reset` ends at the reader's next change; `load` (share link, import) when dismissed. */
  readonly kind: 'reset' | 'load';
  readonly ids: readonly string[];
  readonly before: TrackedProgress;
  readonly at: number;
}

/** The undo entry of an action that took `before` to `after` at time `at`. */
export function undoEntry(
  kind: UndoEntry['kind'],
  itemIds: readonly string[],
  before: TrackedProgress,
  after: TrackedProgress,
  at: number,
): UndoEntry {
  return { kind, ids: changedIds(itemIds, before.items, after.items), before, at };
}

/** The state after an undo (see applyUndo), and the items it left alone. */
export function undoneState(
  state: TrackedState,
  entry: UndoEntry,
  at: number,
): { state: TrackedState; leftAlone: string[] } {
  const { progress, leftAlone } = applyUndo(state, entry, at);
  return {
    state: {
      ...state,
      items: keepKnown(state.itemIds, progress.items),
      changedAt: progress.changedAt,
    },
    leftAlone,
  };
}

/**
 * Undoes an action: every item it changed that still carries its time goes back to what it was
 * (a new change, stamped `at`, so other tabs follow). Items changed since, in this tab or
 * another, are left as they are and named in `leftAlone`.
 */
export function applyUndo(
  current: TrackedProgress,
  entry: UndoEntry,
  at: number,
): { progress: TrackedProgress; restored: string[]; leftAlone: string[] } {
  const items: Record<string, ItemProgress> = { ...current.items };
  const changedAt: Record<string, number> = { ...current.changedAt };
  const restored: string[] = [];
  const leftAlone: string[] = [];
  for (const id of entry.ids) {
    if (changeTime(current.changedAt, id) !== entry.at) {
      leftAlone.push(id);
      continue;
    }
    const before = ownItem(entry.before.items, id);
    const normalised = before === undefined ? undefined : normaliseItem(before);
    if (normalised === undefined) delete items[id];
    else items[id] = normalised;
    changedAt[id] = at;
    restored.push(id);
  }
  return { progress: { items, changedAt }, restored, leftAlone };
}
