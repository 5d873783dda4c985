/**
 * The card fits the frame it opens in: a 792×240 iframe (tests/fixtures/card-fit/) with a mention
 * across its middle and one on its last line. Hovering each opens the card inside the frame; the
 * card lies wholly inside the frame's viewport, never overlaps the mention's box, and scrolls inside
 * its own border when its content is taller than the room it got. In Chromium and Firefox.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { locateInFrame } from './support/dynamic-probes';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT } from './support/page-probes';
import { resultsDir } from './support/paths';
import { sleep, waitForPage, type E2ePage } from './support/session';

const FRAME = { width: 792, height: 240 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CardFit {
  entity: string | null;
  /** The card's border box, in the frame's viewport coordinates. */
  card: Box;
  /** Every line box of the hovered word, in the same coordinates. */
  mention: Box[];
  viewport: { width: number; height: number };
  scrollHeight: number;
  clientHeight: number;
  /** After scrolling the card to its end: how far it moved, and whether its last row is in view. */
  scrolledBy: number;
  lastRowVisible: boolean;
}

/**
 * Inside the same-origin `<iframe id=frameId>`: the open card's box and scroll state, and the boxes
 * of the first `word` in `#blockId`. Null until a card is rendered and past its fade-in.
 */
const readCardFit = ({ frameId, blockId, word }: { frameId: string; blockId: string; word: string }): CardFit | null => {
  const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
  const doc = frame?.contentDocument;
  const card = doc?.querySelector('cb-briefing-host')?.shadowRoot?.querySelector<HTMLElement>('.cb-card');
  if (!doc || !card) return null;
  const style = getComputedStyle(card);
  if (style.display === 'none' || Number(style.opacity) < 1) return null;
  const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const block = doc.getElementById(blockId);
  const text = block?.firstChild;
  const at = text?.nodeValue?.indexOf(word) ?? -1;
  if (!text || at < 0) return null;
  const range = doc.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + word.length);
  const cardBox = box(card.getBoundingClientRect());
  // The card's body is what scrolls; its head and actions stay in view.
  const scroller = card.querySelector<HTMLElement>('.cb-card__body') ?? card;
  const before = scroller.scrollTop;
  scroller.scrollTop = scroller.scrollHeight;
  const scrolledBy = scroller.scrollTop - before;
  // The innermost last element: the last line of content, whatever block holds it.
  let lastElement = scroller.lastElementChild;
  while (lastElement?.lastElementChild) lastElement = lastElement.lastElementChild;
  const last = lastElement?.getBoundingClientRect();
  const inner = scroller.getBoundingClientRect();
  const lastRowVisible = last !== undefined && last.top >= inner.top - 0.5 && last.bottom <= inner.bottom + 0.5;
  scroller.scrollTop = before;
  return {
    entity: card.getAttribute('data-entity-id'),
    card: cardBox,
    mention: [...range.getClientRects()].map(box),
    viewport: { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight },
    scrollHeight: scroller.scrollHeight,
    clientHeight: scroller.clientHeight,
    scrolledBy,
    lastRowVisible,
  };
};

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(BROWSER_NAMES)('%s: the card fits a small frame', (name) => {
  e2eTest.override('browserName', name);

  async function hoverInFrame(page: E2ePage, blockId: string, word: string, entity: string): Promise<CardFit> {
    const spot = await waitForPage(page, locateInFrame, { frameId: 'embed', blockId, word }, { timeout: 15_000, message: `a highlighted "${word}" in the frame` });
    await page.mouseMove(Math.max(1, spot.x - 30), spot.y);
    await page.mouseMove(spot.x, spot.y);
    await waitForPage(page, readCardFit, { frameId: 'embed', blockId, word }, { timeout: CARD_TIMEOUT, interval: 50, message: `the ${entity} card in the frame` });
    await sleep(300); // past the fade-in and the position updates that follow the first paint
    const fit = await page.evaluate(readCardFit, { frameId: 'embed', blockId, word });
    expect(fit?.entity).toBe(entity);
    return fit!;
  }

  function expectFits(fit: CardFit): void {
    const { card, viewport } = fit;
    const detail = JSON.stringify(fit);
    expect(viewport, detail).toEqual(FRAME);
    expect({ left: card.left >= 0, top: card.top >= 0, right: card.right <= viewport.width, bottom: card.bottom <= viewport.height }, detail).toEqual({
      left: true,
      top: true,
      right: true,
      bottom: true,
    });
    expect(fit.mention.length, detail).toBeGreaterThan(0);
    expect(fit.mention.filter((line) => overlaps(card, line)), detail).toEqual([]);
  }

  for (const [blockId, word, entity, shot] of [
    ['bottom', 'Putin', 'vladimir-putin', 'bottom'],
    ['middle', 'Modi', 'narendra-modi', 'middle'],
  ] as const) {
    e2eTest(`a mention on the frame's ${blockId === 'bottom' ? 'last line' : 'middle line'}: the card stays inside the frame, off the mention, and scrolls`, async ({ server, page }) => {
      await page.goto(server.url('card-fit/small-frame.html'));
      const fit = await hoverInFrame(page, blockId, word, entity);
      await page.screenshot(path.join(resultsDir, 'screenshots', `card-small-frame-${shot}-${name}.png`));
      expectFits(fit);
      // 240 px is less than the briefing needs: the card is cut to the room it has and scrolls to its last row.
      const detail = JSON.stringify(fit);
      expect(fit.scrollHeight, detail).toBeGreaterThan(fit.clientHeight);
      expect(fit.scrolledBy, detail).toBeGreaterThan(0);
      expect(fit.lastRowVisible, detail).toBe(true);
      expect(page.errors).toEqual([]);
    });
  }

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
