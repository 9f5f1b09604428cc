// The checklist island's state: progress (through the pure reducers), loading it, the notices the
// reader must see, and undo. Saving and following other tabs is useTabSync's. All reading of
// storage and the address happens in effects, after hydration, so the first render matches the
// server's HTML.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { describeItemChange, finishedIds } from '../../lib/checklist/announce.ts';
import { type Shortened } from '../../lib/checklist/items-codec.ts';
import { fileTooLarge, MAX_FILE_BYTES, readProgressFile } from '../../lib/checklist/json-file.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import {
  checklistReducer,
  countProgress,
  initialState,
  itemProgress,
  type ChecklistAction,
  type Progress,
} from '../../lib/checklist/state.ts';
import {
  changesWorthTelling,
  reconcile,
  type ContentChanges,
} from '../../lib/checklist/reconcile.ts';
import { readShareFragment } from '../../lib/checklist/share.ts';
import {
  keepAside,
  readProgress,
  savedProgressOf,
  storageWorks,
} from '../../lib/checklist/storage.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import {
  applyUndo,
  initialTracked,
  trackedReducer,
  undoEntry,
  type TrackedState,
  type UndoEntry,
} from '../../lib/checklist/sync.ts';
import { browserStorage, clearFragment } from '../shared/browser.ts';
import { useTabSync } from './useTabSync.ts';

/** Something the reader must be told, shown until dismissed or acted on. */
export type Notice =
  | { kind: 'unavailable'; how: 'write' | 'read' }
  | { kind: 'unreadable'; problem: string; key: string | undefined; raw: string }
  | { kind: 'changed'; changes: ContentChanges }
  | { kind: 'share'; items: Progress; changes: ContentChanges; ignoredNote: string }
  | { kind: 'loaded' }
  | { kind: 'imported'; file: string; done: number; changes: ContentChanges | undefined }
  | { kind: 'import-failed'; file: string; problem: string }
  | { kind: 'shortened'; source: string; cut: Shortened };

export type NoticeKind = Notice['kind'];

const NO_IDS: ReadonlySet<string> = new Set();

function init(model: ChecklistModel): TrackedState {
  return initialTracked(initialState(model));
}

