/**
 * `npm run screenshots`: pictures for the README, made from the real extension. Builds the Chrome
 * extension, opens the offline demo article in headless Chromium (the e2e harness's browser, no
 * request leaves 127.0.0.1), rests the pointer on "Putin" and writes:
 *   docs/card-chromium.png   the briefing card on the demo article
 * and, on saved real-world pages from tests/fixtures/pages (served offline like the e2e tests), the card
 * of the page's first highlighted mention:
 *   docs/card-<page>[-<viewport>].png   see REAL_PAGE_SHOTS
 * The popup and options pages (light and dark) come from scripts/screenshots-ui.mjs, which
 * `npm run screenshots` runs after this one.
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

/**
 * Real pages with a mention the pack knows (`npm run scan -- tests/fixtures/pages/<page>.html`). Only
 * yahoo-2 has one today (nytimes-1's "Trump Reaches Toward Putin" headline is not matched, the
 * others name nobody in the pack), so it is shown three ways: desktop, phone-sized (the card shifts
 * to stay on screen) and with the mention low on a short window (the card flips above it).
 * `at`: where the mention's line is scrolled to, as a fraction of the viewport height.
 */
const REAL_PAGE_SHOTS = [
  { page: 'yahoo-2', out: 'card-yahoo-2.png', viewport: { width: 1200, height: 760 }, at: 0.12 },
  { page: 'yahoo-2', out: 'card-yahoo-2-narrow.png', viewport: { width: 390, height: 760 }, at: 0.12 },
  { page: 'yahoo-2', out: 'card-yahoo-2-flipped.png', viewport: { width: 1000, height: 560 }, at: 0.85 },
];

/** Viewport centre of the first highlighted range, after scrolling its line to `at` × height. */
const firstHighlight = (at) => {
  let first = null;
  CSS.highlights.forEach((highlight) => highlight.forEach((r) => { first ??= r; }));
  if (!first) return null;
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(first.endContainer, first.endOffset);
  let rect = range.getClientRects()[0];
  if (!rect) return null;
  if (at !== undefined) {
    window.scrollBy(0, rect.top - innerHeight * at);
    rect = range.getClientRects()[0];
  }
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
};

/** The entity id of the visible card, or null. */
const openCardEntity = () => {
  const card = document.querySelector('cb-briefing-host')?.shadowRoot?.querySelector('[data-entity-id]');
  return card && card.getBoundingClientRect().width > 0 ? card.getAttribute('data-entity-id') : null;
};

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

  for (const shot of REAL_PAGE_SHOTS) {
    const page = await browser.newPage();
    await page.setViewport(shot.viewport.width, shot.viewport.height);
    await page.goto(server.url(`pages/${shot.page}.html`));
    const spot = await waitForPage(page, firstHighlight, shot.at, { timeout: 15_000, message: `a highlight on ${shot.page}` }).catch(() => null);
    if (!spot) {
      console.warn(`✘ docs/${shot.out}: no highlighted mention on ${shot.page}`);
      await page.close();
      continue;
    }
    await sleep(300); // let the scroll settle before pointing
    const settled = await page.evaluate(firstHighlight, undefined);
    await page.mouseMove(settled.x - 40, settled.y);
    await page.mouseMove(settled.x, settled.y);
    const opened = await waitForPage(page, openCardEntity, undefined, { timeout: 5_000, message: `a card on ${shot.page}` }).catch(() => null);
    await sleep(500); // past the fade-in
    await page.screenshot(path.join(docs, shot.out));
    console.log(`${opened ? '✔' : '✘ (no card)'} docs/${shot.out} — "${settled.text}" → ${opened} on ${shot.page}`);
    await page.close();
  }
  if (browser.network.blocked.length > 0) console.warn(`note: blocked ${browser.network.blocked.length} outside requests`);
} finally {
  await browser.close();
  await server.close();
}
