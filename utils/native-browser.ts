/**
 * The extension API object for the per-frame content script: Firefox's `browser`, or Chrome's
 * `chrome`, whose MV3 methods return promises. wxt.config.ts points `wxt/browser` here for the
 * content script build only, so every frame is spared webextension-polyfill; extension pages and
 * the background keep the polyfill. What the content script uses behaves alike in both: promised
 * `storage.local.get`, `runtime.sendMessage` and `getManifest`, `storage.onChanged`, and an
 * `onMessage` listener that answers through `sendResponse` (Chrome does not take a promise there).
 */
import type { Browser } from 'webextension-polyfill';

type ApiGlobal = { browser?: Browser; chrome?: Browser };
const api = globalThis as unknown as ApiGlobal;

export const browser: Browser = (api.browser?.runtime?.id ? api.browser : api.chrome)!;
export default browser;
