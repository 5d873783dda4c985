/**
 * Opening the side panel from an extension page or the background: Chrome's `sidePanel.open` for
 * the window, Firefox's `sidebarAction.open`. Both refuse unless called while handling a user
 * action (a click, a command), so callers call this first, before awaiting anything.
 */
import { browser } from 'wxt/browser';

type PanelApis = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Opens the panel beside `windowId` (Chrome needs the window; Firefox opens it in the current one).
 * A popup clicked before it has learnt its tab passes no window: Chrome then asks for the current
 * window first, which the click's activation (seconds long) still covers.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel) {
    const id = windowId ?? (await browser.windows.getCurrent()).id;
    if (id === undefined) throw new Error('no browser window to open the side panel in');
    return apis.sidePanel.open({ windowId: id });
  }
  if (apis.sidebarAction) return apis.sidebarAction.open();
  throw new Error('this browser has no side panel for extensions');
}
