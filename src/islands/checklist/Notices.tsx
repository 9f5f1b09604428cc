import { describeChanges } from '../../lib/checklist/announce.ts';
import { exportFileName } from '../../lib/checklist/format.ts';
import { countItems, type Progress } from '../../lib/checklist/state.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import { downloadText } from '../shared/browser.ts';
import styles from './Checklist.module.css';
import type { Notice, NoticeKind } from '../../lib/checklist/notices.ts';

interface Props {
  notices: readonly Notice[];
  checklistId: string;
  /** The reader's own progress, for "loading replaces 3 ticks, 2 N/A marks and 1 note". */
  own: Progress;
  /** Whether a load (share link, import) can still be undone. */
  canUndoLoad: boolean;
  onDismiss: (kind: NoticeKind) => void;
  onLoadShare: () => void;
  onKeepOwn: () => void;
  onUndo: () => void;
}

/** What a progress map holds: ticks, N/A marks (and how many give a reason), notes. */
function recordedCounts(items: Progress) {
  const ids = Object.keys(items);
  const counts = countItems(ids, items);
  const values = Object.values(items);
  const notes = values.filter((i) => i.note?.trim()).length;
  const reasons = values.filter((i) => i.status === 'na' && i.reason?.trim()).length;
  return { ...counts, notes, reasons };
}

/** The notices of a checklist: storage trouble, content changes, a shared link's offer, imports. */
export function Notices({
  notices,
  checklistId,
  own,
  canUndoLoad,
  onDismiss,
  onLoadShare,
  onKeepOwn,
  onUndo,
}: Props) {
  const n = checklistStrings.notices;
  const dismiss = (kind: NoticeKind) => (
    <button type="button" className={styles.button} onClick={() => onDismiss(kind)}>
      {n.dismiss}
    </button>
  );
  const undoLoad = canUndoLoad && (
    <>
      <button type="button" className={styles.button} onClick={onUndo}>
        {n.undoLoad}
      </button>{' '}
    </>
  );
  return (
    <div role="status" className={styles.notices} data-pagefind-ignore="all">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'unavailable':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.unavailableTitle}.</strong>{' '}
                  {notice.how === 'read' ? n.unreadableStorage : n.unavailable}
                </p>
                {dismiss(notice.kind)}
              </div>
            );
          case 'unreadable':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.unreadableTitle}.</strong>{' '}
                  {notice.key === undefined
                    ? n.unreadableNotKept(notice.problem)
                    : n.unreadable(notice.problem, notice.key)}
                </p>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() =>
                    downloadText(
                      exportFileName(`${checklistId}-unreadable`, 'json', new Date()),
                      notice.raw,
                      'application/json',
                    )
                  }
                >
                  {n.downloadUnreadable}
                </button>{' '}
                {dismiss(notice.kind)}
              </div>
            );
          case 'changed':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.changedTitle}.</strong>
                </p>
                {describeChanges(notice.changes).map((sentence) => (
                  <p key={sentence}>{sentence}</p>
                ))}
                {dismiss(notice.kind)}
              </div>
            );
          case 'share': {
            const shared = recordedCounts(notice.items);
            const unknown = notice.changes.removed.length;
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.shareTitle}.</strong>{' '}
                  {n.shareOffer(shared.done, shared.notApplicable, shared.notes)}{' '}
                  {n.shareReplaces(recordedCounts(own))}
                </p>
                {unknown > 0 && <p>{n.shareUnknown(unknown)}</p>}
                {notice.ignoredNote && <p>{notice.ignoredNote}</p>}
                <button type="button" className={styles.button} onClick={onLoadShare}>
                  {n.shareLoad}
                </button>{' '}
                <button type="button" className={styles.button} onClick={onKeepOwn}>
                  {n.shareKeep}
                </button>
              </div>
            );
          }
          case 'loaded':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.loadedTitle}.</strong> {canUndoLoad && n.loadedUndoable}
                </p>
                {undoLoad}
                {dismiss(notice.kind)}
              </div>
            );
          case 'imported':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.importedTitle}.</strong> {n.imported(notice.file, notice.done)}{' '}
                  {canUndoLoad && n.loadedUndoable}
                </p>
                {notice.changes &&
                  describeChanges(notice.changes).map((sentence) => (
                    <p key={sentence}>{sentence}</p>
                  ))}
                {undoLoad}
                {dismiss(notice.kind)}
              </div>
            );
          case 'shortened':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>
                  <strong>{n.shortenedTitle}.</strong> {n.shortened(notice.source, notice.cut)}
                </p>
                {dismiss(notice.kind)}
              </div>
            );
          case 'import-failed':
            return (
              <div key={notice.kind} className={styles.notice} data-notice={notice.kind}>
                <p>{n.importFailed(notice.file, notice.problem)}</p>
                {dismiss(notice.kind)}
              </div>
            );
          default:
            return notice satisfies never;
        }
      })}
    </div>
  );
}
