import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askSentences, findPanelTab, pinnedTabId, showInTab } from './panel-tab';

beforeEach(() => fakeBrowser.reset());

describe('panel-tab', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', null],
    ['?tab=abc', null],
    ['', null],
  ])('reads the pinned tab from %j', (search, expected) => {
    expect(pinnedTabId(search)).toBe(expected);
  });

  it('follows the active tab, but not itself when shown in a tab', async () => {
    const panelTab = { id: 5, url: 'chrome-extension://x/sidepanel.html' } as Browser.tabs.Tab;
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [panelTab]);
    vi.spyOn(browser.tabs, 'getCurrent').mockImplementation(async () => panelTab);
    expect(await findPanelTab(null)).toBeNull();
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [{ id: 9, url: 'https://www.example.org/a' } as Browser.tabs.Tab]);
    expect(await findPanelTab(null)).toEqual({ id: 9, site: 'example.org' });
  });

  it('asks one mention or an entity’s next, and reads only well-formed sentences', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => [{ entityId: 'x' }]);
    await showInTab(3, { entityId: 'vladimir-putin', mention: 2 });
    await showInTab(3, { entityId: 'vladimir-putin' });
    expect(send.mock.calls.map(([, message]) => message)).toEqual([
      { type: 'reveal-mention', entityId: 'vladimir-putin', mention: 2 },
      { type: 'reveal-entity', entityId: 'vladimir-putin' },
    ]);
    expect(await askSentences(3)).toEqual([]);
  });
});
