// The checklist island's state: the pure reducer of src/lib/checklist/view-state.ts decides
// everything (progress, notices, undo, "Hide done", the announcement); this hook only reads what
// the reducer needs (storage, the address, an imported file), dispatches it with the reader's
// actions, and leaves saving and following other tabs to useTabSync. All reading of storage and
// the address happens in effects, after hydration, so the first render matches the server's HTML.
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { fileTooLarge, MAX_FILE_BYTES, readProgressFile } from '../../lib/checklist/json-file.ts';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import type { NoticeKind } from '../../lib/checklist/notices.ts';
import { readShareFragment } from '../../lib/checklist/share.ts';
import { countProgress, type ChecklistAction } from '../../lib/checklist/state.ts';
import { keepAside, readProgress, storageWorks } from '../../lib/checklist/storage.ts';
import { checklistViewReducer, initialView } from '../../lib/checklist/view-state.ts';
import { browserStorage, clearFragment } from '../shared/browser.ts';
import { useTabSync } from './useTabSync.ts';

/** State and actions of one tracked checklist. `tracking: false` renders it inert (a blank template). */
export function useChecklistProgress(model: ChecklistModel, tracking: boolean) {
  const [view, dispatch] = useReducer(checklistViewReducer, model, initialView);
  const onRefused = useCallback(
    (how: 'write' | 'read') => dispatch({ type: 'storage-refused', how }),
    [],
  );
  const sync = useTabSync(
    model,
    tracking,
    view.loaded,
    view.progress,
    view.hideDone,
    dispatch,
    onRefused,
    view.saveRequests,
  );

  const readShareLink = useCallback(() => {
    const shared = readShareFragment(location.hash, [model.id]);
    if (shared !== undefined) dispatch({ type: 'share-link-read', shared });
  }, [model]);

  // Load: stored progress first, then a shared link's offer on top of it.
  useEffect(() => {
    if (!tracking) return;
    const store = browserStorage();
    sync.storage.current = store;
    const works = storageWorks(store);
    const result = readProgress(store, model.id);
    // Unreadable data is moved aside before anything is saved; if it cannot be, nothing is.
    const asideKey =
      result.kind === 'unreadable' ? keepAside(store, model.id, result.raw, new Date()) : undefined;
    sync.canSave.current =
      works &&
      (result.kind === 'unreadable' ? asideKey !== undefined : result.kind !== 'unavailable');
    dispatch({ type: 'storage-read', result, works, asideKey });
    readShareLink();
    window.addEventListener('hashchange', readShareLink);
    return () => window.removeEventListener('hashchange', readShareLink);
  }, [model, tracking, readShareLink, sync.storage, sync.canSave]);

  const items = view.progress.items;
  const counts = useMemo(() => countProgress(model, items), [model, items]);
  const hasShareOffer = view.notices.some((n) => n.kind === 'share');

  const actions = useMemo(() => {
    const act = (action: ChecklistAction) => dispatch({ type: 'acted', action, at: Date.now() });
    const dismiss = (kind: NoticeKind) => dispatch({ type: 'notice-dismissed', kind });
    return {
      tick: (id: string, done: boolean) => act({ type: 'item-ticked', id, done }),
      markNotApplicable: (id: string, reason: string) =>
        act({ type: 'item-marked-not-applicable', id, reason }),
      clearNotApplicable: (id: string) => act({ type: 'not-applicable-cleared', id }),
      setNote: (id: string, note: string) => act({ type: 'note-changed', id, note }),
      reset: () => act({ type: 'progress-reset' }),
      undoLast: () => dispatch({ type: 'undone', at: Date.now() }),
      setHideDone: (hide: boolean) => dispatch({ type: 'hide-done-set', hide }),
      loadShare: () => {
        if (!hasShareOffer) return;
        dispatch({ type: 'share-accepted', at: Date.now() });
        clearFragment();
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
        dispatch({ type: 'file-read', file: file.name, read, at: Date.now() });
      },
      dismiss,
      announce: (text: string) => dispatch({ type: 'announced', text }),
    };
  }, [model.id, hasShareOffer]);

  return {
    items,
    hydrated: view.loaded,
    counts,
    hideDone: view.hideDone,
    hiddenIds: view.hiddenIds,
    message: view.announcement,
    notices: view.notices,
    undo: view.undo,
    actions,
  };
}
