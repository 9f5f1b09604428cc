import type { Counts } from '../../lib/checklist/state.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import styles from './Checklist.module.css';

/** "7 of 29 done · 1 not applicable" and the last thing that happened, in one polite live region. */
export function ProgressStatus({ counts, message }: { counts: Counts; message: string }) {
  return (
    <div className={styles.statusBlock} data-pagefind-ignore="all">
      <div role="status" aria-atomic="true" className={styles.status}>
        <p className={styles.count}>
          <strong>{checklistStrings.doneOf(counts.done, counts.applicable)}</strong>
          {counts.notApplicable > 0 && (
            <> · {checklistStrings.notApplicableCount(counts.notApplicable)}</>
          )}
          {counts.applicable > 0 && counts.done === counts.applicable && (
            <> · {checklistStrings.allDone}</>
          )}
        </p>
        {message && <p className={styles.message}>{message}</p>}
      </div>
      <progress
        className={styles.bar}
        max={Math.max(counts.applicable, 1)}
        value={counts.done}
        aria-hidden="true"
      />
    </div>
  );
}
