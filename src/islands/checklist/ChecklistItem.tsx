import { useId } from 'react';
import { plainText } from '../../lib/inline.ts';
import { searchAnchor } from '../../lib/search/anchors.ts';
import type { ChecklistItemModel } from '../../lib/checklist/model.ts';
import {
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  type ItemProgress,
} from '../../lib/checklist/state.ts';
import { checklistStrings } from '../../lib/checklist/strings.ts';
import styles from './Checklist.module.css';
import { InlineText } from './InlineText.tsx';

interface Props {
  item: ChecklistItemModel;
  progress: ItemProgress;
  /** Prefix of the item's anchor and checkbox name: `<scope>--<item id>` (search links to it). */
  scope: string;
  /** The heading search shows above the item when it lands on the item's anchor. */
  sectionTitle: string;
  /**
   * False until the island has loaded progress: tools hidden. The checkbox stays enabled so that
   * the reader can use it before the island hydrates (client:interact replays that first click).
   */
  interactive: boolean;
  onTick: (id: string, done: boolean) => void;
  onMarkNotApplicable: (id: string, reason: string) => void;
  onClearNotApplicable: (id: string) => void;
  onNote: (id: string, note: string) => void;
}

/** One item: its checkbox, its printed box, its N/A reason and note, and (with JS) its tools. */
export function ChecklistItem({
  item,
  progress,
  scope,
  sectionTitle,
  interactive,
  onTick,
  onMarkNotApplicable,
  onClearNotApplicable,
  onNote,
}: Props) {
  const uid = useId();
  const s = checklistStrings.item;
  const na = progress.status === 'na';
  const reason = progress.reason?.trim();
  const note = progress.note?.trim();
  const box =
    progress.status === 'done'
      ? checklistStrings.print.boxDone
      : na
        ? checklistStrings.print.boxNotApplicable
        : '';
  return (
    <li
      id={`${scope}--${item.id}`}
      className={styles.item}
      data-status={progress.status}
      {...searchAnchor(sectionTitle, item.text)}
    >
      <label className={styles.label}>
        <input
          type="checkbox"
          name={`${scope}--${item.id}`}
          className={styles.checkbox}
          checked={progress.status === 'done'}
          disabled={na}
          onChange={(event) => onTick(item.id, event.currentTarget.checked)}
        />
        <span className={styles.printBox} aria-hidden="true">
          {box}
        </span>
        <span className={styles.text}>
          <InlineText text={item.text} />
        </span>
      </label>
      {na && (
        <p className={styles.itemNote}>
          <strong>{s.notApplicable}</strong>
          {reason ? `: ${reason}` : ''}
        </p>
      )}
      {note && (
        <p className={styles.itemNote}>
          <strong>{s.note}:</strong> {note}
        </p>
      )}
      {interactive && (
        <details className={styles.itemTools} data-pagefind-ignore="all">
          <summary>
            {s.details}
            <span className="sr-only"> {s.detailsFor(plainText(item.text))}</span>
          </summary>
          <div className={styles.itemToolsBody}>
            <label className={styles.choice}>
              <input
                type="checkbox"
                checked={na}
                onChange={(event) =>
                  event.currentTarget.checked
                    ? onMarkNotApplicable(item.id, progress.reason ?? '')
                    : onClearNotApplicable(item.id)
                }
              />
              {s.markNotApplicable}
            </label>
            {na && (
              <label className={styles.field} htmlFor={`${uid}-reason`}>
                {s.reason}
                <input
                  id={`${uid}-reason`}
                  type="text"
                  maxLength={MAX_REASON_LENGTH}
                  value={progress.reason ?? ''}
                  onChange={(event) => onMarkNotApplicable(item.id, event.currentTarget.value)}
                />
              </label>
            )}
            <label className={styles.field} htmlFor={`${uid}-note`}>
              {s.noteField}
              <textarea
                id={`${uid}-note`}
                rows={2}
                maxLength={MAX_NOTE_LENGTH}
                value={progress.note ?? ''}
                onChange={(event) => onNote(item.id, event.currentTarget.value)}
              />
            </label>
          </div>
        </details>
      )}
    </li>
  );
}
