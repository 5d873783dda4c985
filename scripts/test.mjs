/**
 * `npm test`: typecheck, lint, unit tests (happy-dom) and end-to-end tests (real Chromium and
 * Firefox), then one plain line totalled from the runners' JSON reports:
 *   N passed, N failed[, N skipped]
 * The typecheck and the lint count as one check each. Every stage runs even if an earlier one failed, so one run
 * shows everything that is wrong; the exit code is non-zero if anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const REPORTS = 'test-results';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
/** Tests that passed only on a retry: named before the totals, to be fixed. */
const retried = [];
/** Tests that failed: named again just before the totals, so the run's last lines say what broke. */
const failedTests = [];
const run = (label, command, args) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
};

/** Adds a Vitest JSON report to the totals; a missing report means the runner itself failed. */
const addReport = (label, file, exitedOk) => {
  if (!existsSync(file)) {
    console.error(`✖ ${label}: no report at ${file} — the runner did not finish`);
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test that passed with failures recorded passed only on a retry (vitest.e2e.config.ts).
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed' && (test.failureMessages ?? []).length > 0) retried.push(`${label}: ${test.fullName} — first try: ${String(test.failureMessages[0]).split('\n')[0]}`);
      if (test.status === 'failed') failedTests.push(`${label}: ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName} — ${String((test.failureMessages ?? [])[0] ?? '').split('\n')[0]}`);
    }
  }
  // A suite that failed to load has no failed test in it but must still fail the run.
  if (!exitedOk && (report.numFailedTests ?? 0) === 0) totals.failed += Math.max(1, report.numFailedTestSuites ?? 0);
};

const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];

for (const [label, args] of [
  ['typecheck', ['tsc', '--noEmit']],
  // No innerHTML, eval or document.write in product code (eslint.config.js).
  ['lint', ['eslint', '.']],
]) {
  if (run(label, 'npx', args)) totals.passed += 1;
  else totals.failed += 1;
}

const unitOk = run('unit tests', 'node', [...vitest, `--outputFile.json=${REPORTS}/unit.json`]);
addReport('unit tests', `${REPORTS}/unit.json`, unitOk);

let browsersOk = true;
try {
  ensureBrowsers();
} catch (error) {
  console.error(`✖ ${error.message}`);
  browsersOk = false;
  totals.failed += 1;
}
if (browsersOk) {
  const e2eOk = run('end-to-end tests', 'node', [...vitest, '--config', 'vitest.e2e.config.ts', `--outputFile.json=${REPORTS}/e2e.json`]);
  addReport('end-to-end tests', `${REPORTS}/e2e.json`, e2eOk);
}

if (failedTests.length > 0) console.log(`\n✖ failed (${failedTests.length}):\n${failedTests.map((t) => `  ${t}`).join('\n')}`);
if (retried.length > 0) console.log(`\n⚠ passed on a retry (${retried.length}):\n${retried.map((t) => `  ${t}`).join('\n')}`);
const line = `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
console.log(`\n${line}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
