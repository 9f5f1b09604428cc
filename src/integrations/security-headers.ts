// The site's security policy, written once: `contentSecurityPolicy` is Astro's `security.csp`
// (astro.config.mjs), which puts a <meta> policy with the hashes of that page's own scripts and
// styles in every page; `securityHeaders()` repeats it as a response header in `_headers` (the
// format Netlify and Cloudflare Pages read) when the build is done.
//
// Why generated and not a hand-written public/_headers: a header must hold for every page, but
// the hashes Astro emits differ per page and change with the content. The header's script-src and
// style-src are therefore the union of every page's, read back from the built pages, so the two
// never disagree. A browser enforces both policies, so each page stays as strict as its meta.
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { LAYER_ORDER_CSS } from '../styles/layer-order.ts';
import { keepPageHashes } from './page-hashes.ts';

/** Pagefind compiles its WebAssembly search engine: the only reason for 'wasm-unsafe-eval'. */
const PAGEFIND_WASM = "'wasm-unsafe-eval'";

/** The CSP hash of an inline script or style that Astro does not hash itself (is:inline). */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Directives for every page besides script-src and style-src. */
export const POLICY_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self'",
] as const;
/** Sources of scripts and styles besides the hashes Astro adds: the site itself, and wasm. */
export const SCRIPT_SOURCES = ["'self'", PAGEFIND_WASM] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Astro's `security.csp`: directives for every page; Astro adds each page's hashes. */
export const contentSecurityPolicy: CspConfig = {
  directives: [...POLICY_DIRECTIVES],
  scriptDirective: { resources: [...SCRIPT_SOURCES] },
  styleDirective: { resources: [...STYLE_SOURCES], hashes: [inlineHash(LAYER_ORDER_CSS)] },
};

/** Only a header can say these (a <meta> policy ignores frame-ancestors). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The other response headers, for every file of the site. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Files whose names carry a content hash (Vite's /_astro/): cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) htmlFiles(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

const META_POLICY = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** A page's <meta> policy as directive → sources, or undefined when the page has none. */
export function readMetaPolicy(html: string): Map<string, string[]> | undefined {
  const content = META_POLICY.exec(html)?.[1];
  if (content === undefined) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** One policy that allows what each of the given policies allows: sources united per directive. */
export function unitePolicies(policies: Map<string, string[]>[]): Map<string, string[]> {
  const united = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const kept = united.get(name) ?? [];
      for (const source of sources) if (!kept.includes(source)) kept.push(source);
      united.set(name, kept);
    }
  }
  return united;
}

export function formatPolicy(policy: Map<string, string[]>, extra: string[] = []): string {
  const parts = [...policy].map(([name, sources]) => [name, ...sources].join(' '));
  return [...parts, ...extra].join('; ');
}

/** The `_headers` file for a site built under `base` whose pages' policies are given. */
export function headersFile(base: string, policies: Map<string, string[]>[]): string {
  const policy = formatPolicy(unitePolicies(policies), HEADER_ONLY_DIRECTIVES);
  const all = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS });
  return [
    '# Written by the build (src/integrations/security-headers.ts): do not edit.',
    `${base}*`,
    ...all.map(([name, value]) => `  ${name}: ${value}`),
    '',
    `${base}_astro/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    '',
  ].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root);
        const policies = pages.map((file) => {
          // Each page's meta keeps only the hashes of its own inline scripts and styles.
          const html = keepPageHashes(readFileSync(file, 'utf8'));
          writeFileSync(file, html);
          const policy = readMetaPolicy(html);
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta> element.`);
          return policy;
        });
        writeFileSync(join(root, '_headers'), headersFile(base, policies));
        logger.info(`_headers written: one policy for ${pages.length} pages`);
      },
    },
  };
}
