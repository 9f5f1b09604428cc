// The checklist island's state: progress (through the pure reducer), loading and saving it, the
// notices the reader must see, and undo. All reading of storage and the address happens in
// effects, after hydration, so the first render matches the server's HTML.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { describeItemChange, finishedIds } from '../../lib/checklist/announce.ts';
import { readProgressFile } from '../../lib/checklist/json-file.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import {
  checklistReducer,
  countProgress,
  initialState,
  itemProgress,
  type ChecklistAction,
  type Progress,
} from '../../lib/checklist/progress.ts';
import {
  changesWorthTelling,
  reconcile,
  type ContentChanges,
} from '../../lib/checklist/reconcile.ts';
import { readShareFragment } from '../../lib/checklist/share.ts';
import {
  keepAside,
  progressKey,
  readProgress,
  storageWorks,
  writeProgress,
  type StorageLike,
} from '../../lib/checklist/storage.ts';
import { strings } from '../../lib/checklist/strings.ts';
import { browserStorage, clearFragment } from './browser.ts';

/** Something the reader must be told, shown until dismissed or acted on. */
export type Notice =
  | { kind: 'unavailable' }
  | { kind: 'unreadable'; problem: string; key: string | undefined; raw: string }
  | { kind: 'changed'; changes: ContentChanges }
  | { kind: 'share'; items: Progress; changes: ContentChanges; ignoredNote: string }
  | { kind: 'imported'; file: string; done: number; changes: ContentChanges | undefined }
  | { kind: 'import-failed'; file: string; problem: string };

export type NoticeKind = Notice['kind'];

const NO_IDS: ReadonlySet<string> = new Set();

