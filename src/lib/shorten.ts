/** The longest key or value shown in a note; longer ones are cut with "...". */
export const MAX_SHOWN_TEXT = 40;

/**
 * Text cut to `max` characters (whole code points), "..." marking the cut. Its own module so the
 * saved-progress reader (checklists page) does not load url-state.ts's link parsing with it.
 */
export function shorten(text: string, max = MAX_SHOWN_TEXT): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 3).join('')}...` : text;
}
