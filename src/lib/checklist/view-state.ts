/**
 * Everything a tracked checklist shows, and the one reducer that changes it: progress with change
 * times (sync.ts), "Hide done", the notices (notices.ts), the undo on offer, the status line's
 * announcement and how many changes asked to be saved. The island's hook only reads (storage, the
 * address, a file), dispatches what it read or what the reader did, and saves; every decision is
 * made here, once per action, and the announcement comes from the action's own result.
 */
import { describeItemChange, finishedIds, type ItemChange } from './announce.ts';
import type { ReadFile } from './json-file.ts';
import type { ChecklistModel } from './model.ts';
import { withNotice, withoutNotices, type Notice, type NoticeKind } from './notices.ts';
import { changesWorthTelling, reconcile } from './reconcile.ts';
import type { SharedProgress } from './share.ts';
import { countProgress, initialState, itemProgress, type ChecklistAction } from './state.ts';
import { savedProgressOf, type ReadResult } from './storage.ts';
import { checklistStrings } from './strings.ts';
import {
  initialTracked,
  trackedReducer,
  undoEntry,
  undoneState,
  type TrackedProgress,
  type TrackedState,
  type UndoEntry,
} from './sync.ts';

/** A tracked checklist as the reader sees it. */
export interface ChecklistView {
  readonly model: ChecklistModel;
  readonly progress: TrackedState;
  /** Whether stored progress has been read: the checklist is interactive from then on. */
  readonly loaded: boolean;
  /** The "Hide done" setting, saved with the progress. */
  readonly hideDone: boolean;
  /**
   * The items "Hide done" hides: those finished when it was turned on (or the progress loaded),
   * for as long as they stay finished. An item finished later stays in view until asked again.
   */
  readonly hiddenIds: ReadonlySet<string>;
  readonly notices: readonly Notice[];
  /** What Undo would restore: a reset (until the next change) or a load (until its notice goes). */
  readonly undo: UndoEntry | undefined;
  /** The status line's sentence, from the last action that had something to say. */
  readonly announcement: string;
  /**
   * How many reader changes asked for a write; the hook writes when it grows (visiting a page
   * writes nothing). Reading storage, a link or another tab's write never asks.
   */
  readonly saveRequests: number;
}

/** What happened: something read (storage, a link, a file, another tab) or something the reader did. */
export type ChecklistViewAction =
  | { type: 'storage-read'; result: ReadResult; works: boolean; asideKey: string | undefined }
  | { type: 'storage-refused'; how: 'write' | 'read' }
  | { type: 'share-link-read'; shared: SharedProgress }
  | { type: 'merged'; theirs: TrackedProgress }
  | { type: 'acted'; action: ChecklistAction; at: number }
  | { type: 'share-accepted'; at: number }
  | { type: 'file-read'; file: string; read: ReadFile; at: number }
  | { type: 'undone'; at: number }
  | { type: 'hide-done-set'; hide: boolean }
  | { type: 'notice-dismissed'; kind: NoticeKind }
  | { type: 'announced'; text: string };

const NO_IDS: ReadonlySet<string> = new Set();

/** The view before anything is read. */
export function initialView(model: ChecklistModel): ChecklistView {
  return {
    model,
    progress: initialTracked(initialState(model)),
    loaded: false,
    hideDone: false,
    hiddenIds: NO_IDS,
    notices: [],
    undo: undefined,
    announcement: '',
    saveRequests: 0,
  };
}

/** The view with new progress; hidden items that are no longer finished come back into view. */
function withProgress(view: ChecklistView, progress: TrackedState): ChecklistView {
  if (progress === view.progress) return view;
  const finished = new Set(finishedIds(view.model, progress.items));
  const kept = [...view.hiddenIds].filter((id) => finished.has(id));
  const hiddenIds = kept.length === view.hiddenIds.size ? view.hiddenIds : new Set(kept);
  return { ...view, progress, hiddenIds };
}

