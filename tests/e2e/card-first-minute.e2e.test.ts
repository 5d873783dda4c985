/**
 * The card a newcomer meets, and navigating between cards, on the offline demo article in Chromium
 * and Firefox.
 *
 * Fit: at 1280×900, at 200 % zoom and at 390 px wide, with the mention high on the screen (card
 * below it) and low (card above), the card lies inside the viewport and its close button and
 * actions lie inside the card's visible box, measured from their boxes. 200 % zoom is a 640×450
 * CSS-pixel viewport: browser zoom at 200 % halves the CSS viewport of a 1280×900 window and
 * doubles device pixels per CSS pixel, and layout (all this test measures) happens in CSS pixels;
 * the default font size stays 16 CSS px under zoom, as it does here. Device pixel ratio changes only
 * rasterisation, not boxes.
 *
 * Navigation: moving straight from one highlighted name to another swaps the card without a frame
 * without it; a related entity opened from the card has a Back to the one before; the next-mention
 * command goes on from the mention visited last, also after Esc.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { sendToTab } from './support/extension-messages';
import { entityForSurface } from './support/fixture-expectations';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT, locateWord, noOpenCard, readVisibleCard } from './support/page-probes';
import { resultsDir } from './support/paths';
import { sleep, waitForPage, type E2ePage } from './support/session';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CardBoxes {
  entity: string | null;
  viewport: { width: number; height: number };
  card: Box;
  close: Box;
  actions: Box[];
  /** The card's own scroll: zero when only its body scrolls. */
  cardScrollTop: number;
  cardOverflows: boolean;
  bodyOverflows: boolean;
}

/** The open card's box, its close button's and its actions' boxes, in viewport coordinates. */
const readCardBoxes = (): CardBoxes | null => {
  const card = document.querySelector('cb-briefing-host')?.shadowRoot?.querySelector<HTMLElement>('.cb-card');
  if (!card) return null;
  const style = getComputedStyle(card);
  if (style.display === 'none' || Number(style.opacity) < 1) return null;
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const close = card.querySelector('.cb-card__close');
  const body = card.querySelector<HTMLElement>('.cb-card__body');
  if (!close || !body) return null;
  return {
    entity: card.getAttribute('data-entity-id'),
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
    card: box(card),
    close: box(close),
    actions: [...card.querySelectorAll('.cb-action')].map(box),
    cardScrollTop: card.scrollTop,
    cardOverflows: card.scrollHeight > card.clientHeight + 1,
    bodyOverflows: body.scrollHeight > body.clientHeight + 1,
  };
};

/** Scrolls `#blockId` so its first `word` sits at `at` × the viewport's height. */
const scrollWordTo = ({ blockId, word, at }: { blockId: string; word: string; at: number }) => {
  const block = document.getElementById(blockId);
  const text = block?.firstChild;
  const index = text?.nodeValue?.indexOf(word) ?? -1;
  if (!text || index < 0) return false;
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + word.length);
  window.scrollBy(0, range.getBoundingClientRect().top - innerHeight * at);
  return true;
};

/** Starts counting animation frames in which no card is rendered (read by `framesWithoutCard`). */
const watchCardFrames = () => {
  const w = window as unknown as { __cbGaps: number; __cbFrames: number; __cbWatch: boolean };
  w.__cbGaps = 0;
  w.__cbFrames = 0;
  w.__cbWatch = true;
  const tick = () => {
    if (!w.__cbWatch) return;
    const card = document.querySelector('cb-briefing-host')?.shadowRoot?.querySelector('.cb-card');
    w.__cbFrames++;
    if (!card || card.getBoundingClientRect().height === 0) w.__cbGaps++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
const framesWithoutCard = () => {
  const w = window as unknown as { __cbGaps: number; __cbFrames: number; __cbWatch: boolean };
  w.__cbWatch = false;
  return { gaps: w.__cbGaps, frames: w.__cbFrames };
};

/** Clicks the button in the open card whose accessible name or text is `name`; false if none. */
const clickCardButton = (name: string): boolean => {
  const root = document.querySelector('cb-briefing-host')?.shadowRoot;
  const button = [...(root?.querySelectorAll<HTMLButtonElement>('.cb-card button') ?? [])].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  );
  button?.click();
  return Boolean(button);
};

/** Texts of the highlighted mentions from the first one not above the viewport, in document order. */
const mentionsFromScreen = (): string[] => {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight) =>
    highlight.forEach((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      ranges.push(live);
    }),
  );
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.filter((r) => r.getBoundingClientRect().bottom > 0).map((r) => r.toString());
};

const VIEWPORTS = [
  { label: '1280×900', width: 1280, height: 900 },
  { label: '200 % zoom (640×450 CSS px)', width: 640, height: 450 },
  { label: '390 px wide', width: 390, height: 844 },
] as const;


