import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineHashes, keepPageHashes } from '../../../src/integrations/page-hashes.ts';
import { readMetaPolicy } from '../../../src/integrations/security-headers.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'console.log(1)';
const STYLE = 'p{color:red}';
const OTHER = hash('code of another page');

function page(policy: string, body: string): string {
  return `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
}

describe('keepPageHashes', () => {
  test('keeps the hashes of the page’s inline scripts and styles, drops the others', () => {
    const html = page(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)} ${OTHER};style-src 'self' ${OTHER} ${hash(STYLE)}`,
      `<script>${SCRIPT}</script><style>${STYLE}</style>`,
    );
    const policy = readMetaPolicy(keepPageHashes(html));
    expect(policy && Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", hash(SCRIPT)],
      'style-src': ["'self'", hash(STYLE)],
    });
  });

  test('reads HTML-escaped quotes around a hash', () => {
    const escaped = hash(SCRIPT).replaceAll("'", '&#39;');
    const html = page(
      `script-src 'self' ${escaped} ${OTHER.replaceAll("'", '&#39;')}`,
      `<script>${SCRIPT}</script>`,
    );
    expect(readMetaPolicy(keepPageHashes(html))?.get('script-src')).toEqual([
      "'self'",
      hash(SCRIPT),
    ]);
  });

  test('a script with src needs no hash; an empty inline script is hashed as empty', () => {
    expect(inlineHashes('<script type="module" src="/a.js"></script>')).toEqual(new Set());
    expect(inlineHashes('<script></script>')).toEqual(new Set([hash('')]));
  });

  test('a page without a policy is left as it is', () => {
    const html = `<head></head><body><script>${SCRIPT}</script></body>`;
    expect(keepPageHashes(html)).toBe(html);
  });
});