/** A change the reader made, to be saved. */
function saving(view: ChecklistView): ChecklistView {
  return { ...view, saveRequests: view.saveRequests + 1 };
}

/** Progress changed wholesale (reset, share link, import), keeping what it changed for Undo. */
function replaced(
  view: ChecklistView,
  action: ChecklistAction,
  at: number,
  kind: UndoEntry['kind'],
): ChecklistView {
  const before = view.progress;
  const after = trackedReducer(before, { type: 'acted', action, at });
  const undo = undoEntry(kind, before.itemIds, before, after, at);
  return { ...saving(withProgress(view, after)), undo };
}

/** What the status line says after an item change: the item and the counts it changed. */
function itemAnnouncement(
  before: ChecklistView,
  after: TrackedState,
  action: ChecklistAction,
): string {
  const say = (id: string, change: ItemChange) =>
    describeItemChange(before.model, after.items, id, change);
  switch (action.type) {
    case 'item-ticked':
      return say(action.id, action.done ? 'ticked' : 'unticked');
    case 'item-marked-not-applicable':
      // A new reason for an item already N/A changes no count: nothing new to say.
      return itemProgress(before.progress.items, action.id).status === 'na'
        ? before.announcement
        : say(action.id, 'marked-not-applicable');
    case 'not-applicable-cleared':
      return say(action.id, 'cleared-not-applicable');
    default:
      // Notes are read where they are typed; the wholesale changes announce themselves.
      return before.announcement;
  }
}

/** A change to one item (tick, N/A, note), saved and announced. */
function itemChanged(view: ChecklistView, action: ChecklistAction, at: number): ChecklistView {
  const progress = trackedReducer(view.progress, { type: 'acted', action, at });
  // A reset's undo ends at the next change; a load's when its notice is dismissed.
  const undo = view.undo?.kind === 'reset' ? undefined : view.undo;
  const announcement = itemAnnouncement(view, progress, action);
  return { ...saving(withProgress(view, progress)), undo, announcement };
}

/** Stored progress read at load: it becomes the progress, with what the reader must be told. */
function storageRead(
  view: ChecklistView,
  { result, works, asideKey }: Extract<ChecklistViewAction, { type: 'storage-read' }>,
): ChecklistView {
  let next: ChecklistView = { ...view, loaded: true };
  let notices = works
    ? view.notices
    : withNotice(view.notices, { kind: 'unavailable', how: 'write' });
  if (result.kind === 'loaded') {
    const saved = savedProgressOf(result.stored, view.model);
    const hiddenIds = saved.hideDone ? new Set(finishedIds(view.model, saved.items)) : NO_IDS;
    const merged = trackedReducer(view.progress, { type: 'merged', theirs: saved });
    next = withProgress({ ...next, hideDone: saved.hideDone, hiddenIds }, merged);
    if (changesWorthTelling(result.stored.snapshot, saved.changes)) {
      notices = withNotice(notices, { kind: 'changed', changes: saved.changes });
    }
    if (result.stored.shortened) {
      const source = checklistStrings.notices.shortenedSaved;
      notices = withNotice(notices, { kind: 'shortened', source, cut: result.stored.shortened });
    }
  } else if (result.kind === 'unreadable') {
    const { problem, raw } = result;
    notices = withNotice(notices, { kind: 'unreadable', problem, key: asideKey, raw });
  } else if (result.kind === 'unavailable' && works) {
    // Reading refused while writing works: nothing is saved over what cannot be read.
    notices = withNotice(notices, { kind: 'unavailable', how: 'read' });
  }
  return { ...next, notices };
}

