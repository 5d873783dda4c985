/**
 * Accessibility in the real browsers: axe-core (the installed 4.14.1, injected through the driver)
 * finds no violation (of any impact) in popup.html, welcome.html, options.html and the briefing card — colour
 * contrast included, which needs the real layout the happy-dom check (components/a11y.test.tsx)
 * lacks. And the options page works from the keyboard alone: Tab visits every control once, in
 * document order, and each one shows a visible focus ring.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { CARD_CONTEXT, injectAxe, axeViolations } from './support/axe-checks';
import { hoverCard } from './support/dynamic-checks';
import { e2eTest } from './support/e2e-test';
import { CARD_TIMEOUT, readVisibleCard } from './support/page-probes';
import { openPopupFor } from './support/popup-page';
import { sleep, waitForPage } from './support/session';

interface TabStop {
  /** `input[type=checkbox] "People"`, `button "Export settings"`… */
  label: string;
  /** Index of the element among the page's focusable controls, in document order. */
  index: number;
  /** Whether an outline or box-shadow appeared on the element (or the sibling that draws it) on focus. */
  ring: boolean;
}

/**
 * Numbers the page's focusable controls in document order (radio groups count once, as the
 * browser tabs only to the checked radio) and records each control's and its next sibling's
 * outline and box-shadow before anything is focused: the baseline a focus ring is compared with.
 */
const prepareTabWalk = (): string[] => {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
  const seenGroups = new Set<string>();
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    if (!el.checked || seenGroups.has(el.name)) return false;
    seenGroups.add(el.name);
    return true;
  });
  // What draws a focus ring: an outline, or a box-shadow. Hidden native inputs (the switch, the
  // file picker) have it drawn on their next sibling.
  const ringOf = (el: Element | null) => {
    if (!el) return { outline: 'none', shadow: 'none' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return { outline, shadow: style.boxShadow };
  };
  const w = window as unknown as { __controls: HTMLElement[]; __baseline: unknown[]; __ringOf: typeof ringOf };
  (document.activeElement as HTMLElement | null)?.blur();
  w.__controls = controls;
  w.__baseline = controls.map((el) => [ringOf(el), ringOf(el.nextElementSibling)]);
  w.__ringOf = ringOf;
  return controls.map((el) => el.outerHTML.slice(0, 80));
};

/** Where focus is now, as a `TabStop` (index -1 when it is not one of the numbered controls). */
const currentStop = (): TabStop | null => {
  type Ring = { outline: string; shadow: string };
  const w = window as unknown as { __controls: HTMLElement[]; __baseline: Ring[][]; __ringOf(el: Element | null): Ring };
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const index = w.__controls.indexOf(el);
  const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ');
  const name = el.getAttribute('aria-label') || labels || el.textContent || '';
  const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
  const before = w.__baseline[index] ?? [];
  // Focus shows when an outline or a box-shadow appears that was not there before focus.
  const appeared = (now: Ring, then: Ring | undefined) =>
    (now.outline !== 'none' && now.outline !== then?.outline) || (now.shadow !== 'none' && now.shadow !== then?.shadow);
  const ring = appeared(w.__ringOf(el), before[0]) || appeared(w.__ringOf(el.nextElementSibling), before[1]);
  return { label: `${el.tagName.toLowerCase()}${type} "${name.replace(/\s+/g, ' ').trim()}"`, index, ring };
};

