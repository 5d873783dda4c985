/**
 * The extension makes no network request at all (README, "Permissions"). A fixture page
 * that asks for nothing but its own HTML (hostile/quiet.html: inline style, `data:` favicon, no
 * script) is exercised the way a reader would: load it, hover a mention for its card, ask for its
 * mentions as the popup does, open the popup and the options page, change a setting and change it
 * back. Then:
 * - the fixture server saw exactly one request, for that HTML;
 * - the drivers aborted nothing (they abort every request not for 127.0.0.1) and nothing arrived
 *   from elsewhere;
 * - Chromium: every request of the browser context — tabs, frames, the popup and options pages and
 *   the extension's service worker (Playwright reports service-worker traffic on the context) — is
 *   either for the extension's own files or that one HTML page, made by the tab.
 * Firefox has no equivalent of the service-worker view over BiDi: there the server log and the
 * driver's blocked list (which covers the tab and the extension pages) are the proof.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { byBlock, closeCard, expectBlocks, hoverCard } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import { sendToTab } from './support/extension-messages';
import { extensionConsole } from './support/instrumented';
import { readHighlights, toggleByLabel } from './support/page-probes';
import { startServer, type FixtureServer } from './support/server';
import { sleep, waitForPage } from './support/session';

e2eTest.override('instrument', true);

describe.each(BROWSER_NAMES)('%s: no network requests from the extension', (name) => {
  e2eTest.override('browserName', name);
  // Not the fixture's server: one of its own per browser, since its log is this test's evidence.
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  e2eTest('loading a page, hovering, the popup, the options page and a settings change request nothing', async ({ instrumented, browser, page }) => {
    const url = server.url('hostile/quiet.html');
    await page.goto(url);
    // quiet.html has no kit.js (that would be a request): its highlights are read directly.
    await expectBlocks(async () => byBlock((await page.evaluate(readHighlights))!), {
      'p-1': ['cb-person narendra-modi', 'cb-person vladimir-putin'],
      'p-2': ['cb-event war-in-ukraine'],
    }, { hold: 300 });
    await hoverCard(page, 'p-1', 'Putin', 'vladimir-putin');
    await closeCard(page);

    const popup = await browser.openExtensionPage('popup.html');
    await waitForPage(popup, () => document.body.innerText.trim().length > 0, undefined, { message: 'the popup to render' });
    await page.bringToFront();
    const mentions = await sendToTab(popup, url, { type: 'get-page-mentions' });
    expect(mentions.reply).toMatchObject({ total: 3 });

    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelectorAll('input').length > 0, undefined, { message: 'options controls' });
    expect(await waitForPage(options, toggleByLabel, { words: ['people', 'persons?'], click: true, wait: true }, { message: 'the People checkbox' })).toMatchObject({ found: true, checked: false });
    await page.bringToFront();
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) === 0, undefined, { message: 'person highlights to go' });
    await options.bringToFront();
    expect(await options.evaluate(toggleByLabel, { words: ['people', 'persons?'], click: true })).toMatchObject({ found: true, checked: true });
    await page.bringToFront();
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) === 2, undefined, { message: 'person highlights to come back' });
    // Anything late (a sync, a telemetry ping on a timer) gets a moment to show up.
    await sleep(2_000);

    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.status}`)).toEqual(['GET /hostile/quiet.html 200']);
    expect(browser.network.blocked).toEqual([]);
    expect(browser.network.reached).toEqual([]);
    if (name === 'chromium') {
      const { requests } = instrumented;
      // A frame's main part and the card's code come from the extension at their per-session
      // addresses (use_dynamic_url).
      const ownFile = (url: string) => url.startsWith(browser.extensionBaseUrl) || /^chrome-extension:\/\/[^/]+\/(?:frame-main|card-ui)\.js$/.test(url);
      const outside = requests.filter((r) => !ownFile(r.url) && !r.url.startsWith('data:'));
      // `by` names the tab's URL when the request started: about:blank, for its own navigation.
      expect(outside.map((r) => `${r.by.split(' ')[0]} ${r.resourceType} ${r.url}`)).toEqual([`page document ${url}`]);
      // Nothing from the service worker but its own files, if anything.
      expect(requests.filter((r) => r.by.startsWith('service-worker') && !r.url.startsWith(browser.extensionBaseUrl))).toEqual([]);
      console.log(
        `[e2e] ${name} network: ${requests.length} requests in the context, all chrome-extension:// but the page's own HTML ` +
          `(${requests.filter((r) => r.by.startsWith('service-worker')).length} from the service worker)`,
      );
    }
    expect(page.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
    expect(options.errors).toEqual([]);
    expect(extensionConsole(instrumented.console)).toEqual([]);
    await options.close();
    await popup.close();
  });
});
