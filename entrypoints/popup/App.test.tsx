import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testPack } from '@/tests/support/test-pack';
import type { PageMentions } from '@/utils/messages';
import { bundledPack } from '@/utils/pack/bundled-pack';
import { importPack, listPacks } from '@/utils/pack/pack-store';
import { loadSettings, pauseSite, updateSettings } from '@/utils/settings';
import { App } from './App';

const ACTIVE_TAB_ID = 42;

/** Stubs the active tab's content script: `reply` answers `get-page-mentions`, or rejects like a browser page. */
function stubTab(reply: PageMentions | 'no content script', url: string | null = 'https://news.example.com/story') {
  const tab = { id: ACTIVE_TAB_ID, active: true, url: url ?? undefined, windowId: 1 } as Browser.tabs.Tab;
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
    render(<App packs={[testPack]} />);

    expect(screen.getByRole('heading', { level: 1, name: testPack.article.headline })).toBeTruthy();
    const onThisPage = screen.getByRole('region', { name: 'On this page' });
    await within(onThisPage).findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    expect(within(onThisPage).getByRole('group', { name: 'Events' })).toBeTruthy();
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'get-page-mentions' });
  });

  it('reveals a chosen entity in the tab and closes itself', async () => {
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App packs={[testPack]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'reveal-entity', entityId: 'vladimir-putin' });
  });

  it('leads with the story, before the page’s mentions', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);
    const headline = screen.getByRole('heading', { level: 1, name: testPack.article.headline });
    const onThisPage = screen.getByRole('region', { name: 'On this page' });
    expect(headline.compareDocumentPosition(onThisPage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The headline is said once; the key points follow further down.
    expect(screen.getAllByText(testPack.article.headline)).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeTruthy();
  });

  it('goes to the next mention on the page, as the shortcut does, and closes itself', async () => {
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App packs={[testPack]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next mention' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'next-mention' }, { frameId: 0 });
  });

  it('says when no shortcut is set, with the way to set one', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    vi.spyOn(browser.commands, 'getAll').mockImplementation(async () => [{ name: 'next-mention', shortcut: '' }]);
    render(<App packs={[testPack]} />);
    expect(await screen.findByText('No keyboard shortcut is set')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set a shortcut' })).toBeTruthy();
  });

  it('says the page has no mentions when the content script found none', async () => {
    stubTab({ counts: {}, total: 0 });
    render(<App packs={[testPack]} />);
    expect(await screen.findByText(`No one from “${testPack.title}” is mentioned on this page.`)).toBeTruthy();
  });

  it('explains pages where no content script runs', async () => {
    stubTab('no content script');
    render(<App packs={[testPack]} />);
    expect(await screen.findByText(/Briefings can’t run on this page/)).toBeTruthy();
  });

  it('turns briefings off everywhere with one click, and the choice persists', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);

    const toggle = (await screen.findByRole('switch', { name: 'Show briefings' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);

    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(await screen.findByText(/Briefings are off/)).toBeTruthy();
  });

  it('starts switched off when briefings were turned off before', async () => {
    await updateSettings({ enabled: false });
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);

    await waitFor(() => expect((screen.getByRole('switch', { name: 'Show briefings' }) as HTMLInputElement).checked).toBe(false));
    expect(await screen.findByText(/Briefings are off/)).toBeTruthy();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('pauses on this site in one click, explains the paused state, and resumes', async () => {
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Pause on this site' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual(['news.example.com']));
    expect(await screen.findByText(/Briefings are paused on news\.example\.com/)).toBeTruthy();

    sendMessage.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Resume on this site' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual([]));
    await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    expect(sendMessage).toHaveBeenCalledWith(ACTIVE_TAB_ID, { type: 'get-page-mentions' });
  });

  it('does not ask a paused page for mentions', async () => {
    await pauseSite('example.com');
    const sendMessage = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);
    expect(await screen.findByText('Paused on', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume on this site' })).toBeTruthy();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('offers "Allow this site" in allow-list mode on a site not on the list', async () => {
    await updateSettings({ allowListMode: true });
    stubTab({ counts: {}, total: 0 });
    render(<App packs={[testPack]} />);
    expect(await screen.findByText(/is not one of them/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow this site' }));
    await waitFor(async () => expect((await loadSettings()).allowedSites).toEqual(['news.example.com']));
  });

  it('hides the site button when the tab’s address cannot be read', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 }, null);
    render(<App packs={[testPack]} />);
    await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    expect(screen.queryByRole('button', { name: /pause on this site/i })).toBeNull();
  });

  it('searches the pack by name or alias and shows the briefing card', async () => {
    stubTab({ counts: {}, total: 0 });
    render(<App packs={[testPack]} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search names in the pack' }), { target: { value: 'putin' } });
    const results = screen.getByRole('list', { name: 'Search results' });
    fireEvent.click(within(results).getByRole('button', { name: /^Vladimir Putin/ }));
    expect(screen.getByRole('dialog', { name: 'Vladimir Putin' })).toBeTruthy();
  });

  it('brings search results into view as they appear', async () => {
    stubTab({ counts: {}, total: 0 });
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    render(<App packs={[testPack]} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search names in the pack' }), { target: { value: 'modi' } });
    await waitFor(() => expect(scroll).toHaveBeenCalledWith({ block: 'nearest' }));
    expect(scroll.mock.contexts.at(-1)).toBe(screen.getByRole('list', { name: 'Search results' }).parentElement);
  });

  it('reads the enabled packs from storage by default', async () => {
    stubTab({ counts: {}, total: 0 });
    render(<App />);
    const { bundledPack } = await import('@/utils/pack/bundled-pack');
    expect(await screen.findByRole('heading', { level: 1, name: bundledPack.article.headline })).toBeTruthy();
  });

  it('offers "Make briefings from this page" on an article, reads it from the tab and opens the draft page', async () => {
    stubTab({ counts: {}, total: 0 });
    const article = { title: 'Ferry plan', paragraphs: ['Mayor Helen Okafor backs the ferry plan.'], wordCount: 7 };
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async ({ files }: { files: string[] }) =>
      [{ frameId: 0, result: files[0] === '/article-probe.js' ? true : { ok: true, article } }]) as unknown as typeof browser.scripting.executeScript);
    const create = vi.spyOn(browser.tabs, 'create').mockImplementation(async () => ({}) as Browser.tabs.Tab);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App packs={[testPack]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Make briefings from this page' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(inject.mock.calls.map(([options]) => options)).toEqual([
      { target: { tabId: ACTIVE_TAB_ID }, files: ['/article-probe.js'] },
      { target: { tabId: ACTIVE_TAB_ID }, files: ['/extract-article.js'] },
    ]);
    const url = (create.mock.calls[0]![0] as { url: string }).url;
    expect(url).toMatch(/\/draft\.html#[\w-]+$/);
    const kept = await browser.storage.session.get(`draft-${url.split('#')[1]}`);
    expect(Object.values(kept)[0]).toMatchObject({ article, requestedAt: expect.any(Number) });
  });

  it('says why a page cannot be drafted, and stays open', async () => {
    stubTab({ counts: {}, total: 0 });
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async ({ files }: { files: string[] }) =>
      [{ frameId: 0, result: files[0] === '/article-probe.js' ? true : { ok: false, kind: 'language', language: 'fr' } }]) as unknown as typeof browser.scripting.executeScript);
    const create = vi.spyOn(browser.tabs, 'create');
    render(<App packs={[testPack]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make briefings from this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This article is in French; the drafter reads only English.');
    expect(create).not.toHaveBeenCalled();
  });

  it('offers no button where the page is not an article or cannot be scripted', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} />);
    await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    expect(screen.queryByRole('button', { name: 'Make briefings from this page' })).toBeNull();
  });

  it('opens the side panel beside the tab’s window, and closes itself', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const open = vi.fn(async () => undefined);
    (browser as unknown as { sidePanel?: unknown }).sidePanel = { open };
    render(<App packs={[testPack]} />);
    await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith({ windowId: 1 });
    delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('lists the installed stories with an on/off each; switching the first off leads with the next', async () => {
    stubTab({ counts: {}, total: 0 });
    const second = { ...structuredClone(bundledPack), id: 'second-story', title: 'A second story', article: { ...bundledPack.article, headline: 'The second story’s headline' } };
    expect((await importPack(JSON.stringify(second))).ok).toBe(true);
    render(<App />);

    const stories = await screen.findByRole('region', { name: 'Your stories' });
    const first = within(stories).getByRole('switch', { name: bundledPack.title }) as HTMLInputElement;
    expect([first.checked, (within(stories).getByRole('switch', { name: 'A second story' }) as HTMLInputElement).checked]).toEqual([true, true]);
    expect(await screen.findByRole('heading', { level: 1, name: bundledPack.article.headline })).toBeTruthy();

    fireEvent.click(first);
    await waitFor(async () => expect((await listPacks()).map((p) => [p.pack.id, p.enabled])).toEqual([[bundledPack.id, false], ['second-story', true]]));
    expect(await screen.findByRole('heading', { level: 1, name: 'The second story’s headline' })).toBeTruthy();
    await waitFor(() => expect((within(stories).getByRole('switch', { name: bundledPack.title }) as HTMLInputElement).checked).toBe(false));
  });
});
