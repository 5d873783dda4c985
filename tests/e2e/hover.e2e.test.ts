/**
 * Hover: pointing at a highlighted "Putin" opens the Vladimir Putin card (open shadow root,
 * role=dialog) within about two seconds; pointing away or pressing Esc closes it. Also on a page
 * whose CSP forbids inline styles and scripts, where the card must still render styled.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT, locateWord, noOpenCard, readVisibleCard } from './support/page-probes';
import { resultsDir } from './support/paths';
import { DEFAULT_VIEWPORT, sleep, waitForPage, type E2ePage } from './support/session';

async function hoverWord(page: E2ePage, blockId: string, word: string) {
  const spot = await waitForPage(page, locateWord, { blockId, word, highlightedOnly: true }, {
    timeout: 15_000,
    message: `a highlighted "${word}" in #${blockId}`,
  });
  // Arrive from a little to the left, like a real pointer, then rest on the word.
  await page.mouseMove(Math.max(1, spot.x - 40), spot.y);
  await page.mouseMove(spot.x, spot.y);
  return spot;
}

async function moveAway(page: E2ePage) {
  await page.mouseMove(DEFAULT_VIEWPORT.width - 5, DEFAULT_VIEWPORT.height - 5);
}

describe.each(BROWSER_NAMES)('%s: hover card', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('shows the Vladimir Putin card when the pointer rests on "Putin", and closes it on leaving', async ({ server, page }) => {
    await page.goto(server.url('mentions.html'));
    const spot = await hoverWord(page, 'full-name', 'Putin');
    expect(spot.highlighted).toBe('cb-person');
    const started = Date.now();
    const card = await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, interval: 50, message: 'the vladimir-putin card' });
    const shownAfter = Date.now() - started;
    expect(card).toMatchObject({ hosts: 1, hostParent: 'html', shadowMode: 'open', role: 'dialog', visible: true });
    expect(card.text).toContain('Vladimir Putin');
    console.log(`[e2e] ${name}: card shown ${shownAfter} ms after the pointer arrived`);
    await sleep(400); // let the fade-in finish before the picture
    await page.screenshot(path.join(resultsDir, 'screenshots', `card-${name}.png`));

    await moveAway(page);
    await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'the card to close after the pointer left' });
    expect(page.errors).toEqual([]);
  });

  e2eTest('closes the card on Escape', async ({ server, page }) => {
    await page.goto(server.url('mentions.html'));
    await hoverWord(page, 'possessive', 'Putin');
    await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, message: 'the vladimir-putin card' });
    await page.press('Escape');
    await waitForPage(page, noOpenCard, undefined, { timeout: 1_000, message: 'the card to close on Escape' });
    expect(page.errors).toEqual([]);
  });

  e2eTest('shows a styled card on a page whose CSP forbids inline styles', async ({ server, page }) => {
    await page.goto(server.url('strict-csp.strict-csp.html'));
    await hoverWord(page, 'full-name', 'Putin');
    const card = await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, message: 'the vladimir-putin card' });
    expect(card.visible).toBe(true);
    // An unstyled card would be transparent text over the article.
    expect(card.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    await sleep(400);
    await page.screenshot(path.join(resultsDir, 'screenshots', `card-strict-csp-${name}.png`));
    expect(page.errors).toEqual([]);
  });

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
