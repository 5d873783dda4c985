/**
 * Runs once before all e2e files: both browsers must exist (else fail with the install command),
 * then the two builds the tests load. `E2E_SKIP_BUILD=1` reuses `.output/` when iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { assertBrowsersInstalled } from './browsers';
import { repoRoot } from './paths';

function build(args: string[]): void {
  const started = Date.now();
  const result = spawnSync('npx', ['wxt', 'build', ...args], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`e2e: \`npx wxt build ${args.join(' ')}\` failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[e2e] npx wxt build ${args.join(' ')} — ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default function setup(): void {
  const found = assertBrowsersInstalled();
  console.log(`[e2e] chromium: ${found.chromium}, firefox: ${found.firefox}`);
  if (process.env.E2E_SKIP_BUILD === '1') {
    console.log('[e2e] E2E_SKIP_BUILD=1: testing the existing .output/ builds');
    return;
  }
  build([]);
  build(['-b', 'firefox']);
}
