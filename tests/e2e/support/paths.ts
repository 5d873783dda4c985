/**
 * Where the e2e harness finds things, all inside the repository and resolved from its root, so a
 * clone in any folder runs the same tests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');
/** Saved real-world pages (tests/fixtures/pages/README.md says which and from where). */
export const realPagesDir = path.join(fixturesDir, 'pages');
/** The bundled pack's source article, kept beside the pack it is drafted from. */
export const bundledArticleFile = path.join(repoRoot, 'data', 'briefing-article.txt');
/** `wxt build` output; `E2E_OUTPUT_DIR` points the tests at builds made elsewhere (with E2E_SKIP_BUILD=1). */
export const outputDir = path.resolve(repoRoot, process.env.E2E_OUTPUT_DIR ?? '.output');
export const chromeBuildDir = path.join(outputDir, 'chrome-mv3');
export const firefoxBuildDir = path.join(outputDir, 'firefox-mv2');
export const resultsDir = path.join(repoRoot, 'test-results');
