/**
 * The keyboard shortcut that opens search from any page. The header's loader imports only this
 * file, so it stays tiny.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+K, or ⌘K on Apple keyboards. A shortcut with a modifier never fires while the reader
 * types (WCAG 2.1.4 concerns single-character shortcuts such as "/", which the site avoids).
 */
export function isSearchShortcut(event: KeyLike): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'k'
  );
}

/** The shortcut as the header shows it; Apple platforms name the Command key. */
export function shortcutLabel(isApple: boolean): string {
  return isApple ? '⌘ K' : 'Ctrl K';
}

/** The shortcut for `aria-keyshortcuts`. */
export const ARIA_KEYSHORTCUTS = 'Control+K Meta+K';

/** Whether a platform string (navigator.platform or userAgentData.platform) is Apple's. */
export function isApplePlatform(platform: string | undefined): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform ?? '');
}
