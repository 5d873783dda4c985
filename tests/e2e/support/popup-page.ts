/**
 * The popup's page in a tab of its own, over a fixture tab. Neither driver opens the browser's own
 * popup (browser UI), so tests open the same page, and reload it while the fixture's tab is the
 * active one: the popup asks for the active tab, as it does when the toolbar button opens it.
 */
import { waitForPage, type E2eBrowser, type E2ePage } from './session';

/** Opens popup.html (380×560) with `tab` the active tab, so the popup's tab is the fixture's. */
export async function openPopupFor(browser: E2eBrowser, tab: E2ePage): Promise<E2ePage> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewport(380, 560);
  await tab.bringToFront();
  // Reloaded from a timer, so the evaluation returns before its document goes away.
  await popup.evaluate(() => void setTimeout(() => location.reload(), 0));
  await waitForPage(popup, () => document.readyState === 'complete' && (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload', undefined, {
    message: 'the popup to load again',
  }).catch(() => undefined);
  return popup;
}
