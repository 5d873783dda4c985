/**
 * The extension API object for the per-frame content script: Firefox's `browser`, or Chrome's
 * `chrome`, whose MV3 methods return promises. wxt.config.ts points `wxt/browser` here for the
 * content script build only, so every frame is spared webextension-polyfill; extension pages and
 * the background keep the polyfill. What the content script uses behaves alike in both: promised
 * `storage.local.get`, `runtime.sendMessage`, `storage.onChanged`, and an
 * `onMessage` listener that answers through `sendResponse` (Chrome does not take a promise there).
 */
import type { Browser } from 'webextension-polyfill';

type ApiGlobal = { browser?: Browser; chrome?: Browser };
const api = globalThis as unknown as ApiGlobal;

/**
 * Firefox's `browser`, unless `browser` is something else: an element with `id="browser"` shows
 * through the window in Chrome's isolated world. Tested with `in`, which does not build the
 * namespaces' bindings as reading `runtime.id` would (about a millisecond per frame in Chromium).
 */
const candidate = api.browser as unknown;
export const browser: Browser = (typeof candidate === 'object' && candidate !== null && !(candidate instanceof Node) && 'runtime' in candidate && 'storage' in candidate ? api.browser : api.chrome)!;
export default browser;
