/** A run of text, strong or not, from the guide's one inline mark `**strong**`. */
export interface InlineSegment {
  text: string;
  strong: boolean;
}

/**
 * Splits text on the guide's `**strong**` mark. An unmatched `**` is kept as plain text rather
 * than swallowing the rest of the item.
 */
export function parseInline(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('**');
    const close = open === -1 ? -1 : rest.indexOf('**', open + 2);
    if (open === -1 || close === -1) {
      segments.push({ text: rest, strong: false });
      break;
    }
    if (open > 0) segments.push({ text: rest.slice(0, open), strong: false });
    segments.push({ text: rest.slice(open + 2, close), strong: true });
    rest = rest.slice(close + 2);
  }
  return segments.filter((s) => s.text.length > 0);
}

/** The text without its marks, for titles, search metadata and plain-text exports. */
export function plainText(text: string): string {
  return parseInline(text)
    .map((s) => s.text)
    .join('');
}

/**
 * Splits `text` around the first occurrence of `phrase`, so the phrase can become a link where
 * the source's sentence links it ("See POC Priorities for …"). Without the phrase, the whole text
 * comes back as `before`.
 */
export function splitAround(
  text: string,
  phrase: string,
): { before: string; phrase: string | undefined; after: string } {
  const at = text.indexOf(phrase);
  if (at === -1) return { before: text, phrase: undefined, after: '' };
  return { before: text.slice(0, at), phrase, after: text.slice(at + phrase.length) };
}
