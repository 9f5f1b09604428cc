import { replaceUrl } from '../shared/browser.ts';
import { withOwnParams } from '../../lib/decide/url.ts';

/**
 * Writes a tool's own keys into the address bar without a new history entry, keeping every other
 * key (the quiz's answers, the other tool's keys) and the fragment as they are.
 */
export function writeOwnParams(entries: readonly (readonly [string, string | undefined])[]): void {
  replaceUrl(withOwnParams(window.location.search, entries));
}
