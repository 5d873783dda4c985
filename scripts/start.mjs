/**
 * `npm start`: build the Chrome extension, serve tests/fixtures on 127.0.0.1 and open Debian's
 * Chromium with the extension loaded on the bundled offline demo article. Headed when there is a
 * display; without one it runs headless, prints the URL and what the extension found, and keeps
 * serving until Ctrl-C.
 *
 * The browser is the e2e harness's (tests/e2e/support/chromium.ts): a throwaway profile, and no
 * request leaves 127.0.0.1 — this is a demo of an extension that makes no network requests.
 */
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

register();
const { launchChromium } = await import('../tests/e2e/support/chromium.ts');
const { startServer } = await import('../tests/e2e/support/server.ts');
const { ensureBrowsers } = await import('./ensure-browsers.mjs');

// Installs Debian's Chromium when missing and root on Debian/Ubuntu; elsewhere stops with the command.
try {
  ensureBrowsers(['chromium']);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.log('▶ npx wxt build');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = await startServer();
const url = server.url('demo-article.html');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless) console.log('No $DISPLAY: running Chromium headless (set DISPLAY to see the window).');

const browser = await launchChromium({ headless });
const page = await browser.newPage(url);

let closing = false;
const shutdown = async (code = 0) => {
  if (closing) return;
  closing = true;
  await browser.close();
  await server.close();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

console.log(`Demo article: ${url}`);
console.log(`Extension:    ${browser.extensionBaseUrl}popup.html · ${browser.extensionBaseUrl}options.html`);
if (headless) {
  // Show that it works even with no window: count what the content script registered.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const counts = await page.evaluate(() => {
    const out = {};
    CSS.highlights.forEach((highlight, name) => (out[name] = highlight.size));
    return out;
  });
  console.log(`Highlights on the demo page: ${JSON.stringify(counts)}`);
  console.log('Serving until Ctrl-C.');
} else {
  console.log('Hover a highlighted name for its briefing. Close the window or press Ctrl-C to stop.');
  await browser.waitForClose();
  await shutdown(0);
}
