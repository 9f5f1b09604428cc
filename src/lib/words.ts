/**
 * The small word helpers every strings module uses, so plurals, lists and quotes read the same
 * across the site.
 */

/** "1 item", "3 items". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What goes before the `index`th of `count` list items: '', ', ' or ' and ' ("a, b and c").
 * Items that hold commas themselves take `separator` '; ' ("a; b and c").
 */
export function listSeparator(index: number, count: number, separator = ', '): string {
  if (index === 0) return '';
  return index === count - 1 ? ' and ' : separator;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** A count as running text writes it: "four" up to ten, digits above. */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "a", "a and b", "a, b and c" (or "a; b and c" with `separator` '; '). */
export function listWords(words: readonly string[], separator = ', '): string {
  return words.map((word, i) => `${listSeparator(i, words.length, separator)}${word}`).join('');
}

/** Text that starts a sentence: its first letter upper-case ("Three ways in"). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** “words” in curly quotes, for the reader's own words and the guide's. */
export function quoted(text: string): string {
  return `“${text}”`;
}
