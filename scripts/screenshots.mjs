/**
 * `npm run screenshots`: pictures for the README, made from the real extension. Builds the Chrome
 * extension, opens the offline demo article in headless Chromium (the e2e harness's browser and
 * request filter, no request leaves 127.0.0.1), rests the pointer on "Putin" and writes:
 *   docs/card-chromium.png, docs/card-chromium-dark.png   the briefing card on the demo article
 * and, on saved real-world pages from tests/fixtures/pages (served offline like the e2e tests), the card
 * of the page's first highlighted mention:
 *   docs/card-<page>[-<viewport>][-dark].png   see REAL_PAGE_SHOTS
 * Dark is `prefers-color-scheme` emulation, which the card follows. The popup and options pages
 * (light and dark) come from scripts/screenshots-ui.mjs, which `npm run screenshots` runs after
 * this one.
 *
 * SCREENSHOTS_SKIP_BUILD=1 reuses the existing build (E2E_OUTPUT_DIR as in the e2e tests).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
const { isAllowedUrl, waitForPage, sleep } = await import('../tests/e2e/support/session.ts');
const { locateWord, readVisibleCard } = await import('../tests/e2e/support/page-probes.ts');

/**
 * Real pages with a mention the pack knows (`npm run scan -- tests/fixtures/pages/<page>.html`). Only
 * yahoo-2 has one today (nytimes-1's "Trump Reaches Toward Putin" headline is not matched, the
 * others name nobody in the pack), so it is shown three ways: desktop, phone-sized (the card shifts
 * to stay on screen) and with the mention low on a short window (the card flips above it).
 * `word`: the text scrolled into view first; `at`: where the mention's line is scrolled to, as a
 * fraction of the viewport height.
 */
const REAL_PAGE_SHOTS = [
  { page: 'yahoo-2', out: 'card-yahoo-2.png', viewport: { width: 1200, height: 760 }, at: 0.12, word: 'Putin, Khamenei', scheme: 'light' },
  { page: 'yahoo-2', out: 'card-yahoo-2-dark.png', viewport: { width: 1200, height: 760 }, at: 0.12, word: 'Putin, Khamenei', scheme: 'dark' },
  { page: 'yahoo-2', out: 'card-yahoo-2-narrow.png', viewport: { width: 390, height: 760 }, at: 0.12, word: 'Putin, Khamenei', scheme: 'light' },
  { page: 'yahoo-2', out: 'card-yahoo-2-flipped.png', viewport: { width: 1200, height: 560 }, at: 0.85, word: 'Putin, Khamenei', scheme: 'light' },
];

/**
 * Scrolls the first visible text that contains `word` to `at` × the viewport height: the card
 * layer registers highlights only near the viewport, so a mention far down the page has none yet.
 */
const scrollToWord = ({ word, at }) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = node.nodeValue.indexOf(word);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + word.length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    window.scrollBy(0, rect.top - innerHeight * at);
    return true;
  }
  return false;
};

/** Viewport centre of the first highlighted range that is rendered, after scrolling its line to `at` × height. */
const firstHighlight = (at) => {
  const ranges = [];
  CSS.highlights.forEach((highlight) => highlight.forEach((r) => ranges.push(r)));
  for (const r of ranges) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    let rect = range.getClientRects()[0];
    // A mention inside a collapsed box (a zero-height carousel slide) has no line to point at.
    if (!rect || rect.width === 0 || rect.height === 0) continue;
    if (at !== undefined) {
      window.scrollBy(0, rect.top - innerHeight * at);
      rect = range.getClientRects()[0];
    }
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
  }
  return null;
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
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserExecutable('chromium'),
  headless: true,
  viewport: { width: 1200, height: 760 },
  // Playwright passes --disable-extensions by default; keep it out so the extension loads.
  ignoreDefaultArgs: ['--disable-extensions'],
  args: chromiumArgs(chromeBuildDir),
});
const blocked = [];
try {
  await context.route('**/*', (route) => {
    if (isAllowedUrl(route.request().url())) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url('demo-article.html'));
    // "The upcoming meetings between Putin and Modi…": a plain person mention (in paragraph five the
    // name sits inside the longer event mention "visit of Russian President Vladimir Putin to India").
    await page.evaluate(() => window.scrollTo(0, document.getElementById('p9').getBoundingClientRect().top + window.scrollY - 160));
    const spot = await waitForPage(page, locateWord, { blockId: 'p9', word: 'Putin', highlightedOnly: true }, {
      timeout: 15_000,
      message: 'a highlighted "Putin" on the demo article',
    });
    await page.mouse.move(spot.x - 40, spot.y);
    await page.mouse.move(spot.x, spot.y);
    await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: 5_000, message: 'the Vladimir Putin card' });
    await sleep(500); // past the fade-in
    const out = scheme === 'light' ? 'card-chromium.png' : 'card-chromium-dark.png';
    await page.screenshot({ path: path.join(docs, out) });
    console.log(`✔ docs/${out}`);
    await page.close();
  }

  for (const shot of REAL_PAGE_SHOTS) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: shot.scheme });
    await page.setViewportSize(shot.viewport);
    await page.goto(server.url(`pages/${shot.page}.html`));
    await page.evaluate(scrollToWord, { word: shot.word, at: shot.at });
    const spot = await waitForPage(page, firstHighlight, shot.at, { timeout: 15_000, message: `a highlight on ${shot.page}` }).catch(() => null);
    if (!spot) {
      console.warn(`✘ docs/${shot.out}: no highlighted mention on ${shot.page}`);
      await page.close();
      continue;
    }
    await sleep(300); // let the scroll settle before pointing
    const settled = await page.evaluate(firstHighlight, undefined);
    await page.mouse.move(settled.x - 40, settled.y);
    await page.mouse.move(settled.x, settled.y);
    const opened = await waitForPage(page, openCardEntity, undefined, { timeout: 5_000, message: `a card on ${shot.page}` }).catch(() => null);
    await sleep(500); // past the fade-in
    await page.screenshot({ path: path.join(docs, shot.out) });
    console.log(`${opened ? '✔' : '✘ (no card)'} docs/${shot.out} — "${settled.text}" → ${opened} on ${shot.page}`);
    await page.close();
  }
  if (blocked.length > 0) console.warn(`note: blocked ${blocked.length} outside requests`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  await server.close();
}
