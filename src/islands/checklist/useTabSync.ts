// Saving progress and following other tabs: before every write the stored record is read and
// merged item by item (src/lib/checklist/sync.ts), and another tab's write is merged in when its
// `storage` event arrives. A tab holding newer items than a record it received writes the merge
// back, which repairs writes that raced each other.
import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import type { ChecklistModel } from '../../lib/checklist/model.ts';
import { progressKey, type StorageLike } from '../../lib/checklist/storage.ts';
import { followStored, mergeAndWrite } from '../../lib/checklist/sync-storage.ts';
import type { TrackedAction, TrackedState } from '../../lib/checklist/sync.ts';

export interface TabSync {
  storage: RefObject<StorageLike | undefined>;
  /** False while saving would destroy something (unreadable data not moved aside) or storage refuses. */
  canSave: RefObject<boolean>;
}

/** Writes after reader actions and follows other tabs; `onRefused` says storage stopped working. */
export function useTabSync(
  model: ChecklistModel,
  tracking: boolean,
  hydrated: boolean,
  state: TrackedState,
  hideDone: boolean,
  /** Takes another copy's newer items into the tab's state. */
  dispatch: Dispatch<Extract<TrackedAction, { type: 'merged' }>>,
  onRefused: (how: 'write' | 'read') => void,
  /**
   * How many reader changes asked for a write; only then is progress written (visiting a page
   * writes nothing). A count in state, not a flag in a ref: an effect of an earlier render still
   * pending when the reader acts (React runs it first) sees its own render's count and writes
   * that render's state, leaving the new request to the render that holds the change. A flag set
   * by the action was taken by that stale effect, which wrote the progress before the change.
   */
  saveRequests: number,
): TabSync {
  const storage = useRef<StorageLike | undefined>(undefined);
  const canSave = useRef(false);
  const written = useRef(0);
  const latest = useRef(state);
  latest.current = state;
  const hideRef = useRef(hideDone);
  hideRef.current = hideDone;

  // Save after every reader action, merged with whatever other tabs wrote meanwhile.
  useEffect(() => {
    if (!hydrated || saveRequests === written.current || !canSave.current) return;
    written.current = saveRequests;
    const { outcome, merged } = mergeAndWrite(storage.current, model, state, hideDone);
    if (outcome !== 'saved') {
      canSave.current = false;
      onRefused(outcome === 'read-refused' ? 'read' : 'write');
      return;
    }
    if (merged !== undefined && merged.fromTheirs.length > 0) {
      dispatch({ type: 'merged', theirs: merged });
    }
  }, [hydrated, model, state, hideDone, dispatch, onRefused, saveRequests]);

  // Another tab wrote this checklist: take its newer items, and write back ours if newer.
  useEffect(() => {
    if (!tracking) return;
    const key = progressKey(model.id);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key || event.newValue === null) return;
      const { merged, outcome } = followStored(
        storage.current,
        model,
        latest.current,
        hideRef.current,
        canSave.current,
      );
      if (merged !== undefined && merged.fromTheirs.length > 0) {
        dispatch({ type: 'merged', theirs: merged });
      }
      if (outcome === 'refused' || outcome === 'read-refused') {
        canSave.current = false;
        onRefused('write');
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [model, tracking, dispatch, onRefused]);

  return { storage, canSave };
}
