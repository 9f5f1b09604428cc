import type { LevelWords } from '../../lib/decide/feature-facts.ts';

interface Props {
  /** The level value (`must`, `partial`, `P0`), also used for the colour. */
  level: string;
  words: LevelWords | undefined;
  /** Words after the label, such as a matrix cell's text ("Basic"). */
  detail?: string | undefined;
}

/** A level's symbol and words, as the site's badges show them: never a symbol alone. */
export default function Badge({ level, words, detail }: Props) {
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
