// globalSetup of the `e2e` project: serve the built site with `astro preview` on a free port of
// 127.0.0.1, hand its base URL to the tests (`inject('baseUrl')`), and stop exactly that child at
// the end. The child is Node itself (process.execPath, i.e. Node 24 under npm) running Astro's
// CLI script, never `npx astro`, whose own child would outlive a kill of the npx process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, without a trailing slash: `http://127.0.0.1:PORT`. */
    baseUrl: string;
  }
}

/** A port that is free right now on 127.0.0.1 (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not read the port of a probe server'));
      });
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `astro preview exited (code ${child.exitCode}, signal ${child.signalCode}) before it served ${url}.\n${output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(
    `astro preview did not answer ${url} within ${START_TIMEOUT_MS} ms.\n${output()}`,
  );
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error(
      'dist/index.html not found: run npm run build first, then run the e2e tests again.',
    );
  }
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(
    process.execPath,
    // --ignore-lock: run beside any preview server someone already started for this project
    // (Astro 7 refuses a second one otherwise) and never background itself.
    [astro, 'preview', '--host', HOST, '--port', String(port), '--ignore-lock'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => (log ? `Its output:\n${log}` : 'It printed nothing.');

  try {
    await waitUntilServing(`${baseUrl}/`, child, output);
  } catch (error) {
    await stop(child);
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(child);
  };
}
