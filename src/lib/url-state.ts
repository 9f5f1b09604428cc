/**
 * Reading a widget's state from a URL query, where a reader or a colleague may have typed or
 * truncated anything. Known parameters with valid values are kept; everything else is ignored
 * and reported, so the page can say what it ignored instead of breaking.
 */

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

/**
 * Parses `search` ("?a=1&b=2" or "a=1&b=2") against `spec`. A key that appears twice keeps its
 * first valid value. Keys in `passThrough` (used by other parts of the page) are neither accepted
 * nor reported.
 */
export function parseQuery(
  search: string,
  spec: Record<string, ParamSpec>,
  passThrough: readonly string[] = [],
): ParsedQuery {
  const accepted = new Map<string, string>();
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (passThrough.includes(key)) continue;
    const accepts = spec[key];
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

/** The sentence a page shows when it ignored parts of its link; empty when nothing was ignored. */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const parts = ignored.map((p) => {
    const shown = p.value.length > 40 ? `${p.value.slice(0, 37)}...` : p.value;
    switch (p.reason) {
      case 'unknown-parameter':
        return `"${p.key}" (not a setting of this page)`;
      case 'invalid-value':
        return `"${p.key}=${shown}" (not a valid value)`;
      case 'repeated':
        return `a second "${p.key}"`;
      default:
        return p.reason satisfies never;
    }
  });
  return `Part of this link could not be used and was ignored: ${parts.join(', ')}. Everything else is shown as the link asked.`;
}