/** State and actions of one tracked checklist. `tracking: false` renders it inert (a blank template). */
export function useChecklistProgress(model: ChecklistModel, tracking: boolean) {
  const [state, dispatch] = useReducer(trackedReducer, model, init);
  const [hydrated, setHydrated] = useState(false);
  const [hideDone, setHideDone] = useState(false);
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(NO_IDS);
  const [message, setMessage] = useState('');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [undo, setUndo] = useState<UndoEntry | undefined>(undefined);
  const [saveRequests, setSaveRequests] = useState(0);
  /** A reader change: progress is written once the render holding the change commits. */
  const requestSave = useCallback(() => setSaveRequests((n) => n + 1), []);
  const items = state.items;

  const show = useCallback((notice: Notice) => {
    setNotices((all) => [...all.filter((n) => n.kind !== notice.kind), notice]);
  }, []);
  const onRefused = useCallback(
    (how: 'write' | 'read') => show({ kind: 'unavailable', how }),
    [show],
  );
  const sync = useTabSync(
    model,
    tracking,
    hydrated,
    state,
    hideDone,
    dispatch,
    onRefused,
    saveRequests,
  );

  const dismiss = useCallback(
    (kind: NoticeKind) => {
      setNotices((all) => all.filter((n) => n.kind !== kind));
      // Dismissing the change notice accepts the reconciled progress: write it.
      if (kind === 'changed') requestSave();
      // A load stays undoable until its message is dismissed.
      if (kind === 'loaded' || kind === 'imported') {
        setUndo((entry) => (entry?.kind === 'load' ? undefined : entry));
      }
    },
    [requestSave],
  );

  const offerShare = useCallback(() => {
    const shared = readShareFragment(location.hash, [model.id]);
    if (shared === undefined) return;
    const { items: sharedItems, changes } = reconcile(shared.snapshot, model);
    show({ kind: 'share', items: sharedItems, changes, ignoredNote: shared.ignoredNote });
    if (shared.shortened) {
      show({
        kind: 'shortened',
        source: checklistStrings.notices.shortenedLink,
        cut: shared.shortened,
      });
    }
  }, [model, show]);

  // Load: stored progress first, then a shared link's offer on top of it.
  useEffect(() => {
    if (!tracking) return;
    const store = browserStorage();
    sync.storage.current = store;
    const works = storageWorks(store);
    if (!works) show({ kind: 'unavailable', how: 'write' });
    const result = readProgress(store, model.id);
    sync.canSave.current = works;
    if (result.kind === 'loaded') {
      const saved = savedProgressOf(result.stored, model);
      dispatch({ type: 'merged', theirs: saved });
      setHideDone(saved.hideDone);
      if (saved.hideDone) setHiddenIds(new Set(finishedIds(model, saved.items)));
      if (changesWorthTelling(result.stored.snapshot, saved.changes)) {
        show({ kind: 'changed', changes: saved.changes });
      }
      if (result.stored.shortened) {
        show({
          kind: 'shortened',
          source: checklistStrings.notices.shortenedSaved,
          cut: result.stored.shortened,
        });
      }
    } else if (result.kind === 'unreadable') {
      const key = keepAside(store, model.id, result.raw, new Date());
      sync.canSave.current = works && key !== undefined;
      show({ kind: 'unreadable', problem: result.problem, key, raw: result.raw });
    } else if (result.kind === 'unavailable') {
      // Reading refused while writing works: saving would write over what cannot be read.
      sync.canSave.current = false;
      if (works) show({ kind: 'unavailable', how: 'read' });
    }
    offerShare();
    setHydrated(true);
    window.addEventListener('hashchange', offerShare);
    return () => window.removeEventListener('hashchange', offerShare);
  }, [model, tracking, show, offerShare, sync.storage, sync.canSave]);

  // Items that are no longer finished (after a reset, an undo, an import) come back into view.
  useEffect(() => {
    setHiddenIds((hidden) => {
      if (hidden.size === 0) return hidden;
      const finished = new Set(finishedIds(model, items));
      const kept = [...hidden].filter((id) => finished.has(id));
      return kept.length === hidden.size ? hidden : new Set(kept);
    });
  }, [model, items]);

  const act = useCallback(
    (action: ChecklistAction) => {
      requestSave();
      // Reset's undo ends at the next change; a load's when its message is dismissed.
      setUndo((entry) => (entry?.kind === 'reset' ? undefined : entry));
      dispatch({ type: 'acted', action, at: Date.now() });
    },
    [requestSave],
  );

  /** Changes the progress wholesale (reset, share, import), keeping what it changed for undo. */
  const replaceAll = useCallback(
    (action: ChecklistAction, kind: UndoEntry['kind']) => {
      const at = Date.now();
      const next = trackedReducer(state, { type: 'acted', action, at });
      requestSave();
      setUndo(undoEntry(kind, state.itemIds, state, next, at));
      dispatch({ type: 'acted', action, at });
    },
    [state, requestSave],
  );

  const counts = useMemo(() => countProgress(model, items), [model, items]);

  const actions = useMemo(
    () => ({
      tick: (id: string, done: boolean) => {
        const next = checklistReducer(state, { type: 'item-ticked', id, done });
        act({ type: 'item-ticked', id, done });
        setMessage(describeItemChange(model, next.items, id, done ? 'ticked' : 'unticked'));
      },
      markNotApplicable: (id: string, reason: string) => {
        const wasNa = itemProgress(items, id).status === 'na';
        const next = checklistReducer(state, { type: 'item-marked-not-applicable', id, reason });
        act({ type: 'item-marked-not-applicable', id, reason });
        if (!wasNa) setMessage(describeItemChange(model, next.items, id, 'marked-not-applicable'));
      },
      clearNotApplicable: (id: string) => {
        const next = checklistReducer(state, { type: 'not-applicable-cleared', id });
        act({ type: 'not-applicable-cleared', id });
        setMessage(describeItemChange(model, next.items, id, 'cleared-not-applicable'));
      },
      setNote: (id: string, note: string) => {
        act({ type: 'note-changed', id, note });
      },
      reset: () => {
        replaceAll({ type: 'progress-reset' }, 'reset');
        setMessage(checklistStrings.announce.reset);
      },
      undoLast: () => {
        if (undo === undefined) return;
        const at = Date.now();
        const { leftAlone } = applyUndo(state, undo, at);
        requestSave();
        dispatch({ type: 'undone', entry: undo, at });
        if (undo.kind === 'load') {
          setNotices((all) => all.filter((n) => n.kind !== 'loaded' && n.kind !== 'imported'));
        }
        setUndo(undefined);
        setMessage(
          leftAlone.length > 0
            ? checklistStrings.announce.undonePartly(leftAlone.length)
            : checklistStrings.announce.undone,
        );
      },
      setHideDone: (hide: boolean) => {
        requestSave();
        setHideDone(hide);
        const hidden = hide ? finishedIds(model, items) : [];
        setHiddenIds(new Set(hidden));
        setMessage(
          hide
            ? checklistStrings.announce.hiding(hidden.length)
            : checklistStrings.announce.showing,
        );
      },
      loadShare: () => {
        const offer = notices.find((n) => n.kind === 'share');
        if (offer?.kind !== 'share') return;
        replaceAll({ type: 'progress-replaced', items: offer.items }, 'load');
        setNotices((all) => [
          ...all.filter((n) => n.kind !== 'share' && n.kind !== 'imported'),
          { kind: 'loaded' },
        ]);
        clearFragment();
        setMessage(checklistStrings.notices.shareLoaded);
      },
      keepOwn: () => {
        dismiss('share');
        clearFragment();
      },
      importFile: async (file: File) => {
        const text = file.size > MAX_FILE_BYTES ? undefined : await file.text().catch(() => '');
        const read =
          text === undefined
            ? { ok: false as const, problem: fileTooLarge(file.size) }
            : readProgressFile(text, model.id);
        if (!read.ok) {
          const problem =
            'otherChecklist' in read && read.otherChecklist
              ? checklistStrings.notices.importOther(read.otherChecklist.title)
              : read.problem;
          show({ kind: 'import-failed', file: file.name, problem });
          return;
        }
        const { items: imported, changes } = reconcile(read.snapshot, model);
        replaceAll({ type: 'progress-replaced', items: imported }, 'load');
        setNotices((all) => all.filter((n) => n.kind !== 'import-failed' && n.kind !== 'loaded'));
        const done = countProgress(model, imported).all.done;
        show({
          kind: 'imported',
          file: file.name,
          done,
          changes: changesWorthTelling(read.snapshot, changes) ? changes : undefined,
        });
        if (read.shortened) {
          show({
            kind: 'shortened',
            source: checklistStrings.notices.shortenedFile(file.name),
            cut: read.shortened,
          });
        }
        setMessage(checklistStrings.notices.imported(file.name, done));
      },
      dismiss,
      announce: setMessage,
    }),
    [act, dismiss, items, model, notices, replaceAll, requestSave, show, state, undo],
  );

  return { items, hydrated, counts, hideDone, hiddenIds, message, notices, undo, actions };
}
