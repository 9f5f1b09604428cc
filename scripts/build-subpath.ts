// Builds the site as a team would publish it under a sub-path (BASE_PATH=/guide/ on its own
// origin) into test-results/dist-guide/, beside dist/ and never over it. `npm test` runs it after
// the normal build; test/build/subpath.test.ts and test/e2e/subpath.test.ts check the result.
// Alone: `npm run build:subpath`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The sub-path and origin the test build is published at. */
export const SUBPATH_BASE = '/guide/';
export const SUBPATH_SITE = 'https://guide.example.org';
/** Where that build goes (ignored by git, ESLint and Prettier like the rest of test-results/). */
export const SUBPATH_DIST = join(ROOT, 'test-results', 'dist-guide');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (exit code ${result.status}).`);
  }
}

export function buildSubpath(): void {
  rmSync(SUBPATH_DIST, { recursive: true, force: true });
  const env = { ...process.env, BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE };
  // This Node (the project's Node 24 under npm) runs both CLIs, whatever `node` is on PATH.
  const cli = (...path: string[]) => join(ROOT, 'node_modules', ...path);
  run(process.execPath, [cli('astro', 'bin', 'astro.mjs'), 'build', '--outDir', SUBPATH_DIST], env);
  run(process.execPath, [cli('pagefind', 'lib', 'runner', 'bin.cjs'), '--site', SUBPATH_DIST], env);
}

if (import.meta.main) {
  try {
    buildSubpath();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
