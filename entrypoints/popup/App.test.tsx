import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testPack } from '@/components/__fixtures__/test-pack';
import type { PageMentions } from '@/utils/messages';
import { loadSettings, updateSettings } from '@/utils/settings';
import { App } from './App';

const ACTIVE_TAB_ID = 42;

/** Stubs the active tab's content script: `reply` answers `get-page-mentions`, or rejects like a browser page. */
function stubTab(reply: PageMentions | 'no content script') {
  const tab = { id: ACTIVE_TAB_ID, active: true } as Browser.tabs.Tab;
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [tab]);
  return vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    if (reply === 'no content script') throw new Error('Could not establish connection. Receiving end does not exist.');
    return (message as { type: string }).type === 'get-page-mentions' ? reply : undefined;
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('popup', () => {
  it('shows the article and the entities found on the active tab', async () => {
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2, 'putin-india-visit': 1 }, total: 3 });
    render(<App pack={testPack} />);

    expect(screen.getByRole('heading', { level: 1, name: testPack.article.headline })).toBeTruthy();
    const onThisPage = screen.getByRole('region', { name: 'On this page' });
    await within(onThisPage).findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    expect(within(onThisPage).getByRole('group', { name: 'Events' })).toBeTruthy();
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'get-page-mentions' });
  });

  it('reveals a chosen entity in the tab and closes itself', async () => {
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App pack={testPack} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'reveal-entity', entityId: 'vladimir-putin' });
  });

  it('says the page has no mentions when the content script found none', async () => {
    stubTab({ counts: {}, total: 0 });
    render(<App pack={testPack} />);
    expect(await screen.findByText('No mentions on this page.')).toBeTruthy();
  });

  it('explains pages where no content script runs', async () => {
    stubTab('no content script');
    render(<App pack={testPack} />);
    expect(await screen.findByText(/Briefings can’t run on this page/)).toBeTruthy();
  });

  it('turns briefings off everywhere with one click, and the choice persists', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App pack={testPack} />);

    const toggle = (await screen.findByRole('switch', { name: 'Show briefings' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);

    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(await screen.findByText(/Briefings are off/)).toBeTruthy();
  });

  it('starts switched off when briefings were turned off before', async () => {
    await updateSettings({ enabled: false });
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App pack={testPack} />);

    await waitFor(() => expect((screen.getByRole('switch', { name: 'Show briefings' }) as HTMLInputElement).checked).toBe(false));
    expect(await screen.findByText(/Briefings are off/)).toBeTruthy();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
