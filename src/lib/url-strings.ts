/**
 * The words every widget uses about its link (url-state.ts): the note shown when parts of a link
 * were ignored. Apart from `ui` so an island that reads its link carries only these.
 */
import { plural } from './words.ts';

export const urlStrings = {
  ignored: {
    unknown: (key: string) => `"${key}" (not a setting of this page)`,
    invalid: (key: string, value: string) => `"${key}=${value}" (not a valid value)`,
    repeated: (key: string) => `a second "${key}"`,
    notListed: (n: number) => `${plural(n, 'more part', 'more parts')} not listed here`,
    /** The note; `parts` are the entries above, in the order of the link. */
    note: (parts: readonly string[]) =>
      `Part of this link could not be used and was ignored: ${parts.join(', ')}. Everything else is shown as the link asked.`,
  },
} as const;
