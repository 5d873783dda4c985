/**
 * Where the text sits (tests/fixtures/dynamic/): a same-origin and a cross-origin iframe (a second
 * server on another 127.0.0.1 port), an open shadow root that gains a story later, a
 * contenteditable editor, and a right-to-left page. For each, in Chromium and Firefox: the
 * expected mentions are highlighted (read from each document's own CSS.highlights), a card opens
 * on hover and by keyboard, no page errors, and the DOM is exactly what the page itself produced.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { byBlock, closeCard, expectBlocks, expectCardPlacedWell, expectUntouched, hoverCard, keyboardCard, readBlocks } from './support/dynamic-checks';
import { askFrame, frameCard, kitReady, locateInFrame } from './support/dynamic-probes';
import { e2eTest as baseTest } from './support/e2e-test';
import { CARD_TIMEOUT } from './support/page-probes';
import { startServer } from './support/server';
import { sleep, waitForPage, type E2ePage } from './support/session';

const CHILD_MENTIONS = { 'child-1': ['cb-person narendra-modi'], 'child-2': ['cb-person andrei-belousov'] };

/** Adds `other`: a second origin (another port) for the cross-origin iframe, which the fixture server may frame. */
const e2eTest = baseTest.extend('other', { scope: 'file' }, async ({}, { onCleanup }) => {
  const other = await startServer();
  onCleanup(() => other.close());
  return other;
});
e2eTest.override('serverOptions', { scope: 'file' }, async ({ other }) => ({ frameOrigins: [other.origin] }));

describe.each(BROWSER_NAMES)('%s: frames, shadow DOM, editor, RTL', (name) => {
  e2eTest.override('browserName', name);
  /** An extension page to send `next-mention` from, as the background's command would. */
  let extensionPage: E2ePage;

  e2eTest.beforeAll(async ({ browsers }) => {
    extensionPage = await (await browsers.get(name)).browser.openExtensionPage('popup.html');
  });

  async function open(page: E2ePage, url: string): Promise<void> {
    await page.goto(url);
    await waitForPage(page, kitReady, undefined, { message: 'the fixture kit' });
  }

  e2eTest('iframes: each frame registers its own highlights, same-origin and cross-origin', async ({ server, other, page }) => {
    await open(page, server.url(`dynamic/frames.html?xo=${encodeURIComponent(other.origin)}`));
    // The top document holds only its own mention; each frame's are in that frame's CSS.highlights.
    await expectBlocks(readBlocks(page), { 'top-1': ['cb-person vladimir-putin'] });
    await expectBlocks(async () => {
      const report = await page.evaluate(askFrame, 'same');
      return report ? byBlock(report.highlights) : {};
    }, CHILD_MENTIONS, { hold: 300 });
    const cross = await waitForPage(page, askFrame, 'cross', { message: 'the cross-origin frame to answer' });
    expect(cross.href.startsWith(other.origin)).toBe(true);
    await expectBlocks(async () => byBlock((await page.evaluate(askFrame, 'cross'))?.highlights ?? []), CHILD_MENTIONS, { hold: 300 });

    await hoverCard(page, 'top-1', 'Putin', 'vladimir-putin');
    await closeCard(page);
    // Inside the same-origin frame, the frame's own content script opens the card in the frame.
    const spot = await waitForPage(page, locateInFrame, { frameId: 'same', blockId: 'child-1', word: 'Modi' }, { message: '"Modi" in the frame' });
    await page.mouseMove(spot.x - 30, spot.y);
    await page.mouseMove(spot.x, spot.y);
    expect(await waitForPage(page, frameCard, 'same', { timeout: CARD_TIMEOUT, message: 'a card inside the frame' })).toBe('narendra-modi');
    await closeCard(page);
    await keyboardCard(page, extensionPage, server.url('dynamic/frames.html'));

    await expectUntouched(page, []);
    for (const frame of ['same', 'cross']) {
      const report = await page.evaluate(askFrame, frame);
      expect({ frame, problems: report?.problems, added: report?.added, attributes: report?.attributes }).toEqual({ frame, problems: [], added: [], attributes: [] });
    }
    expect(page.errors).toEqual([]);
  });

  e2eTest('shadow DOM: mentions in an open shadow root, also one added later', async ({ server, page }) => {
    await open(page, server.url('dynamic/shadow.html'));
    // Bare text right under a shadow root has no element with an id around it: '(no id)'.
    const bare = { '(no id)': ['cb-person narendra-modi'] };
    await expectBlocks(readBlocks(page), { ...bare, 'light-1': ['cb-person vladimir-putin'], 'shadow-1': ['cb-person droupadi-murmu'] }, { hold: 300 });
    await page.evaluate(() => (window as unknown as { __addLater(): void }).__addLater());
    await expectBlocks(readBlocks(page), {
      ...bare,
      'light-1': ['cb-person vladimir-putin'],
      'shadow-1': ['cb-person droupadi-murmu'],
      'shadow-2': ['cb-person andrei-belousov'],
    });
    await hoverCard(page, 'shadow-1', 'Murmu', 'droupadi-murmu');
    await closeCard(page);
    await hoverCard(page, 'shadow-2', 'Belousov', 'andrei-belousov');
    await expectUntouched(page, ['p']);
    expect(page.errors).toEqual([]);
    // Last: the first mention is in the light DOM, the others in the shadow root.
    await keyboardCard(page, extensionPage, server.url('dynamic/shadow.html'));
  });

  e2eTest('contenteditable: names in the editor are not highlighted, typing raises no errors', async ({ server, page }) => {
    await open(page, server.url('dynamic/editor.html'));
    await expectBlocks(readBlocks(page), { intro: ['cb-person vladimir-putin'] });
    await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      editor.focus();
      const selection = getSelection()!;
      selection.selectAllChildren(document.getElementById('draft-2')!);
      selection.collapseToEnd();
    });
    for (const key of [...' Putin met Modi']) await page.press(key);
    expect(await page.evaluate(() => document.getElementById('editor')!.textContent)).toContain('Putin met Modi');
    await sleep(600); // past the mutation batch
    await expectBlocks(readBlocks(page), { intro: ['cb-person vladimir-putin'] });
    await hoverCard(page, 'intro', 'Putin', 'vladimir-putin');
    await keyboardCard(page, extensionPage, server.url('dynamic/editor.html'));
    const report = await page.evaluate(() => (window as unknown as { __cbKit: { check(): string[] } }).__cbKit.check());
    expect(report).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  e2eTest('RTL page: cards stay inside the viewport and off the mention', async ({ server, page }) => {
    await open(page, server.url('dynamic/rtl.html'));
    await expectBlocks(readBlocks(page), {
      'rtl-start': ['cb-person vladimir-putin'],
      'rtl-end': ['cb-person narendra-modi'],
      'rtl-middle': ['cb-person droupadi-murmu'],
    });
    for (const [block, word, entity] of [
      ['rtl-start', 'Putin', 'vladimir-putin'],
      ['rtl-end', 'Modi', 'narendra-modi'],
      ['rtl-middle', 'Murmu', 'droupadi-murmu'],
    ] as const) {
      const { spot } = await hoverCard(page, block, word, entity);
      await sleep(300); // past the fade-in and the first position update
      await expectCardPlacedWell(page, spot);
      await closeCard(page);
    }
    await keyboardCard(page, extensionPage, server.url('dynamic/rtl.html'));
    await expectUntouched(page, []);
    expect(page.errors).toEqual([]);
  });

  e2eTest('asked for nothing outside 127.0.0.1', ({ browser }) => {
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
  });
});
