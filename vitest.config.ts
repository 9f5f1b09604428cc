// Vitest 5: three projects, run one at a time by `npm test` (scripts/test-all.mjs) or directly with
// `npx vitest run --project unit|build|e2e`.
//   unit  — pure logic and schemas (test/unit) and the integrity of the real content (test/content)
//   build — the built site in dist/ (needs `npm run build` first)
//   e2e   — Chromium against `astro preview` of dist/ (needs `npm run build` first)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const CI = Boolean(process.env['CI']);

export default defineConfig({
  // The `~/…` import alias of tsconfig.json, for tests that import from src/.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/build/**/*.test.ts'],
          // Fails the run with "run npm run build first" when dist/ is missing.
          globalSetup: ['test/build/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Starts `astro preview` on a free port of 127.0.0.1 and provides its URL as 'baseUrl'.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          retry: CI ? 1 : 0,
          // One file at a time: each file drives its own Chromium, and the box has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
