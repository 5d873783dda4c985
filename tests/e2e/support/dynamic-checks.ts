/**
 * The checks every dynamic fixture goes through (tests/e2e/dynamic-*.e2e.test.ts): expected
 * highlights block by block, a card on hover, a card by keyboard (`next-mention` from an extension
 * page), and the page's DOM exactly as the page itself left it. Cards are waited for with
 * `CARD_TIMEOUT` (page-probes.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { entityForSurface } from './fixture-expectations';
import { cardPlacement, firstMentionOnScreen, focusInCardHost, kitHighlights, kitReport, locateHighlightedWord } from './dynamic-probes';
import { sendToTab } from './extension-messages';
import { CARD_TIMEOUT, countHighlights, noOpenCard, readVisibleCard, type CardState, type HighlightedRange } from './page-probes';
import { DEFAULT_VIEWPORT, sleep, waitForPage, type E2ePage } from './session';

export type Blocks = Record<string, string[]>;

/** `{ blockId: ['cb-person vladimir-putin', …] }`, sorted; unknown text shows as `?<text>`. */
export function byBlock(ranges: HighlightedRange[], { skipCollapsed = false } = {}): Blocks {
  const blocks: Blocks = {};
  for (const range of ranges) {
    if (skipCollapsed && range.text === '') continue;
    (blocks[range.block ?? '(no id)'] ??= []).push(`${range.name} ${entityForSurface(range.text)}`);
  }
  for (const list of Object.values(blocks)) list.sort();
  return blocks;
}

/**
 * Polls `read` until it returns exactly `expected`, then checks it still does a second later (a
 * late rescan must not add or lose anything); fails with the last difference otherwise.
 */
export async function expectBlocks(read: () => Promise<Blocks>, expected: Blocks, { timeout = 15_000, hold = 1_000 } = {}): Promise<number> {
  const started = Date.now();
  let last: Blocks = {};
  while (Date.now() - started < timeout) {
    last = await read();
    if (isDeepStrictEqual(last, expected)) {
      const took = Date.now() - started;
      await sleep(hold);
      expect(await read()).toEqual(expected);
      return took;
    }
    await sleep(150);
  }
  expect(last).toEqual(expected);
  return timeout;
}

export const readBlocks = (page: E2ePage) => async () => byBlock(await page.evaluate(kitHighlights));

export async function moveAway(page: E2ePage): Promise<void> {
  await page.mouseMove(DEFAULT_VIEWPORT.width - 3, DEFAULT_VIEWPORT.height - 3);
}

/** Rests the pointer on a highlighted `word` of block `blockId` and waits for `entity`'s card. */
export async function hoverCard(page: E2ePage, blockId: string, word: string, entity: string): Promise<{ card: CardState; spot: { x: number; y: number } }> {
  const spot = await waitForPage(page, locateHighlightedWord, { blockId, word }, { timeout: 15_000, message: `a highlighted "${word}" in #${blockId}` });
  await page.mouseMove(Math.max(1, spot.x - 30), spot.y);
  await page.mouseMove(spot.x, spot.y);
  const card = await waitForPage(page, readVisibleCard, entity, { timeout: CARD_TIMEOUT, interval: 50, message: `the ${entity} card on hover` });
  return { card, spot };
}

/** Esc closes whatever card is open; the pointer goes to an empty corner. */
export async function closeCard(page: E2ePage): Promise<void> {
  await moveAway(page);
  await page.press('Escape');
  await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'the card to close' });
}

/**
 * The keyboard path: with no card open, `next-mention` (sent from an extension page to the tab's
 * top frame, as the command does) opens the card of the first mention on screen and moves focus
 * into our host. Returns that entity.
 */
export async function keyboardCard(page: E2ePage, extensionPage: E2ePage, urlPrefix: string): Promise<{ entity: string; card: CardState }> {
  await closeCard(page);
  const first = await page.evaluate(firstMentionOnScreen);
  expect(first, 'a mention on screen').not.toBeNull();
  const entity = entityForSurface(first!);
  await page.bringToFront();
  const sent = await sendToTab(extensionPage, urlPrefix, { type: 'next-mention' });
  expect(sent).toEqual({ reply: true });
  const card = await waitForPage(page, readVisibleCard, entity, { timeout: CARD_TIMEOUT, interval: 50, message: `the ${entity} card by keyboard` });
  const focus = await waitForPage(page, () => {
    const state = { active: document.activeElement?.tagName.toLowerCase() ?? null };
    return state.active === 'cb-briefing-host' ? state : null;
  }, undefined, { timeout: 2_000, message: 'focus in cb-briefing-host' }).catch(async () => page.evaluate(focusInCardHost));
  expect(focus.active).toBe('cb-briefing-host');
  return { entity, card };
}

/** The open card lies inside the viewport and does not cover the point it describes. */
export async function expectCardPlacedWell(page: E2ePage, spot: { x: number; y: number }): Promise<void> {
  const placement = await page.evaluate(cardPlacement, spot);
  expect(placement).not.toBeNull();
  const p = placement!;
  expect({ left: p.left >= 0, right: p.right <= p.viewportWidth, top: p.top >= 0, bottom: p.bottom <= p.viewportHeight, coversPoint: p.coversPoint }, JSON.stringify(p)).toEqual({
    left: true,
    right: true,
    top: true,
    bottom: true,
    coversPoint: false,
  });
}

/**
 * The page's DOM is exactly what the page itself last produced (kit.js snapshots), no element of
 * ours is inside it, and the elements the page added are only of the kinds it adds itself.
 */
export async function expectUntouched(page: E2ePage, ownTags: string[]): Promise<void> {
  const report = await page.evaluate(kitReport);
  expect(report.problems).toEqual([]);
  expect(report.attributes).toEqual([]);
  expect(report.added.filter((tag) => !ownTags.includes(tag))).toEqual([]);
}

/**
 * `countHighlights` once the page's marking has settled: the same counts twice, `holdMs` apart.
 * The first highlights appear before the rest of the page is scanned, so a count taken at the
 * first highlight is not the page's count.
 */
export async function settledHighlights(page: E2ePage, { holdMs = 400, timeout = 10_000 } = {}): Promise<Record<string, number>> {
  const deadline = Date.now() + timeout;
  let last = JSON.stringify(await page.evaluate(countHighlights));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    const now = JSON.stringify(await page.evaluate(countHighlights));
    if (now === last) return JSON.parse(now) as Record<string, number>;
    if (Date.now() > deadline) throw new Error(`highlights still changing after ${timeout} ms (last ${now})`);
    last = now;
  }
}