/** A progress file read for import: loaded (undoable), or the reason it was not. */
function fileRead(
  view: ChecklistView,
  { file, read, at }: Extract<ChecklistViewAction, { type: 'file-read' }>,
): ChecklistView {
  const n = checklistStrings.notices;
  if (!read.ok) {
    const problem =
      'otherChecklist' in read && read.otherChecklist
        ? n.importOther(read.otherChecklist.title)
        : read.problem;
    return { ...view, notices: withNotice(view.notices, { kind: 'import-failed', file, problem }) };
  }
  const { items, changes } = reconcile(read.snapshot, view.model);
  const next = replaced(view, { type: 'progress-replaced', items }, at, 'load');
  const done = countProgress(view.model, items).all.done;
  const told = changesWorthTelling(read.snapshot, changes) ? changes : undefined;
  let notices = withoutNotices(next.notices, 'import-failed', 'loaded');
  notices = withNotice(notices, { kind: 'imported', file, done, changes: told });
  if (read.shortened) {
    const source = n.shortenedFile(file);
    notices = withNotice(notices, { kind: 'shortened', source, cut: read.shortened });
  }
  return { ...next, notices, announcement: n.imported(file, done) };
}

/** The checklist's reducer: pure, one call per action. */
export function checklistViewReducer(
  view: ChecklistView,
  action: ChecklistViewAction,
): ChecklistView {
  const a = checklistStrings.announce;
  switch (action.type) {
    case 'storage-read':
      return storageRead(view, action);
    case 'storage-refused':
      return {
        ...view,
        notices: withNotice(view.notices, { kind: 'unavailable', how: action.how }),
      };
    case 'share-link-read': {
      const { snapshot, ignoredNote, shortened } = action.shared;
      const { items, changes } = reconcile(snapshot, view.model);
      let notices = withNotice(view.notices, { kind: 'share', items, changes, ignoredNote });
      if (shortened) {
        const source = checklistStrings.notices.shortenedLink;
        notices = withNotice(notices, { kind: 'shortened', source, cut: shortened });
      }
      return { ...view, notices };
    }
    case 'merged':
      return withProgress(view, trackedReducer(view.progress, action));
    case 'acted':
      if (action.action.type === 'progress-reset') {
        return { ...replaced(view, action.action, action.at, 'reset'), announcement: a.reset };
      }
      return itemChanged(view, action.action, action.at);
    case 'share-accepted': {
      const offer = view.notices.find((n) => n.kind === 'share');
      if (offer?.kind !== 'share') return view;
      const replace: ChecklistAction = { type: 'progress-replaced', items: offer.items };
      const next = replaced(view, replace, action.at, 'load');
      const notices = withoutNotices(next.notices, 'share', 'imported');
      return {
        ...next,
        notices: withNotice(notices, { kind: 'loaded' }),
        announcement: checklistStrings.notices.shareLoaded,
      };
    }
    case 'file-read':
      return fileRead(view, action);
    case 'undone': {
      const entry = view.undo;
      if (entry === undefined) return view;
      const { state, leftAlone } = undoneState(view.progress, entry, action.at);
      const next = saving(withProgress(view, state));
      return {
        ...next,
        notices:
          entry.kind === 'load' ? withoutNotices(next.notices, 'loaded', 'imported') : next.notices,
        undo: undefined,
        announcement: leftAlone.length > 0 ? a.undonePartly(leftAlone.length) : a.undone,
      };
    }
    case 'hide-done-set': {
      const hidden = action.hide ? finishedIds(view.model, view.progress.items) : [];
      return {
        ...saving(view),
        hideDone: action.hide,
        hiddenIds: new Set(hidden),
        announcement: action.hide ? a.hiding(hidden.length) : a.showing,
      };
    }
    case 'notice-dismissed': {
      const notices = withoutNotices(view.notices, action.kind);
      // A load stays undoable until its notice is dismissed.
      const endsLoad = action.kind === 'loaded' || action.kind === 'imported';
      const undo = endsLoad && view.undo?.kind === 'load' ? undefined : view.undo;
      const next = { ...view, notices, undo };
      // Dismissing the change notice accepts the reconciled progress: it is written.
      return action.kind === 'changed' ? saving(next) : next;
    }
    case 'announced':
      return { ...view, announcement: action.text };
    default:
      return action satisfies never;
  }
}
