/**
 * `e2eTest`: Vitest's `test` extended (`test.extend`) with what every e2e test needs, so a test
 * file states only its checks:
 *
 * - `server` (once per file): the fixture server (server.ts), closed after the file's last test.
 *   A file that needs other server options overrides `serverOptions` at its top level.
 * - `browsers` (once per file): launches each browser with the built extension on first use and
 *   keeps one open at a time — asking for the other browser closes this one, since two browsers
 *   racing each other make hover timing flaky. A file that sets `instrument` to true at its top
 *   level gets them through instrumented.ts (every request and console message, Chromium only).
 * - `browserName` (per test): which browser, set in each `describe.each(BROWSER_NAMES)` with
 *   `e2eTest.override('browserName', name)`.
 * - `browser` (per test): the open browser for `browserName`; `instrumented` the same browser with
 *   its request and console records (empty unless `instrument`).
 * - `page` (per test): a new blank tab of `browser`, closed after the test.
 *
 * Suite hooks (`e2eTest.beforeAll`) see only the per-file fixtures: a describe that prepares tabs
 * for all its tests takes its browser there with `(await browsers.get(name)).browser`, and those
 * tabs close with the browser. tests/e2e/README.md ("How a test is set up") shows a test.
 */
import { test } from 'vitest';
import type { BrowserName } from './browsers';
import { launchInstrumented, type Instrumented } from './instrumented';
import { launchBrowser } from './launch';
import { startServer, type ServerOptions } from './server';

export interface BrowserPool {
  /** The browser `name`, launched on the first call; if the other browser is open, it is closed first. */
  get(name: BrowserName): Promise<Instrumented>;
  /** Closes the open browser, if any; the next `get` launches it again. */
  close(): Promise<void>;
}

/** One browser open at a time, each launched once while it stays the one asked for. */
export function browserPool(instrument: boolean): BrowserPool {
  let open: { name: BrowserName; launched: Promise<Instrumented> } | null = null;
  const launch = async (name: BrowserName): Promise<Instrumented> =>
    instrument ? launchInstrumented(name) : { browser: await launchBrowser(name), requests: [], console: [] };
  const close = async () => {
    const current = open;
    open = null;
    const launched = await current?.launched.catch(() => null);
    await launched?.browser.close();
  };
  return {
    async get(name) {
      if (open?.name !== name) {
        await close();
        open = { name, launched: launch(name) };
      }
      return open.launched;
    },
    close,
  };
}

export const e2eTest = test
  .extend('serverOptions', { scope: 'file' }, {} as ServerOptions)
  .extend('server', { scope: 'file' }, async ({ serverOptions }, { onCleanup }) => {
    const server = await startServer(serverOptions);
    onCleanup(() => server.close());
    return server;
  })
  .extend('instrument', { scope: 'file' }, false as boolean)
  .extend('browsers', { scope: 'file' }, async ({ instrument }, { onCleanup }) => {
    const pool = browserPool(instrument);
    onCleanup(() => pool.close());
    return pool;
  })
  .extend('browserName', async (): Promise<BrowserName> => {
    throw new Error("e2e: no browser chosen; call e2eTest.override('browserName', name) in the describe");
  })
  .extend('instrumented', async ({ browsers, browserName }) => browsers.get(browserName))
  .extend('browser', async ({ instrumented }) => instrumented.browser)
  .extend('page', async ({ browser }, { onCleanup }) => {
    const page = await browser.newPage();
    onCleanup(() => page.close());
    return page;
  });
