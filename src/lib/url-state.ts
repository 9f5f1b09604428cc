/**
 * Reading a widget's state from a URL query, where a reader or a colleague may have typed or
 * truncated anything. Known parameters with valid values are kept; everything else is ignored
 * and reported, so the page can say what it ignored instead of breaking.
 *
 * Keys are looked up as own properties only: a key named like a built-in member of every object
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, …) is an unknown key like any other,
 * never a function found on the prototype.
 */
import { shorten } from './shorten.ts';
import { urlStrings } from './url-strings.ts';

/** A parameter that was ignored, and why, for the visible note. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: 'unknown-parameter' | 'invalid-value' | 'repeated';
}

/** How one parameter is read: the values it accepts. */
export type ParamSpec = (value: string) => boolean;

/** The accepted values by key, and what was ignored. */
export interface ParsedQuery {
  accepted: Map<string, string>;
  ignored: IgnoredParam[];
}

/** The spec's reader of `key`, found among its own entries only. */
export function ownSpec(
  spec: Readonly<Record<string, ParamSpec>> | ReadonlyMap<string, ParamSpec>,
  key: string,
): ParamSpec | undefined {
  if (spec instanceof Map) return (spec as ReadonlyMap<string, ParamSpec>).get(key);
  const record = spec as Readonly<Record<string, ParamSpec>>;
  if (!Object.hasOwn(record, key)) return undefined;
  const accepts = record[key];
  return typeof accepts === 'function' ? accepts : undefined;
}

/**
 * Parses `search` ("?a=1&b=2" or "a=1&b=2") against `spec`. A key that appears twice keeps its
 * first valid value. Keys in `passThrough` (used by other parts of the page) are neither accepted
 * nor reported. Never throws.
 */
export function parseQuery(
  search: string,
  spec: Readonly<Record<string, ParamSpec>> | ReadonlyMap<string, ParamSpec>,
  passThrough: readonly string[] = [],
): ParsedQuery {
  const accepted = new Map<string, string>();
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (passThrough.includes(key)) continue;
    const accepts = ownSpec(spec, key);
    if (accepts === undefined) {
      ignored.push({ key, value, reason: 'unknown-parameter' });
    } else if (!accepts(value)) {
      ignored.push({ key, value, reason: 'invalid-value' });
    } else if (accepted.has(key)) {
      ignored.push({ key, value, reason: 'repeated' });
    } else {
      accepted.set(key, value);
    }
  }
  return { accepted, ignored };
}

/** Writes entries as a query string in the given order, leaving out empty values. */
export function formatQuery(entries: readonly (readonly [string, string | undefined])[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value !== undefined && value !== '') params.append(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** How many ignored parts the note names; the rest are counted. */
export const MAX_NAMED_IGNORED = 12;
export { MAX_SHOWN_TEXT, shorten } from './shorten.ts';

/**
 * The sentence a page shows when it ignored parts of its link; empty when nothing was ignored.
 * It names at most `MAX_NAMED_IGNORED` parts, each shortened, and counts the rest, so a link with
 * thousands of keys still gets a short note.
 */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const t = urlStrings.ignored;
  const parts = ignored.slice(0, MAX_NAMED_IGNORED).map((p) => {
    const key = shorten(p.key);
    switch (p.reason) {
      case 'unknown-parameter':
        return t.unknown(key);
      case 'invalid-value':
        return t.invalid(key, shorten(p.value));
      case 'repeated':
        return t.repeated(key);
      default:
        return p.reason satisfies never;
    }
  });
  const rest = ignored.length - parts.length;
  if (rest > 0) parts.push(t.notListed(rest));
  return t.note(parts);
}
