/**
 * How the arrow keys move through the results while focus stays in the search field (the ARIA
 * combobox pattern with aria-activedescendant).
 */

/**
 * The option that becomes active after a key, with -1 for "none" (focus on the text only).
 * Down from none goes to the first option and stops at the last; Up from the first returns to
 * none, and Up from none goes to the last. Other keys, or no options, change nothing.
 */
export function nextActive(current: number, key: string, count: number): number {
  if (count <= 0) return -1;
  const at = current >= count ? count - 1 : current;
  switch (key) {
    case 'ArrowDown':
      return at < 0 ? 0 : Math.min(at + 1, count - 1);
    case 'ArrowUp':
      return at < 0 ? count - 1 : at - 1;
    default:
      return at;
  }
}
