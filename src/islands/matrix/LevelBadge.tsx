import type { LevelTerm } from '../../lib/matrix/types.ts';

interface Props {
  term: LevelTerm;
  /** The cell's words after the level's label ("Redis"). */
  detail?: string | undefined;
}

/** A cell level as the site shows it everywhere (src/styles/badges.css): the symbol, hidden from screen readers, beside its word. */
export function LevelBadge({ term, detail }: Props) {
  return (
    <span className="level-badge" data-level={term.id}>
      {term.symbol && <span aria-hidden="true">{term.symbol}</span>}
      <span className="level-badge-text">
        <span className="level-badge-label">{term.label}</span>
        {detail && `: ${detail}`}
      </span>
    </span>
  );
}
