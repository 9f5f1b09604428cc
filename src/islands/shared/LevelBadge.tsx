interface Props {
  /** The level value (`must`, `partial`, `P0`, `essential`), also used for the colour. */
  level: string;
  /** The level's words from the vocabulary; without them the value itself is shown. */
  words?: { label: string; symbol?: string | undefined } | undefined;
  /** Words after the label, such as a matrix cell's text ("Basic"). */
  detail?: string | undefined;
}

/**
 * A level as the site shows it everywhere (src/styles/badges.css): the symbol, hidden from screen
 * readers, beside its words, never a symbol alone. Islands render it; `components/LevelBadge.astro`
 * renders it on the server with no JavaScript.
 */
export function LevelBadge({ level, words, detail }: Props) {
  return (
    <span className="level-badge" data-level={level}>
      {words?.symbol && <span aria-hidden="true">{words.symbol}</span>}
      <span className="level-badge-text">
        <span className="level-badge-label">{words?.label ?? level}</span>
        {detail && `: ${detail}`}
      </span>
    </span>
  );
}
