import { decideStrings } from '../../lib/decide/strings.ts';
import styles from './decide.module.css';

/** The note about parts of the link a tool could not use; nothing when there are none. */
export default function LinkNote({ text }: { text: string }) {
  if (text === '') return null;
  return (
    <p className={styles.linkNote} role="note">
      <strong>{decideStrings.linkNoteLabel}:</strong> {text}
    </p>
  );
}
