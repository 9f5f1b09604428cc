/**
 * Fits saved progress (from this browser's storage, a JSON file or a shared link) to the checklist
 * as it is now. Items are matched by id only: a tick stays with its item whatever its position or
 * wording; items added since start open; progress on items that no longer exist is dropped. What
 * changed is returned so the reader can be told.
 */
import { allItems, type ChecklistItemModel, type ChecklistModel } from './model.ts';
import {
  itemProgress,
  keepKnown,
  normaliseItem,
  type ItemProgress,
  type ItemStatus,
  type Progress,
} from './state.ts';

/** An item as saved: its progress and, where known, its words at the time. */
export interface SavedItem extends ItemProgress {
  readonly text?: string;
  /** When the item last changed, in milliseconds (stored records only; see sync.ts). */
  readonly changedAt?: number;
}

/** Progress as saved, before it is fitted to the current content. */
export interface ProgressSnapshot {
  readonly checklistId: string;
  /** The content version it was saved against. */
  readonly contentVersion: string;
  /** Items by id. */
  readonly items: Readonly<Record<string, SavedItem>>;
  /**
   * Whether `items` holds every item the checklist had when saved (stored progress and JSON
   * files do) or only those with progress (shared links): only a complete snapshot can tell
   * which items are new.
   */
  readonly complete: boolean;
}

/** How the content changed between the snapshot and now. */
export interface ContentChanges {
  readonly fromVersion: string;
  readonly toVersion: string;
  /** Items the snapshot did not know: they start open. Empty for incomplete snapshots. */
  readonly added: readonly ChecklistItemModel[];
  /** Items of the snapshot that are gone, with what the reader had recorded on them (dropped). */
  readonly removed: readonly { id: string; text: string | undefined; status: ItemStatus }[];
  /** Items with progress whose words changed: their progress is kept. */
  readonly reworded: readonly { id: string; before: string; after: string }[];
}

/** A saved item, found among the snapshot's own entries only. */
function ownSaved(snapshot: ProgressSnapshot, id: string): SavedItem | undefined {
  return Object.hasOwn(snapshot.items, id) ? snapshot.items[id] : undefined;
}

/** When each current item last changed, as the snapshot says (stored records carry it). */
export function changeTimesOf(
  snapshot: ProgressSnapshot,
  model: ChecklistModel,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of allItems(model)) {
    const time = ownSaved(snapshot, item.id)?.changedAt;
    if (time !== undefined && time > 0) out[item.id] = time;
  }
  return out;
}

/** The snapshot's progress on the current items, and what changed. */
export function reconcile(
  snapshot: ProgressSnapshot,
  model: ChecklistModel,
): { items: Progress; changes: ContentChanges } {
  const current = allItems(model);
  const currentIds = new Set(current.map((item) => item.id));
  const savedIds = Object.keys(snapshot.items);

  const added = snapshot.complete
    ? current.filter((item) => !Object.hasOwn(snapshot.items, item.id))
    : [];
  const removed = savedIds
    .filter((id) => !currentIds.has(id))
    .map((id) => {
      const saved = ownSaved(snapshot, id);
      return { id, text: saved?.text, status: saved?.status ?? 'open' };
    });
  const reworded = current.flatMap((item) => {
    const saved = ownSaved(snapshot, item.id);
    if (saved === undefined || saved.text === undefined || saved.text === item.text) return [];
    if (normaliseItem(saved) === undefined) return [];
    return [{ id: item.id, before: saved.text, after: item.text }];
  });

  const progress: Record<string, ItemProgress> = {};
  for (const [id, saved] of Object.entries(snapshot.items)) {
    progress[id] = {
      status: saved.status,
      ...(saved.reason !== undefined ? { reason: saved.reason } : {}),
      ...(saved.note !== undefined ? { note: saved.note } : {}),
    };
  }
  return {
    items: keepKnown([...currentIds], progress),
    changes: {
      fromVersion: snapshot.contentVersion,
      toVersion: model.contentVersion,
      added,
      removed,
      reworded,
    },
  };
}

/**
 * Whether the reader should be told about the changes: something was added, removed or reworded,
 * and the snapshot held progress that the change could matter to.
 */
export function changesWorthTelling(snapshot: ProgressSnapshot, changes: ContentChanges): boolean {
  const hadProgress = Object.values(snapshot.items).some(
    (item) => normaliseItem(item) !== undefined,
  );
  if (!hadProgress) return false;
  return changes.added.length > 0 || changes.removed.length > 0 || changes.reworded.length > 0;
}

/** The checklist's items with their current words and progress, as a complete snapshot. */
export function snapshotOf(model: ChecklistModel, items: Progress): ProgressSnapshot {
  const out: Record<string, SavedItem> = {};
  for (const item of allItems(model)) {
    const progress = normaliseItem(itemProgress(items, item.id)) ?? { status: 'open' };
    out[item.id] = { text: item.text, ...progress };
  }
  return {
    checklistId: model.id,
    contentVersion: model.contentVersion,
    items: out,
    complete: true,
  };
}
