/**
 * Debian Firefox ESR through puppeteer-core over WebDriver BiDi, with the built MV2 extension
 * installed as a temporary add-on.
 *
 * Offline by three locks: the server's CSP, a manual proxy pointing at a closed local port (with
 * loopback exempt from it) so nothing Firefox itself starts can reach a host, and Puppeteer request
 * interception aborting every page request that is not for 127.0.0.1.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { browserExecutable } from './browsers';
import { firefoxBuildDir } from './paths';
import { closeInstallTabs, DEFAULT_VIEWPORT, isAllowedUrl, waitForTab, type E2eBrowser, type E2ePage, type LaunchOptions, type NetworkLog, type PageFn } from './session';

/** The gecko id the Firefox build is expected to declare (wxt.config.ts). */
export const EXPECTED_GECKO_ID = 'briefings@contextual-briefings.example';
/** Fixed so tests can open moz-extension://<uuid>/popup.html; any valid v4 UUID works. */
export const EXTENSION_UUID = '7c1b3e52-4f0a-4d8e-9b6a-2e2e0e2e0b1f';

/** A local port that is certainly closed: bind one, release it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function readGeckoId(extensionDir: string): string | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
}

/**
 * The uuid pref needs the add-on id before install. If the build has none yet, install a temp copy
 * that declares the expected id (and say so) — the manifest test in popup-options.e2e.test.ts
 * still fails on the real build.
 */
function extensionWithGeckoId(extensionDir: string): { dir: string; id: string; cleanup: () => void } {
  const id = readGeckoId(extensionDir);
  if (id) return { dir: extensionDir, id, cleanup: () => undefined };
  console.warn(`[e2e] ${extensionDir}/manifest.json declares no gecko id; testing a copy with ${EXPECTED_GECKO_ID}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-e2e-firefox-ext-'));
  fs.cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.browser_specific_settings = { gecko: { id: EXPECTED_GECKO_ID } };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: EXPECTED_GECKO_ID, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Firefox in `locale`: Debian's language packs (firefox-esr-l10n-ru, -hi-in) sit beside the
 * browser as system add-ons, which a test profile must allow, and the pref asks for the language.
 */
function localePrefs(locale: 'ru' | 'hi'): Record<string, unknown> {
  return { 'intl.locale.requested': locale === 'hi' ? 'hi-IN' : 'ru', 'extensions.enabledScopes': 15, 'extensions.autoDisableScopes': 0 };
}

export function firefoxPrefs(proxyPort: number, geckoId: string): Record<string, unknown> {
  return {
    // Everything but loopback goes to a proxy that is not there.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.socks': '127.0.0.1',
    'network.proxy.socks_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    // No speculative or background traffic.
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.ping-centre.telemetry': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    // A fixed moz-extension:// host for the add-on, so its pages have a known URL.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
  };
}

function wrapPage(page: Page, network: NetworkLog): E2ePage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('response', (response) => {
    if (!isAllowedUrl(response.url())) network.reached.push(response.url());
  });
  return {
    errors,
    async goto(url) {
      const timeout = Number(process.env.E2E_NAV_TIMEOUT ?? 60_000);
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load', timeout });
        return;
      }
      // Extension pages load in the extension process, and BiDi never reports their load event
      // to Puppeteer (goto would time out): start the navigation, then watch the document itself.
      void page.goto(url, { timeout }).catch(() => undefined);
      const deadline = Date.now() + timeout;
      while ((await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) !== `${url} complete`) {
        if (Date.now() > deadline) throw new Error(`e2e: ${url} did not finish loading in ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
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
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    async tap(x, y) {
      await page.touchscreen.tap(x, y);
    },
    async swipe(from, to) {
      const steps = 8;
      const finger = await page.touchscreen.touchStart(from.x, from.y);
      for (let step = 1; step <= steps; step += 1) {
        await finger.move(from.x + ((to.x - from.x) * step) / steps, from.y + ((to.y - from.y) * step) / steps);
      }
      await finger.end();
    },
    async addInitScript(source) {
      await page.evaluateOnNewDocument(source);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async screenshot(file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png` });
    },
    async uploadFiles(selector, files) {
      const input = await page.$(selector);
      if (!input) throw new Error(`e2e: no element matches ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...files);
      await input.dispose();
    },
    async close() {
      await page.close();
    },
  };
}

