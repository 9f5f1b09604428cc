// `npm test`: every check of the project, in order, continuing after failures so that the count
// is complete. Static checks and the build count as one test each; the Vitest projects count their
// own tests (from Vitest's JSON report). The last line printed is always `N passed, N failed`.
//
// Run it through npm (`npm test`): npm puts node_modules/.bin first on PATH, so `node` and the
// children below are the project's Node 24, not the system's.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const reportDir = mkdtempSync(join(tmpdir(), 'test-all-'));

/** @typedef {{ name: string, passed: number, failed: number, ms: number, note: string }} StepResult */
/** @type {StepResult[]} */
const results = [];

/** Runs a command with inherited output; resolves to its exit code (1 when it cannot start). */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function banner(name) {
  console.log(`\n━━━ ${name} ${'━'.repeat(Math.max(3, 72 - name.length))}`);
}

function record(result) {
  results.push(result);
  const status = result.failed > 0 ? 'FAILED' : 'passed';
  const counts =
    result.passed + result.failed > 1 ? ` (${result.passed} passed, ${result.failed} failed)` : '';
  console.log(
    `━━━ ${result.name}: ${status}${counts} in ${seconds(result.ms)}${result.note ? ` — ${result.note}` : ''}`,
  );
  return result;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A step that passes or fails as a whole: `npm run <script>`. */
async function npmStep(name, script) {
  banner(name);
  const start = Date.now();
  const code = await run(NPM, ['run', '--silent', script]);
  return record({
    name,
    passed: code === 0 ? 1 : 0,
    failed: code === 0 ? 0 : 1,
    ms: Date.now() - start,
    note: code === 0 ? '' : `exit code ${code}`,
  });
}

/** Counts of a Vitest JSON report, or undefined when it is missing or unreadable. */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * One Vitest project. Its passed and failed tests are counted from the JSON report. A crashed run
 * (no report), a run with no tests, a file that failed before its tests ran, or a non-zero exit
 * with no failed test (an unhandled error, a failing globalSetup) each count as one failure.
 */
async function vitestStep(project) {
  const name = `vitest --project ${project}`;
  banner(name);
  const start = Date.now();
  const outputFile = join(reportDir, `${project}.json`);
  const code = await run(process.execPath, [
    VITEST,
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  const ms = Date.now() - start;
  const report = readReport(outputFile);
  if (!report) {
    return record({
      name,
      passed: 0,
      failed: 1,
      ms,
      note: `no JSON report (exit code ${code}): the run crashed`,
    });
  }
  let passed = Number(report.numPassedTests) || 0;
  let failed = Number(report.numFailedTests) || 0;
  const notes = [];
  if (passed + failed === 0) {
    failed += 1;
    notes.push('no tests ran');
  }
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} file(s) failed outside any test`);
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit code ${code} with no failed test`);
  }
  return record({ name, passed, failed, ms, note: notes.join('; ') });
}

function skipped(name, why) {
  banner(name);
  console.log(`Not run: ${why}`);
  return record({ name, passed: 0, failed: 1, ms: 0, note: `not run: ${why}` });
}

const started = Date.now();
try {
  await npmStep('astro check', 'check');
  await npmStep('eslint', 'lint');
  await npmStep('prettier --check', 'format:check');
  await npmStep('content check', 'check:content');
  await vitestStep('unit');
  const build = await npmStep('build (astro build + pagefind)', 'build');
  const subpath = await npmStep('build under /guide/ (BASE_PATH, SITE_URL)', 'build:subpath');
  if (build.failed === 0 && subpath.failed === 0) {
    await vitestStep('build');
    const chromium = ensureChromium();
    if (chromium.ok) {
      if (chromium.installed) console.log(`Installed Chromium at ${chromium.path}.`);
      await vitestStep('e2e');
    } else {
      skipped('vitest --project e2e', chromium.message);
    }
  } else {
    skipped('vitest --project build', 'a build failed');
    skipped('vitest --project e2e', 'a build failed');
  }
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

const width = Math.max(...results.map((r) => r.name.length));
console.log(`\n━━━ Summary (${seconds(Date.now() - started)}) ━━━`);
for (const r of results) {
  const status = r.failed > 0 ? 'FAIL' : 'ok  ';
  console.log(
    `${status}  ${r.name.padEnd(width)}  ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${seconds(r.ms).padStart(7)}${r.note ? `  ${r.note}` : ''}`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
