import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledIndexPlugin } from './scripts/build/bundled-index-plugin';
import { extensionVersionDefine } from './scripts/build/extension-version';

// Unit and component tests beside the code, and the accuracy tests in tests/accuracy/: in
// happy-dom, with WXT's fake browser APIs.
export default defineConfig({
  plugins: [WxtVitest(), bundledIndexPlugin(import.meta.dirname)],
  define: extensionVersionDefine(import.meta.dirname),
  test: {
    environment: 'happy-dom',
    include: ['{utils,components,entrypoints,scripts,data}/**/*.test.{ts,tsx}', 'tests/accuracy/**/*.test.ts'],
    restoreMocks: true,
    // Several tests start tsx or build a 10,000-alias index: 1–4 s each here, and more than twice
    // that when CI's two cores are shared by both workers. Vitest's 5 s default failed them there.
    testTimeout: 20_000,
  },
});
