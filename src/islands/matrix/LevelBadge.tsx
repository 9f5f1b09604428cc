import type { LevelTerm } from '../../lib/matrix/types.ts';
import styles from './LevelBadge.module.css';

interface Props {
  term: LevelTerm;
  /** The cell's words after the level's label ("Redis"). */
  detail?: string | undefined;
}

/** A cell level as the site shows it everywhere: the symbol (hidden from screen readers) beside its word. */
export function LevelBadge({ term, detail }: Props) {
  return (
    <span className={styles.badge} data-level={term.id}>
      {term.symbol && <span aria-hidden="true">{term.symbol}</span>}
      <span className={styles.badgeText}>
        <span className={styles.badgeLabel}>{term.label}</span>
        {detail && `: ${detail}`}
      </span>
    </span>
  );
}
