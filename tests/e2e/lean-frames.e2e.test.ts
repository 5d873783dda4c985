/**
 * What the extension costs where it has nothing to do, seen from the page:
 * - a frame that is a pixel (0×0, 1×1) or has no text is not annotated, and is once it grows or
 *   shows text (utils/page/frame-gate.ts);
 * - the card's code is not part of the per-frame script: it is imported on the first hover, from
 *   an address the page cannot guess (Chrome `use_dynamic_url`; Firefox keeps it private), and a
 *   page cannot fetch the extension's files at their fixed addresses to detect it;
 * - a stored index that is damaged is compiled again, and the page is marked as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { closeCard, hoverCard } from './support/dynamic-checks';
import { launchInstrumented, type Instrumented } from './support/instrumented';
import { startServer, type FixtureServer } from './support/server';
import { sleep, waitForPage } from './support/session';

/** The part of an extension page's `browser` / `chrome` object these tests use. */
interface StorageApi {
  storage: { local: { set(values: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

/** Highlighted texts inside the same-origin iframe `id`, or null when it is not loaded yet. */
const frameHighlights = (id: string): string[] | null => {
  const frame = document.getElementById(id) as HTMLIFrameElement | null;
  const win = frame?.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!win || win.document.readyState !== 'complete') return null;
  const out: string[] = [];
  win.CSS.highlights.forEach((highlight) => highlight.forEach((range) => out.push(range.toString())));
  return out.sort();
};

/** `frameHighlights` for polling: null until the frame has a highlight. */
const markedIn = (id: string): string[] | null => {
  const frame = document.getElementById(id) as HTMLIFrameElement | null;
  const win = frame?.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!win || win.document.readyState !== 'complete') return null;
  const out: string[] = [];
  win.CSS.highlights.forEach((highlight) => highlight.forEach((range) => out.push(range.toString())));
  return out.length > 0 ? out.sort() : null;
};

describe.each(BROWSER_NAMES)('%s: frames with nothing to show, and the card loaded on demand', (name) => {
  let server: FixtureServer;
  let instrumented: Instrumented;

  beforeAll(async () => {
    server = await startServer();
    instrumented = await launchInstrumented(name);
  });
  afterAll(async () => {
    await instrumented?.browser.close();
    await server?.close();
  });

  it('pixels and empty frames wait; a pixel that grows and an empty frame that gets text are marked', async () => {
    const page = await instrumented.browser.newPage(server.url('frames/tiny-frames.html'));
    await waitForPage(page, markedIn, 'ad', { message: 'the ad frame to be marked' });
    // The content script had time to mark every frame it would.
    await sleep(1_500);
    expect(await page.evaluate(frameHighlights, 'ad')).toEqual(['Vladimir Putin']);
    expect(await page.evaluate(frameHighlights, 'pixel')).toEqual([]);
    expect(await page.evaluate(frameHighlights, 'zero')).toEqual([]);
    expect(await page.evaluate(frameHighlights, 'empty')).toEqual([]);

    await page.evaluate(() => {
      const pixel = document.getElementById('pixel') as HTMLIFrameElement;
      pixel.width = '300';
      pixel.height = '250';
      const slot = (document.getElementById('empty') as HTMLIFrameElement).contentDocument!.getElementById('slot')!;
      slot.textContent = 'Droupadi Murmu opens the session.';
    });
    expect(await waitForPage(page, markedIn, 'pixel', { message: 'the grown pixel to be marked' })).toEqual(['Vladimir Putin']);
    expect(await waitForPage(page, markedIn, 'empty', { message: 'the filled frame to be marked' })).toEqual(['Droupadi Murmu']);
    expect(await page.evaluate(frameHighlights, 'zero')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the card code arrives with the first hover, and the page cannot fetch extension files', async () => {
    const { browser, requests } = instrumented;
    const page = await browser.newPage(server.url('mentions.html'));
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
      return { card: await tryFetch('card-ui.js'), content: await tryFetch('content-scripts/content.js'), manifest: await tryFetch('manifest.json') };
    }, browser.extensionBaseUrl);
    expect(probes.card).toMatch(/^refused/);
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
    await page.close();
  });

  it('a damaged stored index is compiled again and pages are marked as before', async () => {
    const { browser } = instrumented;
    const popup = await browser.openExtensionPage('popup.html');
    await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = (g.browser ?? g.chrome)!;
      await api.storage.local.set({ packIndex: { format: 1, version: 'x', source: 'x', index: { format: 1, edges: '***' } } });
    });
    const page = await browser.newPage(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'mentions marked after the rebuild' });
    const stored = await popup.evaluate(async () => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      const api = (g.browser ?? g.chrome)!;
      const { packIndex } = (await api.storage.local.get('packIndex')) as { packIndex: { version: string; index: { edges: string } } };
      return { version: packIndex.version, edges: packIndex.index.edges.length };
    });
    expect(stored.version).not.toBe('x');
    expect(stored.edges).toBeGreaterThan(100);
    expect(page.errors).toEqual([]);
    await page.close();
    await popup.close();
  });
});
