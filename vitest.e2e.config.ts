import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium and Firefox ESR (tests/e2e/README.md).
// One file at a time and one browser at a time: CI machines have two cores, and two browsers
// racing each other make hover timing flaky.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    // A test that fails is run once more in the same browser; one that passes only then still
    // counts as passed, and \`npm test\` names it under "passed on a retry" so it gets fixed.
    retry: 1,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
