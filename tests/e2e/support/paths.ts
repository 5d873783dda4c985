/**
 * Where the e2e harness finds things. `shared/` lives beside the repository (CI clones the repo
 * into a folder of its own with `shared/` next to it), so it is resolved from the repo root, never
 * from an absolute path.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const sharedPagesDir = path.join(sharedDir, 'pages');
/** `wxt build` output; `E2E_OUTPUT_DIR` points the tests at builds made elsewhere (with E2E_SKIP_BUILD=1). */
export const outputDir = path.resolve(repoRoot, process.env.E2E_OUTPUT_DIR ?? '.output');
export const chromeBuildDir = path.join(outputDir, 'chrome-mv3');
export const firefoxBuildDir = path.join(outputDir, 'firefox-mv2');
export const resultsDir = path.join(repoRoot, 'test-results');
