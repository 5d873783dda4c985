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

/** Opens the panel beside `windowId` (Chrome needs the window; Firefox opens it in the current one). */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('this browser has no side panel for extensions'));
}
