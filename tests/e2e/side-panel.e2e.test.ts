/**
 * The side panel against a real page: it lists the page's mentions with each briefing and the
 * page's own sentences about them, a sentence takes the page to its mention and opens the card
 * there, the list follows the page as it changes, and axe finds nothing in it.
 *
 * Neither driver can open the browser's own side panel (Chrome's side panel and Firefox's sidebar
 * are browser UI, outside any tab Playwright or BiDi reach), so the panel's page is opened in a
 * tab of its own beside the fixture, pinned to it with `?tab=<id>`: the same page, code and
 * messages as in the panel; only which tab it follows is given rather than found. That the
 * popup's button opens the browser's own panel is checked apart, from the browser's side: Chrome's
 * `runtime.getContexts` lists a SIDE_PANEL document, Firefox's `sidebarAction.isOpen` says true.
 */
import { describe, expect } from 'vitest';
import { axeSource } from '../support/axe';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT, readVisibleCard } from './support/page-probes';
import { openPanelBeside } from './support/side-panel-page';
import { sleep, waitForPage } from './support/session';

/** Whether the extension's own side panel (Chrome) or sidebar (Firefox) is open, asked from an extension page. */
const panelOpen = async (): Promise<boolean> => {
  type Contexts = { getContexts(filter: object): Promise<Array<{ documentUrl?: string }>> };
  const g = globalThis as unknown as { chrome?: { runtime?: Partial<Contexts> }; browser?: { sidebarAction?: { isOpen(details: object): Promise<boolean> } } };
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.isOpen({});
  const contexts = await (g.chrome!.runtime as Contexts).getContexts({ contextTypes: ['SIDE_PANEL'] });
  return contexts.some((context) => context.documentUrl?.endsWith('/sidepanel.html') ?? false);
};

/** Names in the panel's mention list, and the quoted sentences per entity. */
const readPanel = () => {
  const list = document.querySelector('[aria-label="Mentions on this page, with each briefing"]');
  const names = [...(list?.querySelectorAll('li h3') ?? [])].map((h) => h.textContent);
  const sentences: Record<string, string[]> = {};
  for (const group of document.querySelectorAll('.cb-sentences')) {
    sentences[group.getAttribute('data-entity-id')!] = [...group.querySelectorAll('q')].map((q) => q.textContent ?? '');
  }
  return { names, sentences };
};

