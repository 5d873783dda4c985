/**
 * Debian Chromium through playwright-core, offline as tests/fixtures/pages/README.md requires: the
 * server's CSP, `--host-resolver-rules` (no name but 127.0.0.1 resolves, which also covers
 * Chromium's own traffic) and `context.route` aborting every request not for 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { closeInstallTabs } from '../../tests/e2e/support/session';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface BenchBrowser {
  context: BrowserContext;
  /** Requests the driver aborted because they were not for 127.0.0.1. */
  blocked: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'chrome-extension:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function launchBench(extensionDir: string | null): Promise<BenchBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    async close() {
      await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The content script's service worker shows the extension is loaded; wait for it. The install
 * opens the welcome page in a tab of its own: it is closed, so it never runs beside a measurement.
 */
export async function waitForExtension(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const host = new URL(worker.url()).host;
  await closeInstallTabs(async () => context.pages(), (page) => page.url(), (page) => page.close(), `chrome-extension://${host}/`);
  return host;
}
