import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: beside the code, in happy-dom, with WXT's fake browser APIs.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['{utils,components,entrypoints,scripts,data}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
