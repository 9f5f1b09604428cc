import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Counts, Progress } from '../../lib/checklist/state.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import styles from './Checklist.module.css';

interface Props {
  counts: Counts;
  items: Progress;
  hideDone: boolean;
  canUndo: boolean;
  /** Whether the Print button is offered (full checklist pages). */
  printable: boolean;
  onHideDone: (hide: boolean) => void;
  onReset: () => void;
  onUndo: () => void;
}

/** "Hide done", Print, and Reset with its confirmation and undo. */
export function Toolbar({
  counts,
  items,
  hideDone,
  canUndo,
  printable,
  onHideDone,
  onReset,
  onUndo,
}: Props) {
  const t = checklistStrings.tools;
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'cancel' | 'reset' | 'undo' | undefined>();

  // Focus follows the control that replaced the one just used, so keyboard users stay in place.
  useEffect(() => {
    const target = { cancel: cancelButton, reset: resetButton, undo: undoButton }[
      focusAfter ?? 'reset'
    ];
    if (focusAfter !== undefined) target.current?.focus();
    setFocusAfter(undefined);
  }, [focusAfter]);

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setConfirming(false);
    setFocusAfter('reset');
  };

  const entries = Object.values(items);
  const notes = entries.filter((i) => i.note?.trim()).length;
  const nothingToReset = entries.length === 0;

  return (
    <div className={styles.toolbar} data-pagefind-ignore="all">
      <div className={styles.controls}>
        <label className={styles.choice}>
          <input
            type="checkbox"
            checked={hideDone}
            onChange={(event) => onHideDone(event.currentTarget.checked)}
          />
          {t.hideDone}
        </label>
        {printable && (
          <button type="button" className={styles.button} onClick={() => window.print()}>
            {t.print}
          </button>
        )}
        {!confirming && (
          <button
            type="button"
            ref={resetButton}
            className={styles.button}
            disabled={nothingToReset}
            onClick={() => {
              setConfirming(true);
              setFocusAfter('cancel');
            }}
          >
            {t.reset}
          </button>
        )}
        {canUndo && !confirming && (
          <button
            type="button"
            ref={undoButton}
            className={styles.button}
            onClick={() => {
              onUndo();
              setFocusAfter('reset');
            }}
          >
            {t.undo}
          </button>
        )}
      </div>
      {confirming && (
        <div className={styles.confirm} role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t.resetQuestion(counts.done, counts.notApplicable, notes)}</p>
          <button
            type="button"
            className={`${styles.button} ${styles.danger}`}
            onKeyDown={cancelOnEscape}
            onClick={() => {
              onReset();
              setConfirming(false);
              setFocusAfter('undo');
            }}
          >
            {t.resetConfirm}
          </button>
          <button
            type="button"
            ref={cancelButton}
            className={styles.button}
            onKeyDown={cancelOnEscape}
            onClick={() => {
              setConfirming(false);
              setFocusAfter('reset');
            }}
          >
            {t.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