describe.each(BROWSER_NAMES)('%s: side panel', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('lists the page’s mentions and sentences; a sentence takes the page to its mention and opens its card', async ({ server, browser, page }) => {
    await page.setViewport(1000, 360);
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
    const panel = await openPanelBeside(browser, page, server.url('mentions.html'));

    const shown = await waitForPage(panel, () => (document.querySelectorAll('.cb-sentences q').length > 0 ? true : null), undefined, { timeout: 10_000, message: 'the page’s sentences in the panel' }).then(() => panel.evaluate(readPanel));
    expect(shown.names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Narendra Modi', 'Droupadi Murmu', 'Andrei Belousov', 'War in Ukraine']));
    expect(shown.sentences['vladimir-putin']).toEqual([
      'Vladimir Putin spoke to reporters on Tuesday.',
      'Aides said Putin’s schedule was not published.',
      'Vladimir Putin answered questions afterwards.',
    ]);
    expect(shown.sentences['narendra-modi']).toEqual(['Prime Minister Narendra Modi welcomed the delegation.']);
    // The namesake and the text in form fields, scripts and templates are not the page's sentences about them.
    expect(JSON.stringify(shown.sentences)).not.toMatch(/Lalit|template|Notes/);

    // The last Putin sentence is below the fold of the 360 px tab: the jump scrolls to it and opens the card there.
    const before = await page.evaluate(() => document.getElementById('split')!.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(360);
    await panel.evaluate(() => {
      const quote = [...document.querySelectorAll<HTMLButtonElement>('.cb-sentences[data-entity-id="vladimir-putin"] .cb-quote-jump')].find((b) =>
        b.textContent?.includes('answered questions'),
      );
      quote!.click();
    });
    await page.bringToFront();
    await waitForPage(page, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, interval: 50, message: 'the Putin card after the jump' });
    const after = await page.evaluate(() => {
      const split = document.getElementById('split')!.getBoundingClientRect();
      return { top: split.top, bottom: split.bottom, viewport: innerHeight };
    });
    expect(after.top).toBeGreaterThanOrEqual(0);
    expect(after.bottom).toBeLessThanOrEqual(after.viewport);

    // The entity's own button opens its card too.
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('[data-entity-id="narendra-modi"] .cb-panel-mention__go')!.click());
    await waitForPage(page, readVisibleCard, 'narendra-modi', { timeout: CARD_TIMEOUT, interval: 50, message: 'the Modi card from its button' });
    expect(panel.errors).toEqual([]);
    await panel.close();
  });

  e2eTest('follows the page as it changes', async ({ server, browser, page }) => {
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
    const panel = await openPanelBeside(browser, page, server.url('mentions.html'));
    await waitForPage(panel, () => (document.querySelectorAll('.cb-panel-mention').length > 0 ? true : null), undefined, { message: 'the panel’s list' });
    expect((await panel.evaluate(readPanel)).names).not.toContain('Kremlin');

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The Kremlin confirmed the dates of the visit.';
      document.body.append(p);
    });
    const names = await waitForPage(panel, () => {
      const read = [...document.querySelectorAll('.cb-panel-mention h3')].map((h) => h.textContent);
      return read.includes('Kremlin') ? read : null;
    }, undefined, { timeout: 10_000, message: 'Kremlin in the panel after the page named it' });
    expect(names).toContain('Vladimir Putin');
    await waitForPage(panel, () => (document.querySelector('.cb-sentences[data-entity-id="kremlin"] q')?.textContent === 'The Kremlin confirmed the dates of the visit.' ? true : null), undefined, {
      timeout: 10_000,
      message: 'the new sentence quoted',
    });
    await panel.close();
  });

  e2eTest('the popup’s button opens the browser’s own side panel', async ({ server, browser, page }) => {
    await page.goto(server.url('mentions.html'));
    const watcher = await browser.openExtensionPage('welcome.html');
    expect(await watcher.evaluate(panelOpen)).toBe(false);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewport(400, 600);
    // The popup settles in steps (the page's mentions, the article probe's answer above the button):
    // click only once the button has stayed put for half a second, so the click lands on it.
    const buttonSpot = () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Open side panel');
      const rect = button?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    };
    let spot = await waitForPage(popup, buttonSpot, undefined, { message: 'the popup’s side panel button' });
    for (let still = 0; still < 5; ) {
      await sleep(100);
      const now = await waitForPage(popup, buttonSpot, undefined, { message: 'the popup’s side panel button' });
      still = now.x === spot.x && now.y === spot.y ? still + 1 : 0;
      spot = now;
    }
    await popup.bringToFront();
    // A real click: both browsers open a panel only while handling the user's input.
    await popup.click(spot.x, spot.y);
    await sleep(200);
    await waitForPage(watcher, panelOpen, undefined, { timeout: 10_000, message: 'the side panel to open' });
    await watcher.close();
  });

  e2eTest('axe: the side panel has no violations', async ({ server, browser, page }) => {
    await page.goto(server.url('mentions.html'));
    await waitForPage(page, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
    const panel = await openPanelBeside(browser, page, server.url('mentions.html'));
    await waitForPage(panel, () => (document.querySelectorAll('.cb-sentences q').length > 0 ? true : null), undefined, { timeout: 10_000, message: 'the panel filled' });
    const run = panel.evaluate as unknown as (source: string) => Promise<unknown>;
    await run.call(panel, `${axeSource};\ntrue`);
    const findings = await panel.evaluate(async () => {
      type AxeResult = { violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    });
    // Every violation, not only serious ones: the panel is new and can start clean.
    expect(findings).toEqual([]);
    await panel.close();
  });
});