async function interceptRequests(page: Page, network: NetworkLog): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (isAllowedUrl(url)) {
      void request.continue().catch(() => undefined);
    } else {
      network.blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<E2eBrowser> {
  const withExtension = options.withExtension ?? true;
  const builtDir = path.resolve(options.extensionDir ?? firefoxBuildDir);
  if (withExtension && !fs.existsSync(path.join(builtDir, 'manifest.json'))) {
    throw new Error(`e2e: no Firefox build at ${builtDir}; run \`npx wxt build -b firefox\` first`);
  }
  const extension = withExtension
    ? extensionWithGeckoId(builtDir)
    : { dir: '', id: EXPECTED_GECKO_ID, cleanup: () => undefined };
  const network: NetworkLog = { blocked: [], reached: [] };
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserExecutable('firefox'),
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      defaultViewport: viewport,
      // BiDi refuses to navigate a tab to moz-extension:// (popup.html, options.html) unless the
      // session may reach privileged URLs; this browser is a throwaway test profile.
      args: ['--no-sandbox', '--remote-allow-system-access'],
      extraPrefsFirefox: { ...firefoxPrefs(await closedPort(), extension.id), ...(options.locale ? localePrefs(options.locale) : {}) },
    });
    if (withExtension) {
      const installedId = await browser.installExtension(extension.dir);
      if (installedId !== extension.id) {
        throw new Error(`e2e: Firefox installed the add-on as ${installedId}, expected ${extension.id}`);
      }
    }
    const opened = browser;
    // The install opens the welcome page in a tab; close it so tests find one blank tab, as before.
    // Puppeteer may list a tab for a moment after closing it, so closed tabs are left out by hand.
    const closedAtStart = new Set<Page>();
    const openedOnInstall = withExtension
      ? await closeInstallTabs(
          () => opened.pages(),
          // Over BiDi a tab the extension opened keeps reporting about:blank; the page itself knows.
          (page) => page.evaluate(() => location.href).catch(() => page.url()),
          (page) => (closedAtStart.add(page), page.close()),
          `moz-extension://${EXTENSION_UUID}/`,
        )
      : [];
    const spare: Page[] = (await browser.pages()).filter((page) => !closedAtStart.has(page) && !page.isClosed());
    const session: E2eBrowser = {
      name: 'firefox',
      extensionBaseUrl: withExtension ? `moz-extension://${EXTENSION_UUID}/` : '',
      network,
      openedOnInstall,
      async newPage(url) {
        const raw = spare.shift() ?? (await opened.newPage());
        await raw.setViewport(viewport);
        await interceptRequests(raw, network);
        const page = wrapPage(raw, network);
        if (url) await page.goto(url);
        return page;
      },
      async openExtensionPage(file) {
        return session.newPage(`moz-extension://${EXTENSION_UUID}/${file}`);
      },
      async waitForExtensionTab(file, timeout = 10_000) {
        // As at launch: over BiDi a tab the extension opened reports about:blank; the page knows its address.
        const href = (page: Page) => page.evaluate(() => location.href).catch(() => page.url());
        const raw = await waitForTab(() => opened.pages(), href, `moz-extension://${EXTENSION_UUID}/${file}`, timeout);
        await interceptRequests(raw, network);
        return wrapPage(raw, network);
      },
      waitForClose: () => new Promise((resolve) => opened.once('disconnected', () => resolve())),
      async close() {
        await opened.close().catch(() => undefined);
        extension.cleanup();
      },
    };
    return session;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    extension.cleanup();
    throw error;
  }
}
