// A tiny static server for the browser tests, as a plain static host would serve a build: files
// under a base path (`/guide/`), `index.html` for a folder, `404.html` with status 404 for a
// missing file, and the response headers the build's `_headers` file sets (read from that file, so
// the tests check the real policy). Loopback only, on a port the OS picks; close it in afterAll.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface HeaderRule {
  /** A `_headers` path pattern: an exact path, or a prefix ending in `*`. */
  pattern: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file (Netlify and Cloudflare Pages format). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read the line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

export interface StaticServer {
  /** The site's address with its base path, ending in a slash: `http://127.0.0.1:PORT/guide/`. */
  siteUrl: string;
  /** Full URL of a site path such as `/stages/poc/` (the base is added). */
  urlFor(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` at `base` on 127.0.0.1. With `headersFile`, every response carries the headers of
 * the rules that match its path, as Netlify and Cloudflare Pages apply them.
 */
export async function serveStatic(opts: {
  root: string;
  base?: string;
  headersFile?: string;
}): Promise<StaticServer> {
  const base = opts.base ?? '/';
  const rules = opts.headersFile ? parseHeadersFile(readFileSync(opts.headersFile, 'utf8')) : [];
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const inside = normalize(decodeURIComponent(pathname.slice(base.length)));
    if (inside.startsWith('..')) return undefined;
    let file = join(opts.root, inside);
    if (!file.startsWith(opts.root + sep) && file !== opts.root) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) {
      if (matches(rule.pattern, pathname)) {
        for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
    }
    let file: string | undefined;
    try {
      file = fileFor(pathname);
    } catch {
      file = undefined;
    }
    // A folder without its trailing slash: redirect, as static hosts do.
    if (!file && !pathname.endsWith('/') && fileFor(`${pathname}/`)) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? join(opts.root, '404.html');
    response.writeHead(status, {
      'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream',
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(body));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, HOST, () => done());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the static server has no port');
  const siteUrl = `http://${HOST}:${address.port}${base}`;
  return {
    siteUrl,
    urlFor: (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