/** State and actions of one tracked checklist. `tracking: false` renders it inert (a blank template). */
export function useChecklistProgress(model: ChecklistModel, tracking: boolean) {
  const [state, dispatch] = useReducer(checklistReducer, model, initialState);
  const [hydrated, setHydrated] = useState(false);
  const [hideDone, setHideDone] = useState(false);
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(NO_IDS);
  const [message, setMessage] = useState('');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [undo, setUndo] = useState<Progress | undefined>(undefined);

  const storage = useRef<StorageLike | undefined>(undefined);
  /** False while saving would destroy something (unreadable data not moved aside). */
  const canSave = useRef(false);
  /** Set by reader actions: only then is progress written (visiting a page writes nothing). */
  const dirty = useRef(false);
  const items = state.items;

  const show = useCallback((notice: Notice) => {
    setNotices((all) => [...all.filter((n) => n.kind !== notice.kind), notice]);
  }, []);
  const dismiss = useCallback((kind: NoticeKind) => {
    setNotices((all) => all.filter((n) => n.kind !== kind));
    // Dismissing the change notice accepts the reconciled progress: write it.
    if (kind === 'changed') dirty.current = true;
  }, []);

  const offerShare = useCallback(() => {
    const shared = readShareFragment(location.hash, [model.id]);
    if (shared === undefined) return;
    const { items: sharedItems, changes } = reconcile(shared.snapshot, model);
    show({ kind: 'share', items: sharedItems, changes, ignoredNote: shared.ignoredNote });
  }, [model, show]);

  // Load: stored progress first, then a shared link's offer on top of it.
  useEffect(() => {
    if (!tracking) return;
    const store = browserStorage();
    storage.current = store;
    const works = storageWorks(store);
    if (!works) show({ kind: 'unavailable' });
    const result = readProgress(store, model.id);
    canSave.current = works;
    if (result.kind === 'loaded') {
      const { items: loaded, changes } = reconcile(result.stored.snapshot, model);
      dispatch({ type: 'progress-replaced', items: loaded });
      setHideDone(result.stored.hideDone);
      if (result.stored.hideDone) setHiddenIds(new Set(finishedIds(model, loaded)));
      if (changesWorthTelling(result.stored.snapshot, changes)) show({ kind: 'changed', changes });
    } else if (result.kind === 'unreadable') {
      const key = keepAside(store, model.id, result.raw, new Date());
      canSave.current = works && key !== undefined;
      show({ kind: 'unreadable', problem: result.problem, key, raw: result.raw });
    } else if (result.kind === 'unavailable' && works) {
      canSave.current = false;
    }
    offerShare();
    setHydrated(true);
    window.addEventListener('hashchange', offerShare);
    return () => window.removeEventListener('hashchange', offerShare);
  }, [model, tracking, show, offerShare]);

  // Another tab changed this checklist: follow it, so the two never write over each other.
  useEffect(() => {
    if (!tracking) return;
    const key = progressKey(model.id);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || event.newValue === null) return;
      const result = readProgress(storage.current, model.id);
      if (result.kind !== 'loaded') return;
      // Storage already holds this state: writing it back would echo between the tabs forever.
      dirty.current = false;
      dispatch({
        type: 'progress-replaced',
        items: reconcile(result.stored.snapshot, model).items,
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [model, tracking]);

  // Save after every reader action.
  useEffect(() => {
    if (!hydrated || !dirty.current || !canSave.current) return;
    if (!writeProgress(storage.current, model, items, hideDone, new Date())) {
      canSave.current = false;
      show({ kind: 'unavailable' });
    }
  }, [hydrated, model, items, hideDone, show, notices]);

  // Items that are no longer finished (after a reset, an undo, an import) come back into view.
  useEffect(() => {
    setHiddenIds((hidden) => {
      if (hidden.size === 0) return hidden;
      const finished = new Set(finishedIds(model, items));
      const kept = [...hidden].filter((id) => finished.has(id));
      return kept.length === hidden.size ? hidden : new Set(kept);
    });
  }, [model, items]);

  const act = useCallback((action: ChecklistAction) => {
    dirty.current = true;
    setUndo(undefined);
    dispatch(action);
  }, []);

  /** Replaces the progress wholesale (share, import), keeping the old one for undo. */
  const replace = useCallback(
    (next: Progress) => {
      dirty.current = true;
      setUndo(items);
      dispatch({ type: 'progress-replaced', items: next });
    },
    [items],
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
        dirty.current = true;
        setUndo(items);
        dispatch({ type: 'progress-reset' });
        setMessage(strings.announce.reset);
      },
      undoLast: () => {
        if (undo === undefined) return;
        dirty.current = true;
        dispatch({ type: 'progress-replaced', items: undo });
        setUndo(undefined);
        setMessage(strings.announce.undone);
      },
      setHideDone: (hide: boolean) => {
        dirty.current = true;
        setHideDone(hide);
        const hidden = hide ? finishedIds(model, items) : [];
        setHiddenIds(new Set(hidden));
        setMessage(hide ? strings.announce.hiding(hidden.length) : strings.announce.showing);
      },
      loadShare: () => {
        const offer = notices.find((n) => n.kind === 'share');
        if (offer?.kind !== 'share') return;
        replace(offer.items);
        dismiss('share');
        clearFragment();
        setMessage(strings.notices.shareLoaded);
      },
      keepOwn: () => {
        dismiss('share');
        clearFragment();
      },
      importFile: async (file: File) => {
        const text = await file.text().catch(() => '');
        const read = readProgressFile(text, model.id);
        if (!read.ok) {
          const problem = read.otherChecklist
            ? strings.notices.importOther(read.otherChecklist.title)
            : read.problem;
          show({ kind: 'import-failed', file: file.name, problem });
          dismiss('imported');
          return;
        }
        const { items: imported, changes } = reconcile(read.snapshot, model);
        replace(imported);
        dismiss('import-failed');
        const done = countProgress(model, imported).all.done;
        show({
          kind: 'imported',
          file: file.name,
          done,
          changes: changesWorthTelling(read.snapshot, changes) ? changes : undefined,
        });
        setMessage(strings.notices.imported(file.name, done));
      },
      dismiss,
      announce: setMessage,
    }),
    [act, dismiss, items, model, notices, replace, show, state, undo],
  );

  return { items, hydrated, counts, hideDone, hiddenIds, message, notices, undo, actions };
}

export type ChecklistController = ReturnType<typeof useChecklistProgress>;
