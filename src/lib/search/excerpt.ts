/**
 * Pagefind's excerpts are HTML: the page's words with entities encoded and the matched words in
 * `<mark>`. The UI renders them as text nodes and `<mark>` elements built from these parts, so no
 * markup from the index ever reaches `innerHTML`.
 */

export interface ExcerptPart {
  text: string;
  /** Whether the part is a matched word (shown highlighted). */
  mark: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes the entities Pagefind writes (named and numeric); unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#')) {
      const hex = code[1] === 'x' || code[1] === 'X';
      const point = Number.parseInt(code.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff
        ? String.fromCodePoint(point)
        : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain and marked parts. Any other tag is dropped; an unclosed `<mark>`
 * marks the rest. Adjacent parts of the same kind are joined.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?[a-z][^>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)/i.exec(piece);
    if (tag) {
      if (tag[2]?.toLowerCase() === 'mark') mark = tag[1] !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
