// Astro's <meta> policy lists, on every page, the hashes of every inline script and style the
// whole build knows of: each client directive, its island runtime (production and development
// copies), every stylesheet file (which 'self' already allows) and every page's inline styles.
// About 30 hashes of 45 incompressible characters each: a kilobyte of gzip on each page.
// A hash only matters for an inline element of its page, so each page keeps just those: the
// policy stays as strict (stricter) and allows everything the page runs.
import { createHash } from 'node:crypto';

/** Inline <script> and <style> elements (no src): what a page's hashes must allow. */
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const META_CONTENT = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const HASH_SOURCE = /^'sha(?:256|384|512)-[^']*'$/;

function quotedHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The quoted sha256 hashes of a page's inline scripts and styles. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE_ELEMENT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(quotedHash(text));
  }
  return hashes;
}

/**
 * The page with its <meta> policy's hash sources cut to those of its own inline elements; other
 * sources ('self', 'wasm-unsafe-eval', …) and directives are kept as they are.
 */
export function keepPageHashes(html: string): string {
  const used = inlineHashes(html);
  return html.replace(META_CONTENT, (_match, open: string, content: string, close: string) => {
    // A quote may come HTML-escaped (&#39;), whose ';' is not a directive's end.
    const kept = content
      .replaceAll('&#39;', "'")
      .split(';')
      .map((part) =>
        part
          .trim()
          .split(/\s+/)
          .filter((source) => !HASH_SOURCE.test(source) || used.has(source))
          .join(' '),
      )
      .filter(Boolean)
      .join(';');
    return `${open}${kept}${close}`;
  });
}
