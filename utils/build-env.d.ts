/** Values wxt.config.ts and vitest.config.ts fix at build time (see utils/extension-version.ts). */
interface ImportMetaEnv {
  readonly EXTENSION_VERSION: string;
}
