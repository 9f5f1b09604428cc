import { useId, useState } from 'react';
import { copyText } from '../shared/browser.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';
import styles from './StageQuiz.module.css';

interface Props {
  /** The link that reproduces the result; empty until the URL has been read. */
  shareHref: string;
  onStartOver: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copy link and Start over, with what copying did in words; on paper, the link itself. */
export function QuizActions({ shareHref, onStartOver }: Props) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const fieldId = useId();
  const copyLink = () => {
    // The Clipboard API needs a secure context; where it is missing or refused, show the link.
    void copyText(shareHref).then((copied) => setCopy(copied ? 'copied' : 'failed'));
  };
  return (
    <div className={styles.actions}>
      <div className={`${styles.buttons} no-print`} role="group" aria-label={t.actionsLabel}>
        <button type="button" className={styles.button} onClick={copyLink} disabled={!shareHref}>
          {t.copyLink}
        </button>
        <button type="button" className={styles.button} onClick={onStartOver}>
          {t.startOver}
        </button>
      </div>
      <div role="status" className="no-print">
        {copy === 'copied' && <p>{t.copied}</p>}
        {copy === 'failed' && <p>{t.copyFailed}</p>}
      </div>
      {copy === 'failed' && (
        <p className={`${styles.field} ${styles.shareField} no-print`}>
          <label htmlFor={fieldId}>{t.shareLabel}</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={shareHref}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      {shareHref && (
        <p className="print-only">
          {t.printedFrom} {shareHref}
        </p>
      )}
    </div>
  );
}
