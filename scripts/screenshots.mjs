/**
 * `npm run screenshots`: pictures for the README, made from the real extension. Builds the Chrome
 * extension, opens the offline demo article in headless Chromium (the e2e harness's browser, no
 * request leaves 127.0.0.1), rests the pointer on "Putin" and writes:
 *   docs/card-chromium.png   the briefing card on the demo article
 *   docs/popup.png           popup.html at 400×600
 *   docs/options.png         options.html at 400×600
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { launchChromium } = await import('../tests/e2e/support/chromium.ts');
const { startServer } = await import('../tests/e2e/support/server.ts');
const { locateWord, readVisibleCard } = await import('../tests/e2e/support/page-probes.ts');
const { waitForPage, sleep } = await import('../tests/e2e/support/session.ts');

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs');

if (process.env.SCREENSHOTS_SKIP_BUILD !== '1') {
  console.log('▶ npx wxt build');
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const server = await startServer();
const browser = await launchChromium({ viewport: { width: 1200, height: 760 } });
try {
  const page = await browser.newPage(server.url('demo-article.html'));
  // "The upcoming meetings between Putin and Modi…": a plain person mention (in paragraph five the
  // name sits inside the longer event mention "visit of Russian President Vladimir Putin to India").
  await page.evaluate(() => window.scrollTo(0, document.getElementById('p9').getBoundingClientRect().top + window.scrollY - 160));
  const spot = await waitForPage(page, locateWord, { blockId: 'p9', word: 'Putin', highlightedOnly: true }, {
    timeout: 15_000,
    message: 'a highlighted "Putin" on the demo article',
  });
  await page.mouseMove(spot.x - 40, spot.y);
  await page.mouseMove(spot.x, spot.y);
  await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: 5_000, message: 'the Vladimir Putin card' });
  await sleep(500); // past the fade-in
  await page.screenshot(path.join(docs, 'card-chromium.png'));
  console.log('✔ docs/card-chromium.png');

  for (const file of ['popup', 'options']) {
    const extensionPage = await browser.openExtensionPage(`${file}.html`);
    await extensionPage.setViewport(400, 600);
    await waitForPage(extensionPage, () => document.body.innerText.trim().length > 0, undefined, { message: `${file}.html to render` });
    await sleep(300);
    await extensionPage.screenshot(path.join(docs, `${file}.png`));
    console.log(`✔ docs/${file}.png`);
  }
  if (browser.network.blocked.length > 0) console.warn(`note: blocked ${browser.network.blocked.length} outside requests`);
} finally {
  await browser.close();
  await server.close();
}
