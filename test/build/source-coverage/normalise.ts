// Normalisation shared by the source guide and the built site (source-coverage.test.ts).
// It removes presentation only, never words: emoji, markdown marks, typographic variants of
// quotes and dashes, spacing and letter case. Block boundaries survive as "\n" so that one
// fragment of text can never be matched across two separate blocks of a page.

/** Emoji and their invisible companions (variation selectors, joiners, keycaps, skin tones). */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** `[Text](target)` → Text (an image `![alt](src)` → alt). */
const MD_LINK = /!?\[([^\]]*)\]\(([^)\s]*)\)/g;

/** Removes emoji (✅ ⚠️ ❌ 🔮 💡 …): on the site they are badges or decorations. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '');
}

/** The emoji symbols of a text (variation selectors dropped), in order: `⚠️ Basic` → ['⚠']. */
export function emojiOf(text: string): string[] {
  return [...text.replace(/[\u{FE0E}\u{FE0F}]/gu, '').matchAll(/\p{Extended_Pictographic}/gu)].map(
    (m) => m[0],
  );
}

/** Markdown marks that are presentation: `**bold**`, `` `code` `` and link syntax. */
export function stripMarkdown(text: string): string {
  return text.replace(MD_LINK, '$1').replace(/\*\*/g, '').replace(/`/g, '');
}

/**
 * The comparable form of a text: markdown marks and emoji removed, quotes, apostrophes and dashes
 * unified, spacing collapsed (inside a block) and tidied around punctuation, lowercased. Line
 * breaks mark block boundaries and are kept, one per boundary.
 */
export function normalise(text: string): string {
  return (
    stripEmoji(stripMarkdown(text))
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
      .replace(/\u2026/g, '...')
      // Spacing: non-breaking and other spaces are spaces; runs collapse; blocks stay apart.
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n')
      // Space that inline markup leaves before closing punctuation or after an opening bracket
      // ("POC : Only", "Priorities , Status", "( x") is layout, not text.
      .replace(/ +([,.;:!?)\]])/g, '$1')
      .replace(/([([]) +/g, '$1')
      .trim()
      .toLowerCase()
  );
}

/** Separators at the edges of a fragment of an item: spaces, colons, commas, a spaced dash. */
export function trimSeparators(text: string): string {
  return text.replace(/^(?:[\s:;,]|[-](?=\s|$))+/, '').replace(/(?:[\s:;,]|(?<=\s|^)[-])+$/, '');
}

/** True when the text holds a letter or a digit (a fragment worth looking for). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression source that matches `text` as whole words: it may not start or end in the
 * middle of a word of the haystack ("no" does not match inside "now").
 */
export function wholeWords(text: string): string {
  const before = /^[\p{L}\p{N}]/u.test(text) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(text) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${escapeRegExp(text)}${after}`;
}
