import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';

type Panels = { sidePanel?: unknown; sidebarAction?: unknown };
const api = browser as unknown as Panels;
const fakeSidebar = api.sidebarAction;
afterEach(() => {
  api.sidePanel = undefined;
  api.sidebarAction = fakeSidebar;
});

describe('openSidePanel', () => {
  it('opens Chrome’s side panel for the window', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    await openSidePanel(7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('asks for the current window when the caller does not know it yet', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    const current = vi.spyOn(browser.windows, 'getCurrent').mockResolvedValue({ id: 11 } as never);
    await openSidePanel(undefined);
    expect(open).toHaveBeenCalledWith({ windowId: 11 });
    current.mockRestore();
  });

  it('opens Firefox’s sidebar', async () => {
    const open = vi.fn(async () => undefined);
    api.sidebarAction = { open };
    await openSidePanel(undefined);
    expect(open).toHaveBeenCalledWith();
  });

  it('refuses where there is no panel to open', async () => {
    api.sidebarAction = undefined;
    await expect(openSidePanel(7)).rejects.toThrow(/no side panel/);
  });
});