describe.each(BROWSER_NAMES)('%s: the card in the first minute', (name) => {
  e2eTest.override('browserName', name);

  async function hover(page: E2ePage, blockId: string, word: string, entity: string) {
    const spot = await waitForPage(page, locateWord, { blockId, word, highlightedOnly: true }, { timeout: 15_000, message: `a highlighted "${word}"` });
    await page.mouseMove(Math.max(1, spot.x - 30), spot.y);
    await page.mouseMove(spot.x, spot.y);
    await waitForPage(page, readVisibleCard, entity, { timeout: CARD_TIMEOUT, interval: 50, message: `the ${entity} card` });
    return spot;
  }

  for (const viewport of VIEWPORTS) {
    e2eTest(`${viewport.label}: close and actions are in view, below and above the mention`, async ({ server, page }) => {
      await page.setViewport(viewport.width, viewport.height);
      await page.goto(server.url('demo-article.html'));
      for (const at of [0.15, 0.85]) {
        await page.mouseMove(1, 1);
        await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'no card open' });
        await waitForPage(page, scrollWordTo, { blockId: 'p9', word: 'Putin', at });
        await sleep(200);
        await hover(page, 'p9', 'Putin', 'vladimir-putin');
        await sleep(400); // past the fade-in and the position updates after the first paint
        const boxes = (await page.evaluate(readCardBoxes))!;
        const shot = `card-first-minute-${viewport.width}x${viewport.height}-${at < 0.5 ? 'below' : 'above'}-${name}.png`;
        await page.screenshot(path.join(resultsDir, 'screenshots', shot));
        const detail = JSON.stringify(boxes);
        const inside = (inner: Box, outer: Box) =>
          inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
        const screen = { left: 0, top: 0, right: boxes.viewport.width, bottom: boxes.viewport.height };
        expect(boxes.entity, detail).toBe('vladimir-putin');
        expect(inside(boxes.card, screen), `card inside the viewport: ${detail}`).toBe(true);
        expect(inside(boxes.close, boxes.card), `close inside the card: ${detail}`).toBe(true);
        expect(boxes.actions.length, detail).toBe(2);
        for (const action of boxes.actions) expect(inside(action, boxes.card), `action inside the card: ${detail}`).toBe(true);
        // Only the body scrolls: the card itself neither overflows nor is scrolled.
        expect({ cardOverflows: boxes.cardOverflows, cardScrollTop: boxes.cardScrollTop }, detail).toEqual({ cardOverflows: false, cardScrollTop: 0 });
      }
      expect(page.errors).toEqual([]);
    });
  }

  e2eTest('moving straight from one name to the next swaps the card without closing it', async ({ server, page }) => {
    await page.setViewport(1280, 900);
    await page.goto(server.url('demo-article.html'));
    await waitForPage(page, scrollWordTo, { blockId: 'p9', word: 'Putin', at: 0.3 });
    await hover(page, 'p9', 'Putin', 'vladimir-putin');
    const modi = await waitForPage(page, locateWord, { blockId: 'p9', word: 'Modi', highlightedOnly: true });
    await page.evaluate(watchCardFrames);
    await page.mouseMove(modi.x, modi.y);
    await waitForPage(page, readVisibleCard, 'narendra-modi', { timeout: CARD_TIMEOUT, interval: 50, message: 'the Modi card' });
    const { gaps, frames } = await page.evaluate(framesWithoutCard);
    expect(frames).toBeGreaterThan(3);
    expect(gaps, `${gaps} of ${frames} frames had no card`).toBe(0);
    expect(page.errors).toEqual([]);
  });

  e2eTest('a related entity opened from the card has a Back to the one before', async ({ server, page }) => {
    await page.setViewport(1280, 900);
    await page.goto(server.url('demo-article.html'));
    await waitForPage(page, scrollWordTo, { blockId: 'p9', word: 'Putin', at: 0.3 });
    await hover(page, 'p9', 'Putin', 'vladimir-putin');
    expect(await page.evaluate(clickCardButton, 'Narendra Modi')).toBe(true);
    const modi = await waitForPage(page, readVisibleCard, 'narendra-modi', { timeout: CARD_TIMEOUT, message: 'the related Modi card' });
    expect(modi.text).toContain('Back');
    expect(await page.evaluate(clickCardButton, 'Indo-Pacific')).toBe(true);
    await waitForPage(page, readVisibleCard, 'indo-pacific', { timeout: CARD_TIMEOUT, message: 'the related Indo-Pacific card' });
    expect(await page.evaluate(clickCardButton, 'Back to Narendra Modi')).toBe(true);
    await waitForPage(page, readVisibleCard, 'narendra-modi', { timeout: CARD_TIMEOUT, message: 'back to Modi' });
    expect(await page.evaluate(clickCardButton, 'Back to Vladimir Putin')).toBe(true);
    const putin = await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, message: 'back to Putin' });
    expect(putin.text).not.toContain('Back');
    expect(page.errors).toEqual([]);
  });

  e2eTest('the next-mention command goes on from the mention visited last, also after Esc', async ({ server, browser, page }) => {
    await page.setViewport(1280, 900);
    await page.goto(server.url('demo-article.html'));
    await waitForPage(page, scrollWordTo, { blockId: 'p9', word: 'Putin', at: 0.1 });
    await sleep(300);
    const ahead = (await waitForPage(page, mentionsFromScreen, undefined, { message: 'mentions on screen' })).slice(0, 2).map(entityForSurface);
    // Two mentions of different entities, so starting over would show.
    expect(ahead.filter((entity) => entity.startsWith('?')), ahead.join(', ')).toEqual([]);
    expect(new Set(ahead).size, ahead.join(', ')).toBeGreaterThan(1);
    const extensionPage = await browser.openExtensionPage('popup.html');
    const seen: string[] = [];
    for (let step = 0; step < ahead.length; step++) {
      await page.bringToFront();
      await page.mouseMove(1, 1);
      expect(await sendToTab(extensionPage, server.url(''), { type: 'next-mention' })).toEqual({ reply: true });
      await waitForPage(page, readVisibleCard, ahead[step]!, { timeout: CARD_TIMEOUT, interval: 50, message: `the card of mention ${step + 1} (${ahead[step]})` }).catch(() => undefined);
      seen.push((await page.evaluate(() => document.querySelector('cb-briefing-host')?.shadowRoot?.querySelector('.cb-card')?.getAttribute('data-entity-id') ?? null)) ?? '(none)');
      await page.press('Escape');
      await waitForPage(page, noOpenCard, undefined, { timeout: 2_000, message: 'the card to close on Esc' });
    }
    expect(seen).toEqual(ahead);
    expect(page.errors).toEqual([]);
    await extensionPage.close();
  });

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
