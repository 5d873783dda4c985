/**
 * Touch: a tap on a mention opens its card as a bottom sheet (across the bottom of the viewport),
 * also where the mention is a link's text, which then does not follow; a tap outside closes it; a
 * swipe down on it closes it; a link that is not a mention follows at one tap.
 *
 * Chromium taps through CDP (`Emulation.setTouchEmulationEnabled`, `Input.dispatchTouchEvent`),
 * Firefox through a WebDriver BiDi touch pointer (Puppeteer's `touchscreen`): see support/.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT, locateWord, noOpenCard, readVisibleCard } from './support/page-probes';
import { resultsDir } from './support/paths';
import { waitForPage, type E2ePage } from './support/session';

const VIEWPORT = { width: 420, height: 760 };

/** The open card's box and whether its layer is the sheet. */
const sheetState = () => {
  const root = document.querySelector('cb-briefing-host')?.shadowRoot;
  const card = root?.querySelector('.cb-card');
  if (!root || !card) return null;
  const rect = card.getBoundingClientRect();
  return { sheet: root.querySelector('.cb-layer--sheet') !== null, left: rect.left, right: rect.right, bottom: rect.bottom, top: rect.top, width: document.documentElement.clientWidth };
};

async function tapWord(page: E2ePage, blockId: string, word: string): Promise<void> {
  const spot = await waitForPage(page, locateWord, { blockId, word, highlightedOnly: true }, { timeout: 15_000, message: `a highlighted "${word}"` });
  await page.tap(spot.x, spot.y);
}

async function openSheet(page: E2ePage, blockId: string, word: string, entity: string) {
  await tapWord(page, blockId, word);
  await waitForPage(page, readVisibleCard, entity, { timeout: CARD_TIMEOUT, interval: 50, message: `the ${entity} card on a tap` });
  const state = await waitForPage(page, () => {
    const root = document.querySelector('cb-briefing-host')?.shadowRoot;
    const card = root?.querySelector('.cb-card');
    // Past the sheet's slide-in: its bottom edge sits on the viewport's.
    return card && Math.abs(card.getBoundingClientRect().bottom - document.documentElement.clientHeight) < 2 ? true : null;
  }, undefined, { timeout: 2_000, message: 'the sheet at the bottom of the viewport' }).then(() => page.evaluate(sheetState));
  return state!;
}

describe.each(BROWSER_NAMES)('%s: touch', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('a tap on a mention in a link opens a bottom sheet and the link does not follow; a tap outside closes it', async ({ server, page }) => {
    await page.setViewport(VIEWPORT.width, VIEWPORT.height);
    await page.goto(server.url('touch.html'));
    const sheet = await openSheet(page, 'in-link', 'Modi', 'narendra-modi');
    expect(sheet).toMatchObject({ sheet: true, left: 0 });
    expect(sheet.right).toBeCloseTo(sheet.width, 0);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.screenshot(path.join(resultsDir, 'screenshots', `sheet-${name}.png`));

    const outside = await page.evaluate(locateWord, { blockId: 'in-link', word: 'talks' });
    await page.tap(outside!.x, outside!.y);
    await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'the sheet to close on a tap outside' });
    expect(page.errors).toEqual([]);
  });

  e2eTest('a swipe down closes the sheet', async ({ server, page }) => {
    await page.setViewport(VIEWPORT.width, VIEWPORT.height);
    await page.goto(server.url('touch.html'));
    const sheet = await openSheet(page, 'plain', 'Putin', 'vladimir-putin');
    const x = (sheet.left + sheet.right) / 2;
    await page.swipe({ x, y: sheet.top + 30 }, { x, y: sheet.top + 200 });
    await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'the sheet to close on a swipe down' });
  });

  e2eTest('a link that is not a mention follows at one tap', async ({ server, page }) => {
    await page.setViewport(VIEWPORT.width, VIEWPORT.height);
    await page.goto(server.url('touch.html'));
    await waitForPage(page, locateWord, { blockId: 'in-link', word: 'Modi', highlightedOnly: true }, { timeout: 15_000, message: 'the page marked' });
    const link = await page.evaluate(locateWord, { blockId: 'links', word: 'Background' });
    await page.tap(link!.x, link!.y);
    await waitForPage(page, () => (location.hash === '#followed' ? true : null), undefined, { timeout: 2_000, message: 'the link to follow' });
    expect(await page.evaluate(noOpenCard)).toBe(true);
  });
});
