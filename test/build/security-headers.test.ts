// The security policy in the built site: every inline script and style of every page is allowed by
// a hash in that page's <meta> policy (so nothing Astro emits is blocked), no page allows
// 'unsafe-inline' or 'unsafe-eval' for scripts, and dist/_headers repeats every page's policy in
// one header that Netlify and Cloudflare Pages accept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages, parsePage } from './dist.ts';
import { readMetaPolicy } from '../../src/integrations/security-headers.ts';

const PAGES = builtPages();
/** Cloudflare Pages reads at most 2,000 characters per line of _headers. */
const CLOUDFLARE_LINE_LIMIT = 2_000;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function metaPolicy(file: string): Map<string, string[]> {
  const policy = readMetaPolicy(readFileSync(file, 'utf8'));
  if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
  return policy;
}

describe('each page’s <meta> policy', () => {
  test('allows every inline script and style of the page by its hash', () => {
    const blocked: string[] = [];
    for (const page of PAGES) {
      const policy = metaPolicy(page.file);
      const doc = parsePage(page);
      const check = (selector: string, directive: string) => {
        for (const element of doc.querySelectorAll(selector)) {
          const text = element.textContent ?? '';
          if (!(policy.get(directive) ?? []).includes(hashOf(text))) {
            blocked.push(`${page.url}: <${element.localName}> ${text.slice(0, 60)}`);
          }
        }
      };
      // A data block (type="application/json": a reading page's checklist props) is never run,
      // so no policy governs it; every script that runs is checked.
      check('script:not([src]):not([type="application/json"])', 'script-src');
      check('style', 'style-src');
      // A style attribute needs 'unsafe-inline' (or hashes with 'unsafe-hashes'): none may exist.
      for (const element of doc.querySelectorAll('[style]')) {
        blocked.push(`${page.url}: style attribute on <${element.localName}>`);
      }
    }
    expect(blocked).toEqual([]);
  });

  test('lists no hash but those of the page’s own inline scripts and styles', () => {
    const unused: string[] = [];
    for (const page of PAGES) {
      const policy = metaPolicy(page.file);
      const doc = parsePage(page);
      const own = new Set(
        [...doc.querySelectorAll('script:not([src]), style')].map((element) =>
          hashOf(element.textContent ?? ''),
        ),
      );
      for (const directive of ['script-src', 'style-src']) {
        for (const source of policy.get(directive) ?? []) {
          if (source.startsWith("'sha") && !own.has(source)) unused.push(`${page.url}: ${source}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });

  test('is strict on every page', () => {
    for (const page of PAGES) {
      const policy = metaPolicy(page.file);
      expect(policy.get('default-src'), page.url).toEqual(["'self'"]);
      expect(policy.get('object-src'), page.url).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page.url).toEqual(["'self'"]);
      expect(policy.get('form-action'), page.url).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, page.url).not.toContain("'unsafe-inline'");
      expect(scripts, page.url).not.toContain("'unsafe-eval'");
      expect((policy.get('style-src') ?? []).includes("'unsafe-inline'"), page.url).toBe(false);
    }
  });
});

describe('dist/_headers', () => {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(text)?.[1] ?? '';

  test('allows, in one header, every source of every page’s policy, and forbids framing', () => {
    const sources = new Set(
      header.split(';').flatMap((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return values.map((value) => `${name} ${value}`);
      }),
    );
    const missing = PAGES.flatMap((page) =>
      [...metaPolicy(page.file)].flatMap(([name, values]) =>
        values.filter((v) => !sources.has(`${name} ${v}`)).map((v) => `${page.url}: ${name} ${v}`),
      ),
    );
    expect(missing).toEqual([]);
    expect(header).toContain("frame-ancestors 'none'");
  });

  test('fits Cloudflare Pages’ line limit', () => {
    const long = text.split('\n').filter((line) => line.length > CLOUDFLARE_LINE_LIMIT);
    expect(long.map((line) => `${line.slice(0, 40)}… (${line.length} characters)`)).toEqual([]);
  });
});
