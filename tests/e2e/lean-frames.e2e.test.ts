/**
 * What the extension costs where it has nothing to do, seen from the page:
 * - a frame that is a pixel (0×0, 1×1) or has no text is not annotated, and is once it grows or
 *   shows text (utils/page/frame-gate.ts);
 * - the card's code is not part of the per-frame script: it is imported on the first hover, from
 *   an address the page cannot guess (Chrome `use_dynamic_url`; Firefox keeps it private), and a
 *   page cannot fetch the extension's files at their fixed addresses to detect it;
 * - a page that names nobody never loads a frame's main part (utils/frame-main.ts): the name gate
 *   rules its text out; a sentence with a name added later loads it and is marked;
 * - a stored index whose trie is damaged is compiled again when a page first needs it.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { closeCard, hoverCard } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import { readHighlights } from './support/page-probes';
import { sleep, waitForPage, type E2ePage } from './support/session';

/** The part of an extension page's `browser` / `chrome` object these tests use. */
interface StorageApi {
  storage: { local: { set(values: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

/** Highlighted texts inside the same-origin iframe `id`, sorted; null while the frame is loading. */
async function frameTexts(page: E2ePage, id: string): Promise<string[] | null> {
  const ranges = await page.evaluate(readHighlights, { frame: id });
  return ranges?.map((r) => r.text).sort() ?? null;
}

/** Waits until the same-origin iframe `id` has highlights, and returns their texts, sorted. */
async function frameMarked(page: E2ePage, id: string, message: string): Promise<string[]> {
  const ranges = await waitForPage(page, readHighlights, { frame: id, nonEmpty: true }, { message });
  return ranges.map((r) => r.text).sort();
}

e2eTest.override('instrument', true);

describe.each(BROWSER_NAMES)('%s: frames with nothing to show, and the card loaded on demand', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('pixels and empty frames wait; a pixel that grows and an empty frame that gets text are marked', async ({ server, page }) => {
    await page.goto(server.url('frames/tiny-frames.html'));
    await frameMarked(page, 'ad', 'the ad frame to be marked');
    // The content script had time to mark every frame it would.
    await sleep(1_500);
    expect(await frameTexts(page, 'ad')).toEqual(['Vladimir Putin']);
    expect(await frameTexts(page, 'pixel')).toEqual([]);
    expect(await frameTexts(page, 'zero')).toEqual([]);
    expect(await frameTexts(page, 'empty')).toEqual([]);

    await page.evaluate(() => {
      const pixel = document.getElementById('pixel') as HTMLIFrameElement;
      pixel.width = '300';
      pixel.height = '250';
      const slot = (document.getElementById('empty') as HTMLIFrameElement).contentDocument!.getElementById('slot')!;
      slot.textContent = 'Droupadi Murmu opens the session.';
    });
    expect(await frameMarked(page, 'pixel', 'the grown pixel to be marked')).toEqual(['Vladimir Putin']);
    expect(await frameMarked(page, 'empty', 'the filled frame to be marked')).toEqual(['Droupadi Murmu']);
    expect(await frameTexts(page, 'zero')).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  e2eTest('a page that names nobody loads nothing more, until a sentence with a name is added', async ({ server, instrumented, page }) => {
    const { browser, requests } = instrumented;
    // The browser (and its request log) is shared by this file's tests: only this test's requests count.
    const before = requests.length;
    const mainRequests = () => requests.slice(before).filter((r) => r.url.endsWith('/frame-main.js'));
    await page.goto(server.url('quiet-article.html'));
    // The content script had time to load whatever it would.
    await sleep(1_500);
    if (name === 'chromium') expect(mainRequests()).toEqual([]);
    expect(await page.evaluate(readHighlights, {})).toEqual([]);

    await page.evaluate(() => document.getElementById('live')!.append(' Prime Minister Narendra Modi will open them.'));
    const marked = await waitForPage(page, readHighlights, { nonEmpty: true }, { message: 'the added name to be marked' });
    expect(marked.map((r) => r.text)).toEqual(['Narendra Modi']);
    if (name === 'chromium') {
      // Imported once, from its per-session address (use_dynamic_url); Chromium also logs the
      // fixed address it resolves that to.
      const loaded = mainRequests().filter((r) => !r.url.startsWith(browser.extensionBaseUrl));
      expect(loaded).toHaveLength(1);
      expect(loaded[0]!.url).toMatch(/^chrome-extension:\/\/[^/]+\/frame-main\.js$/);
    }
    expect(page.errors).toEqual([]);
  });

  e2eTest('the card code arrives with the first hover, and the page cannot fetch extension files', async ({ server, instrumented, page }) => {
    const { browser, requests } = instrumented;
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { message: 'mentions to be marked' });
    await sleep(500);
    const cardRequests = () => requests.filter((r) => r.url.endsWith('/card-ui.js'));
    if (name === 'chromium') expect(cardRequests()).toEqual([]);

    const errorsBefore = page.errors.length;
    const probes = await page.evaluate(async (base) => {
      const tryFetch = async (file: string) => {
        try {
          const response = await fetch(base + file);
          return response.ok ? 'read' : `refused ${response.status}`;
        } catch {
          return 'refused';
        }
      };
      return {
        card: await tryFetch('card-ui.js'),
        main: await tryFetch('frame-main.js'),
        content: await tryFetch('content-scripts/content.js'),
        manifest: await tryFetch('manifest.json'),
      };
    }, browser.extensionBaseUrl);
    expect(probes.card).toMatch(/^refused/);
    expect(probes.main).toMatch(/^refused/);
    expect(probes.content).toMatch(/^refused/);
    expect(probes.manifest).toMatch(/^refused/);
    // Each browser reports the refused probes as errors of the page (Firefox a moment later): the probes' own doing.
    await sleep(500);
    const probeErrors = page.errors.slice(errorsBefore);
    for (const error of probeErrors) expect(error).toMatch(/chrome-extension:|moz-extension:/);

    await hoverCard(page, 'full-name', 'Putin', 'vladimir-putin');
    await closeCard(page);
    if (name === 'chromium') {
      // The probe's request went to the fixed address; the content script's to a per-session one (use_dynamic_url).
      const loaded = cardRequests().filter((r) => !r.url.startsWith(browser.extensionBaseUrl));
      expect(loaded).toHaveLength(1);
      expect(loaded[0]!.url).toMatch(/^chrome-extension:\/\/[^/]+\/card-ui\.js$/);
    }
    expect(page.errors.filter((error) => !probeErrors.includes(error))).toEqual([]);
  });

  e2eTest('a stored index damaged in its trie is compiled again when a page first needs it, and the page is marked', async ({ server, browser, page }) => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = (g.browser ?? g.chrome)!;
      const { packTrie } = (await api.storage.local.get('packTrie')) as { packTrie: { source: string; trie: Record<string, unknown> } };
      await api.storage.local.set({ packTrie: { source: packTrie.source, trie: { ...packTrie.trie, edges: '***' } } });
    });
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'mentions marked after the rebuild' });
    const edges = await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = (g.browser ?? g.chrome)!;
      const { packTrie } = (await api.storage.local.get('packTrie')) as { packTrie: { trie: { edges: string } } };
      return packTrie.trie.edges.length;
    });
    expect(edges).toBeGreaterThan(100);
    expect(page.errors).toEqual([]);
    await popup.close();
  });
});
