// Proves the wiring of the content check into Astro: on a copy of the project with one dangling
// topic reference, `astro sync` fails and names the file and the field; repaired, it succeeds.
// Astro by itself only logs a dangling reference; src/integrations/content-check.ts makes it fatal.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import * as breaks from '../fixtures/content-breaks.ts';
import { PROJECT_ROOT, removeCopy } from '../fixtures/content-copy.ts';

/** What `astro sync` needs: the content, the code, and the configs. */
const PROJECT_FILES = ['content', 'src', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Caches that tools write into node_modules: the copy gets its own, so the project's stay untouched. */
const OWN_CACHES = new Set(['.vite', '.vite-temp', '.astro', '.vitest-cache', '.cache']);

/**
 * Copies the project into a temporary folder. Its node_modules holds a symlink to each of the
 * project's packages (not one symlink to the whole folder), so caches are written in the copy.
 */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'astro-sync-'));
  for (const name of PROJECT_FILES) cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

/** Runs `astro sync` in `root` with this Node (Node 24 under npm) and returns its exit code and output. */
function astroSync(root: string): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      { cwd: root, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 100_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

let root = '';
afterAll(() => {
  if (root !== '') removeCopy(root);
});

test('astro sync fails on a dangling reference, naming the file and the field, and passes once repaired', async () => {
  root = copyProject();
  breaks.pointDocNeedAtMissingTopic(root);

  const broken = await astroSync(root);
  expect(broken.code, broken.output).not.toBe(0);
  expect(broken.output).toContain('Content check failed');
  expect(broken.output).toContain(breaks.FILES.stage);
  expect(broken.output).toContain('docs[0].items[0].topic: received "no-such-topic"');

  copyFileSync(join(PROJECT_ROOT, breaks.FILES.stage), join(root, breaks.FILES.stage));
  const repaired = await astroSync(root);
  expect(repaired.code, repaired.output).toBe(0);
  expect(repaired.output).toContain('content check passed');
}, 120_000);
