/**
 * Debian Chromium through playwright-core, with the built MV3 extension loaded.
 *
 * Offline by three locks: the server's CSP, `--host-resolver-rules` (every name but 127.0.0.1
 * resolves to nothing, which also covers Chromium's own background traffic that Playwright cannot
 * see), and `context.route` aborting every page request that is not for 127.0.0.1.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { browserExecutable } from './browsers';
import { chromeBuildDir } from './paths';
import { closeInstallTabs, DEFAULT_VIEWPORT, isAllowedUrl, waitForTab, type E2eBrowser, type E2ePage, type LaunchOptions, type NetworkLog, type PageFn } from './session';

/** Chromium names an unpacked extension after the SHA-256 of its absolute path, digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export function chromiumArgs(extensionDir: string | null): string[] {
  return [
    '--no-sandbox',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

/** Steps of a swipe: enough moves for the page to see a drag, not a jump. */
const SWIPE_STEPS = 8;

function wrapPage(page: Page): E2ePage {
  const errors: string[] = [];
  // The persistent context is made without `hasTouch`; touch is switched on per tab over CDP, on
  // the first tap (which also makes `(pointer: coarse)` match there).
  let touch: Promise<CDPSession> | null = null;
  const touchSession = () =>
    (touch ??= page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        return cdp;
      }));
  const touchEvent = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    (await touchSession()).send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return {
    errors,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: Number(process.env.E2E_NAV_TIMEOUT ?? 60_000) });
    },
    evaluate<R, A>(fn: PageFn<A, R>, arg?: A) {
      // Both drivers take (function, one argument); their overloads are wider than our PageFn.
      const evaluate = page.evaluate.bind(page) as unknown as (f: PageFn<A, R>, a?: A) => Promise<R>;
      return evaluate(fn, arg);
    },
    async mouseMove(x, y) {
      await page.mouse.move(x, y);
    },
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async tap(x, y) {
      await touchEvent('touchStart', x, y);
      await touchEvent('touchEnd', x, y);
    },
    async swipe(from, to) {
      await touchEvent('touchStart', from.x, from.y);
      for (let step = 1; step <= SWIPE_STEPS; step += 1) {
        await touchEvent('touchMove', from.x + ((to.x - from.x) * step) / SWIPE_STEPS, from.y + ((to.y - from.y) * step) / SWIPE_STEPS);
      }
      await touchEvent('touchEnd', to.x, to.y);
    },
    async addInitScript(source) {
      await page.addInitScript({ content: source });
    },
    async setViewport(width, height) {
      await page.setViewportSize({ width, height });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async screenshot(file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
    },
    async uploadFiles(selector, files) {
      await page.setInputFiles(selector, files);
    },
    async close() {
      // Closing a tab that shows Chromium's net-error page sometimes never resolves under
      // Playwright; leaving for about:blank first avoids it, and the context closes all tabs anyway.
      await page.goto('about:blank', { timeout: 5_000 }).catch(() => undefined);
      await Promise.race([page.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<E2eBrowser> {
  const withExtension = options.withExtension ?? true;
  const extensionDir = path.resolve(options.extensionDir ?? chromeBuildDir);
  if (withExtension && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`e2e: no Chrome build at ${extensionDir}; run \`npx wxt build\` first`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-chromium-'));
  const network: NetworkLog = { blocked: [], reached: [] };
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserExecutable('chromium'),
    headless: options.headless ?? true,
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    // Playwright passes --disable-extensions by default; keep it out so the extension loads.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...chromiumArgs(withExtension ? extensionDir : null), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    // On Linux, Chromium takes its interface language from the environment, not from --lang.
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale, LANG: options.locale === 'hi' ? 'hi_IN.UTF-8' : 'ru_RU.UTF-8' } } : {}),
  });
  try {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isAllowedUrl(url)) return route.continue();
      network.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('response', (response) => {
      if (!isAllowedUrl(response.url())) network.reached.push(response.url());
    });

    // The background service worker's URL names the extension; fall back to Chromium's own
    // derivation from the path if the worker is slow to register.
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker && withExtension) {
      worker = await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
    }
    const extensionId = worker ? new URL(worker.url()).host : unpackedExtensionId(extensionDir);

    // The install opens the welcome page in a tab; close it so tests find one blank tab, as before.
    const openedOnInstall = withExtension
      ? await closeInstallTabs(async () => context.pages(), (page) => page.url(), (page) => page.close(), `chrome-extension://${extensionId}/`)
      : [];
    // A persistent context opens with one blank tab; reuse it as the first page.
    const spare: Page[] = [...context.pages()];

    const browser: E2eBrowser = {
      name: 'chromium',
      extensionBaseUrl: withExtension ? `chrome-extension://${extensionId}/` : '',
      network,
      openedOnInstall,
      async newPage(url) {
        const page = wrapPage(spare.shift() ?? (await context.newPage()));
        if (url) await page.goto(url);
        return page;
      },
      async openExtensionPage(file) {
        return browser.newPage(`chrome-extension://${extensionId}/${file}`);
      },
      async waitForExtensionTab(file, timeout = 10_000) {
        const prefix = `chrome-extension://${extensionId}/${file}`;
        return wrapPage(await waitForTab(async () => context.pages(), async (page) => page.url(), prefix, timeout));
      },
      waitForClose: () => new Promise((resolve) => context.once('close', () => resolve())),
      async close() {
        await context.close().catch(() => undefined);
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
    return browser;
  } catch (error) {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
