/**
 * `npm run screenshots:ui`: the popup and options page for the README, light and dark, from the
 * real Chrome build in headless Chromium (offline like the e2e tests: nothing but 127.0.0.1):
 *   docs/popup-light.png  docs/popup-dark.png      the toolbar popup over the demo article
 *   docs/popup-no-mentions.png                     the popup over a saved page that names no one (ars-1)
 *   docs/welcome-light.png  docs/welcome-dark.png  the welcome page the extension opens on install
 *   docs/options-light.png  docs/options-dark.png  the whole options page
 *   docs/popup-ru.png  docs/popup-hi.png            the popup in Russian and in Hindi (chosen in the options page)
 *   docs/options-ru.png  docs/options-hi.png        the options page in each
 *   docs/card-ru.png  docs/card-hi.png              the card on the demo article in each
 *   docs/sidepanel-ru.png  docs/sidepanel-hi.png    the side panel in each
 *   docs/sidepanel-light.png  docs/sidepanel-dark.png  the side panel beside the demo article
 *   docs/sidepanel-sentences.png                   its "What this page says about them"
 *
 * The popup is the real one, showing the demo article's real mentions: the service worker calls
 * `chrome.action.openPopup()` (Chrome 127+; headless Chromium allows it without a user gesture)
 * while the article is the active tab, so the popup asks that tab for its mentions exactly as it
 * does for a user. Playwright does not list an action popup among a context's pages, so the script
 * also opens a CDP port and finds the popup there. Dark mode is `prefers-color-scheme` emulation.
 *
 * The side panel is the real one too: an extension page calls `chrome.sidePanel.open` for the
 * article's window (Playwright's evaluate counts as a user gesture), the panel follows the
 * article as the window's active tab, and is found over CDP like the popup.
 *
 * SCREENSHOTS_SKIP_BUILD=1 reuses the existing build (E2E_OUTPUT_DIR as in the e2e tests).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';

register();
const { chromiumArgs } = await import('../tests/e2e/support/chromium.ts');
const { browserExecutable } = await import('../tests/e2e/support/browsers.ts');
const { chromeBuildDir } = await import('../tests/e2e/support/paths.ts');
const { startServer } = await import('../tests/e2e/support/server.ts');
const { isAllowedUrl } = await import('../tests/e2e/support/session.ts');
const { locateWord, readVisibleCard } = await import('../tests/e2e/support/page-probes.ts');

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs');
const SCHEMES = /** @type {const} */ (['light', 'dark']);

