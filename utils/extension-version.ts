/**
 * The extension's version (package.json's, which WXT writes into the manifest), fixed in the code
 * at build time (wxt.config.ts and vitest.config.ts define it). The background stamps the compiled
 * index with it and every frame checks the stamp against it, without asking the runtime: in
 * Chromium, a frame's first touch of `runtime` costs about a millisecond, and most frames never
 * need it otherwise.
 */
export const EXTENSION_VERSION: string = import.meta.env.EXTENSION_VERSION;