describe.each(BROWSER_NAMES)('%s: accessibility', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('axe: popup.html has no violations', async ({ browser }) => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewport(400, 600);
    await waitForPage(popup, () => document.querySelector('.cb-popup__body h2, .cb-popup__body h1') !== null, undefined, { message: 'the popup content' });
    await injectAxe(popup);
    expect(await popup.evaluate(axeViolations, { include: null })).toEqual([]);
    await popup.close();
  });

  e2eTest('the popup over a page lists its mentions as buttons named and described for a screen reader, axe finds nothing, and choosing one opens its card in the page', async ({ server, browser, page: tab }) => {
    await tab.goto(server.url('mentions.html'));
    await waitForPage(tab, () => (CSS.highlights.get('cb-person')?.size ?? 0) > 0, undefined, { timeout: 15_000, message: 'person highlights' });
    const popup = await openPopupFor(browser, tab);
    const putin = await waitForPage(
      popup,
      () => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('.cb-mention')].find((b) => b.querySelector('.cb-mention__name')?.textContent === 'Vladimir Putin');
        if (!button) return null;
        return { label: button.getAttribute('aria-label'), description: document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '' };
      },
      undefined,
      { message: 'the popup listing Vladimir Putin' },
    );
    expect(putin.label).toMatch(/^Vladimir Putin, \d+ mentions?$/);
    expect(putin.description).toMatch(/^The Russian President/);
    await injectAxe(popup);
    expect(await popup.evaluate(axeViolations, { include: null })).toEqual([]);
    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.cb-mention')].find((b) => b.querySelector('.cb-mention__name')?.textContent === 'Vladimir Putin')!.click());
    await waitForPage(tab, readVisibleCard, 'vladimir-putin', { timeout: CARD_TIMEOUT, interval: 50, message: 'the Putin card opened from the popup' });
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  e2eTest('axe: welcome.html has no violations', async ({ browser }) => {
    const welcome = await browser.openExtensionPage('welcome.html');
    await waitForPage(welcome, () => document.querySelector('.cb-welcome [role="dialog"]') !== null && document.querySelector('.cb-shortcut') !== null, undefined, {
      message: 'the welcome page content',
    });
    await injectAxe(welcome);
    expect(await welcome.evaluate(axeViolations, { include: null })).toEqual([]);
    await welcome.close();
  });

  e2eTest('axe: options.html has no violations', async ({ browser }) => {
    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelectorAll('[data-pack-id]').length > 0 && document.querySelector('input[name="style"]') !== null, undefined, {
      message: 'the options content',
    });
    await injectAxe(options);
    expect(await options.evaluate(axeViolations, { include: null })).toEqual([]);
    await options.close();
  });

  e2eTest('axe: the briefing card (inside its shadow root) has no violations', async ({ server, page: tab }) => {
    await tab.goto(server.url('options-flows.html'));
    await hoverCard(tab, 'modi', 'Modi', 'narendra-modi');
    await sleep(400); // past the fade-in, so contrast is measured on the final colours
    await injectAxe(tab);
    const findings = await tab.evaluate(axeViolations, { include: CARD_CONTEXT });
    expect(findings).toEqual([]);
    // The context really reached into the shadow root: axe saw the card's nodes.
    const checked = await tab.evaluate(async (CARD) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ passes: Array<{ nodes: unknown[] }> }> } }).axe;
      const result = await axe.run({ include: CARD }, { resultTypes: ['passes'] });
      return result.passes.reduce((n, rule) => n + rule.nodes.length, 0);
    }, CARD_CONTEXT);
    expect(checked).toBeGreaterThan(0);
  });

  e2eTest('keyboard: Tab reaches every control of the options page once, in order, with a visible focus ring', async ({ browser }) => {
    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelectorAll('[data-pack-id]').length > 0 && document.querySelector('input[name="style"]') !== null, undefined, {
      message: 'the options content',
    });
    await options.bringToFront();
    const controls = await options.evaluate(prepareTabWalk);
    expect(controls.length).toBeGreaterThan(10);
    const stops: TabStop[] = [];
    for (let i = 0; i < controls.length + 3; i += 1) {
      await options.press('Tab');
      const stop = await options.evaluate(currentStop);
      if (!stop) break; // left the document (past the last control)
      if (stops.length > 0 && stop.index === stops[0]!.index) break; // wrapped around
      stops.push(stop);
    }
    expect(stops.map((stop) => stop.index), JSON.stringify(stops, null, 1)).toEqual(controls.map((_, index) => index));
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.label)).toEqual([]);
    expect(options.errors).toEqual([]);
    await options.close();
  });
});
