// Finding the system Chromium the browser tests drive, in one place: the e2e helpers
// (test/e2e/browser.ts) launch what `findChromium()` returns, and `npm test`
// (scripts/test-all.mjs) calls `ensureChromium()` before the browser tests so that a fresh
// Debian or Ubuntu machine needs no step of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where a system Chromium is looked for, in order (CHROMIUM_PATH, when set, comes first). */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
] as const;

/** The one command a reader runs when `npm test` cannot install Chromium itself. */
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

/** The paths tried, CHROMIUM_PATH first when it is set. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env['CHROMIUM_PATH'];
  return fromEnv ? [fromEnv, ...CHROMIUM_CANDIDATES] : [...CHROMIUM_CANDIDATES];
}

/** The path of a system Chromium, or undefined when none of the candidates exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return chromiumCandidates(env).find((path) => existsSync(path));
}

/** Why no Chromium was found and the one command that fixes it. */
export function missingChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  return (
    `No Chromium was found (tried ${chromiumCandidates(env).join(', ')}). ` +
    `Install it with \`${INSTALL_COMMAND}\`, or set CHROMIUM_PATH to a Chromium or Chrome binary.`
  );
}

function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

/**
 * How this process may run apt-get as root: directly when it is root, through `sudo -n` when sudo
 * needs no password, otherwise not at all (undefined).
 */
function rootPrefix(): string[] | undefined {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

export type ChromiumOutcome =
  { ok: true; path: string; installed: boolean } | { ok: false; message: string };

/**
 * A Chromium for the browser tests: the one found, or Debian's `chromium` package installed with
 * apt-get where this process may (root, or sudo without a password). Says what it does on stdout.
 */
export function ensureChromium(env: NodeJS.ProcessEnv = process.env): ChromiumOutcome {
  const found = findChromium(env);
  if (found) return { ok: true, path: found, installed: false };
  const prefix = rootPrefix();
  const hasAptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!prefix || !hasAptGet) {
    const why = hasAptGet ? 'this user may not run apt-get as root' : 'apt-get is not available';
    return { ok: false, message: `${missingChromiumMessage(env)} (Not installed here: ${why}.)` };
  }
  console.log("No Chromium found: installing Debian's chromium package with apt-get.");
  const run = (args: string[]): boolean => {
    const [command = 'env', ...rest] = [
      ...prefix,
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      ...args,
    ];
    return succeeds(command, rest);
  };
  if (!run(['update']) || !run(['install', '-y', 'chromium'])) {
    return {
      ok: false,
      message: `apt-get could not install chromium. ${missingChromiumMessage(env)}`,
    };
  }
  const installed = findChromium(env);
  return installed
    ? { ok: true, path: installed, installed: true }
    : { ok: false, message: `apt-get ran, but ${missingChromiumMessage(env)}` };
}
