/**
 * The side panel's page in a tab of its own, pinned to the tab showing a fixture (`?tab=<id>`).
 * Neither driver reaches the browser's own side panel (browser UI, outside any tab), so tests open
 * the same page, code and messages this way; only which tab it follows is given rather than found.
 */
import { expect } from 'vitest';
import { tabIdOf } from './extension-messages';
import type { E2eBrowser, E2ePage } from './session';

/** Opens the panel page pinned to the tab showing `page` (brought to the front to be found in Firefox). */
export async function openPanelBeside(browser: E2eBrowser, page: E2ePage, urlPrefix: string): Promise<E2ePage> {
  const panel = await browser.openExtensionPage('sidepanel.html');
  await page.bringToFront();
  const tabId = await tabIdOf(panel, urlPrefix);
  expect(tabId).not.toBeNull();
  await panel.goto(`${browser.extensionBaseUrl}sidepanel.html?tab=${tabId}`);
  await panel.setViewport(400, 900);
  return panel;
}