if (process.env.SCREENSHOTS_SKIP_BUILD !== '1') {
  console.log('▶ npx wxt build');
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `fn` until it returns something truthy. */
async function until(fn, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`screenshots-ui: timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const server = await startServer();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-screenshots-ui-'));
const port = await freePort();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserExecutable('chromium'),
  headless: true,
  viewport: { width: 1200, height: 760 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [...chromiumArgs(chromeBuildDir), `--remote-debugging-port=${port}`],
});
/** @type {import('playwright-core').Browser | undefined} */
let cdp;
/** The CDP connection that finds the side panel. */
/** @type {import('playwright-core').Browser | undefined} */
let panelCdp;
try {
  await context.route('**/*', (route) => (isAllowedUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  // `URL.origin` is "null" for chrome-extension: URLs.
  const extensionBase = `chrome-extension://${new URL(worker.url()).host}`;

  // The install opened the welcome page in a tab of its own; it is pictured as the user finds it.
  const welcome = await until(async () => context.pages().find((p) => p.url() === `${extensionBase}/welcome.html`), 'the welcome page the install opens');
  await welcome.setViewportSize({ width: 900, height: 900 });
  await welcome.waitForFunction(() => document.querySelector('.cb-welcome [role="dialog"]') !== null && document.querySelector('.cb-kbd, .cb-shortcut--missing') !== null);
  for (const scheme of SCHEMES) {
    await welcome.emulateMedia({ colorScheme: scheme });
    await welcome.waitForTimeout(300);
    const file = path.join(docs, `welcome-${scheme}.png`);
    await welcome.screenshot({ path: file, fullPage: true });
    console.log(`✓ ${path.relative(process.cwd(), file)}`);
  }

  const article = context.pages().find((p) => p !== welcome) ?? (await context.newPage());
  await article.goto(server.url('demo-article.html'));
  await article.waitForFunction(() => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000 });

  /** Opens the real action popup over `article` and pictures it once `ready` holds in it. */
  const capturePopup = async (/** @type {'light' | 'dark'} */ scheme, /** @type {string} */ name, /** @type {() => boolean} */ ready) => {
    await article.emulateMedia({ colorScheme: scheme });
    await article.bringToFront();
    const opened = await worker.evaluate(() =>
      chrome.action.openPopup().then(
        () => 'ok',
        (error) => String(error),
      ),
    );
    if (opened !== 'ok') throw new Error(`screenshots-ui: chrome.action.openPopup() failed: ${opened}`);
    // A CDP connection sees the pages that exist when it connects: connect once the popup is open.
    const popup = await until(async () => {
      await cdp?.close().catch(() => undefined);
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url() === `${extensionBase}/popup.html`);
    }, 'the action popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await until(() => popup.evaluate(ready), `the popup (${name}) to be ready`);
    await popup.waitForTimeout(600); // the window settles to its final size
    const file = path.join(docs, `${name}.png`);
    // What a user sees: Chrome caps a popup at 600 px tall (the rest scrolls); cut at the body's
    // fixed width, since headless Chromium makes the popup window a little wider than its content.
    const size = await popup.evaluate(() => {
      const body = document.body.getBoundingClientRect();
      return { width: Math.ceil(body.right + body.left), height: Math.min(600, Math.ceil(document.documentElement.scrollHeight)) };
    });
    await popup.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, ...size } });
    console.log(`✓ ${path.relative(process.cwd(), file)}`);
    await popup.close();
    await cdp.close().catch(() => undefined);
    cdp = undefined;
  };

  // Ready when the mention counts have arrived from the tab.
  for (const scheme of SCHEMES) await capturePopup(scheme, `popup-${scheme}`, () => document.querySelectorAll('.cb-mentions li').length > 0);
  // A saved real page that names no one from the story: the popup explains the extension instead.
  await article.goto(server.url('pages/ars-1.html'));
  await article.waitForTimeout(1_000);
  await capturePopup('light', 'popup-no-mentions', () => document.querySelector('.cb-help') !== null);

  await article.goto(server.url('demo-article.html'));
  await article.waitForFunction(() => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  const sidePanel = await captureSidePanel(article, extensionBase);

  const options = await context.newPage();
  await options.setViewportSize({ width: 880, height: 900 });
  await options.goto(`${extensionBase}/options.html`);
  await options.waitForFunction(() => document.querySelectorAll('[data-pack-id]').length > 0 && document.querySelector('input[name="style"]') !== null);
  for (const scheme of SCHEMES) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.waitForTimeout(300);
    const file = path.join(docs, `options-${scheme}.png`);
    await options.screenshot({ path: file, fullPage: true });
    console.log(`✓ ${path.relative(process.cwd(), file)}`);
  }

  // The interface in Russian and in Hindi, chosen the way a user does: in the options page.
  await options.emulateMedia({ colorScheme: 'light' });
  for (const [code, label] of /** @type {const} */ ([['ru', 'Русский'], ['hi', 'हिन्दी']])) {
    await options.selectOption('select.cb-language__select', { label });
    await options.waitForFunction((lang) => document.documentElement.lang === lang, code);
    await options.waitForTimeout(300);
    const optionsFile = path.join(docs, `options-${code}.png`);
    await options.screenshot({ path: optionsFile, fullPage: true });
    console.log(`✓ ${path.relative(process.cwd(), optionsFile)}`);

    await article.goto(server.url('demo-article.html'));
    await article.emulateMedia({ colorScheme: 'light' });
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, document.getElementById('p9').getBoundingClientRect().top + window.scrollY - 160));
    const spot = await until(() => article.evaluate(locateWord, { blockId: 'p9', word: 'Putin', highlightedOnly: true }), 'a highlighted "Putin"');
    await article.mouse.move(spot.x - 40, spot.y);
    await article.mouse.move(spot.x, spot.y);
    await until(() => article.evaluate(readVisibleCard, 'vladimir-putin'), `the Vladimir Putin card in ${code}`);
    await article.waitForTimeout(500); // past the fade-in
    const cardFile = path.join(docs, `card-${code}.png`);
    await article.screenshot({ path: cardFile });
    console.log(`✓ ${path.relative(process.cwd(), cardFile)}`);
    await article.mouse.move(5, 5);
    await article.keyboard.press('Escape');

    await capturePopup('light', `popup-${code}`, () => document.querySelectorAll('.cb-mentions li').length > 0);

    // The real side panel, still open beside the article, follows the choice.
    await until(() => sidePanel.evaluate((lang) => document.documentElement.lang === lang && document.querySelectorAll('.cb-sentences q').length > 0, code), `the side panel in ${code}`);
    await sidePanel.evaluate(() => window.scrollTo(0, 0));
    await sidePanel.waitForTimeout(300);
    const panelFile = path.join(docs, `sidepanel-${code}.png`);
    await sidePanel.screenshot({ path: panelFile });
    console.log(`✓ ${path.relative(process.cwd(), panelFile)}`);
  }
} finally {
  await cdp?.close().catch(() => undefined);
  await panelCdp?.close().catch(() => undefined);
  await context.close().catch(() => undefined);
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

/** Opens the real side panel beside `article` and pictures it, light and dark; returns its page, left open. */
async function captureSidePanel(/** @type {import('playwright-core').Page} */ article, /** @type {string} */ extensionBase) {
  const opener = await context.newPage();
  await opener.goto(`${extensionBase}/welcome.html`);
  const opened = await opener.evaluate(async () => {
    // The article's window: the harness keeps every tab in one.
    const tab = await chrome.tabs.getCurrent();
    if (!tab?.windowId) return 'no window';
    return chrome.sidePanel.open({ windowId: tab.windowId }).then(() => 'ok', (error) => String(error));
  });
  if (opened !== 'ok') throw new Error(`screenshots-ui: chrome.sidePanel.open() failed: ${opened}`);
  await opener.close();
  await article.bringToFront();
  const panel = await until(async () => {
    await panelCdp?.close().catch(() => undefined);
    panelCdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return panelCdp.contexts().flatMap((c) => c.pages()).find((p) => p.url() === `${extensionBase}/sidepanel.html`);
  }, 'the side panel');
  await panel.setViewportSize({ width: 400, height: 1000 });
  await until(() => panel.evaluate(() => document.querySelectorAll('.cb-sentences q').length > 0), 'the side panel to show the article’s sentences');
  const shoot = async (/** @type {string} */ name) => {
    const file = path.join(docs, `${name}.png`);
    await panel.screenshot({ path: file });
    console.log(`✓ ${path.relative(process.cwd(), file)}`);
  };
  for (const scheme of SCHEMES) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.waitForTimeout(300);
    await shoot(`sidepanel-${scheme}`);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.evaluate(() => document.getElementById('cb-sentences-title')?.scrollIntoView());
  await panel.waitForTimeout(300);
  await shoot('sidepanel-sentences');
  return panel;
}
