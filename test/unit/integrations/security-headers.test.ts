import { describe, expect, test } from 'vitest';
import {
  POLICY_DIRECTIVES,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  formatPolicy,
  headersFile,
  readMetaPolicy,
  unitePolicies,
} from '../../../src/integrations/security-headers.ts';

const meta = (content: string) =>
  `<head><meta http-equiv="content-security-policy" content="${content}"></head>`;

describe('the policy given to Astro', () => {
  test('is strict: no unsafe-inline or unsafe-eval, wasm only for Pagefind', () => {
    const all = [...POLICY_DIRECTIVES, ...SCRIPT_SOURCES, ...STYLE_SOURCES].join(' ');
    expect(all).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(SCRIPT_SOURCES).toContain("'wasm-unsafe-eval'");
    expect(POLICY_DIRECTIVES).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
  });
});

describe('the header policy built from the pages’ <meta> policies', () => {
  test('reads a page’s directives, with HTML-escaped quotes', () => {
    const policy = readMetaPolicy(meta("default-src &#39;self&#39;; script-src 'self' 'sha256-a'"));
    expect(policy && Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'sha256-a'"],
    });
    expect(readMetaPolicy('<head></head>')).toBeUndefined();
  });

  test('allows every hash of every page, each once, so one header holds for all pages', () => {
    const a = readMetaPolicy(meta("script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'"));
    const b = readMetaPolicy(meta("script-src 'self' 'sha256-b' 'sha256-a'"));
    if (!a || !b) throw new Error('policies not read');
    expect(formatPolicy(unitePolicies([a, b]))).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'",
    );
  });

  test('writes _headers for the base: the policy with frame-ancestors, the other headers, a year of cache for /_astro/', () => {
    const page = readMetaPolicy(meta("default-src 'self'; script-src 'self' 'sha256-a'"));
    if (!page) throw new Error('policy not read');
    const file = headersFile('/guide/', [page]);
    const lines = file.split('\n');
    expect(lines).toContain('/guide/*');
    expect(lines).toContain(
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'",
    );
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toMatch(/^ {2}Referrer-Policy: \S+/m);
    expect(file).toMatch(/^ {2}Permissions-Policy: .*\bcamera=\(\).*\bmicrophone=\(\)/m);
    expect(file).toMatch(
      /^\/guide\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m,
    );
  });
});
