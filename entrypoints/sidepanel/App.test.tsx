import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { loadTestTranslator } from '@/tests/support/locales';
import { testPack } from '@/tests/support/test-pack';
import type { PageMentions, PageSentence } from '@/utils/messages';
import { updateSettings } from '@/utils/settings';
import { App } from './App';

const TAB_ID = 42;
const SENTENCES: PageSentence[] = [
  { entityId: 'vladimir-putin', text: 'Russian President Vladimir Putin arrived in Delhi.', start: 27, end: 32, mention: 1 },
  { entityId: 'vladimir-putin', text: 'Putin spoke.', start: 0, end: 5, mention: 4 },
];

/** The tab beside the panel: `mentions` answers `get-page-mentions` (changeable), SENTENCES the sentences. */
function stubTab(initial: PageMentions | 'no content script', url = 'https://news.example.com/story') {
  const state = { mentions: initial };
  const tab = { id: TAB_ID, active: true, url, windowId: 1 } as Browser.tabs.Tab;
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [tab]);
  vi.spyOn(browser.tabs, 'get').mockImplementation(async () => tab);
  vi.spyOn(browser.tabs, 'getCurrent').mockImplementation(async () => undefined as unknown as Browser.tabs.Tab);
  const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    if (state.mentions === 'no content script') throw new Error('Receiving end does not exist.');
    const type = (message as { type: string }).type;
    if (type === 'get-page-mentions') return state.mentions;
    if (type === 'get-page-sentences') return SENTENCES;
    return true;
  });
  return { state, sendMessage };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('side panel', () => {
  it('shows the story, the page’s mentions as a list with each briefing, and the page’s sentences', async () => {
    stubTab({ counts: { 'vladimir-putin': 2, 'narendra-modi': 1 }, total: 3 });
    render(<App packs={[testPack]} search="" />);
    expect(screen.getByRole('heading', { level: 1, name: testPack.article.headline })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Mentions on this page, with each briefing' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['Vladimir Putin', 'Narendra Modi']);
    expect(items[0]!.textContent).toContain('2 mentions');
    expect(within(items[0]!).getByRole('button', { name: 'Next mention of Vladimir Putin' })).toBeTruthy();

    const said = await screen.findByRole('list', { name: 'Sentences about Vladimir Putin' });
    const quotes = within(said).getAllByRole('button');
    expect(quotes.map((quote) => quote.textContent)).toEqual([
      'Russian President Vladimir Putin arrived in Delhi. (Show this sentence on the page)',
      'Putin spoke. (Show this sentence on the page)',
    ]);
    expect(quotes[0]!.querySelector('mark')!.textContent).toBe('Putin');
    expect(screen.getByText(/only in headings, links or captions/)).toBeTruthy();
  });

  it('takes the page to an entity, and to one sentence’s mention', async () => {
    const { sendMessage } = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} search="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next mention of Vladimir Putin' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'reveal-entity', entityId: 'vladimir-putin' }, { frameId: 0 }));
    fireEvent.click((await screen.findAllByRole('button', { name: /Putin spoke/ }))[0]!);
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'reveal-mention', entityId: 'vladimir-putin', mention: 4 }, { frameId: 0 }),
    );
  });

  it('follows the page as it changes', async () => {
    const { state } = stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} search="" />);
    await screen.findAllByRole('heading', { name: 'Vladimir Putin', level: 3 });
    expect(screen.queryByRole('heading', { name: 'Narendra Modi', level: 3 })).toBeNull();
    state.mentions = { counts: { 'vladimir-putin': 2, 'narendra-modi': 1 }, total: 3 };
    await fakeBrowser.storage.session.set({ [`tab-mentions:${TAB_ID}`]: { 0: { ...state.mentions, state: 'active' } } });
    const list = screen.getByRole('list', { name: 'Mentions on this page, with each briefing' });
    expect(await within(list).findByRole('heading', { name: 'Narendra Modi' })).toBeTruthy();
  });

  it('is pinned to a tab by ?tab=<id>', async () => {
    stubTab({ counts: { 'vladimir-putin': 2 }, total: 2 });
    render(<App packs={[testPack]} search={`?tab=${TAB_ID}`} />);
    await screen.findAllByRole('heading', { name: 'Vladimir Putin', level: 3 });
    expect(browser.tabs.get).toHaveBeenCalledWith(TAB_ID);
    expect(browser.tabs.query).not.toHaveBeenCalled();
  });

  it('says why there is nothing to list', async () => {
    stubTab('no content script');
    render(<App packs={[testPack]} search="" />);
    expect(await screen.findByText(/Briefings can’t run on this page/)).toBeTruthy();
    cleanup();
    stubTab({ counts: {}, total: 0 });
    render(<App packs={[testPack]} search="" />);
    expect(await screen.findByText(`No one from “${testPack.title}” is mentioned on this page.`)).toBeTruthy();
    cleanup();
    await updateSettings({ enabled: false });
    render(<App packs={[testPack]} search="" />);
    expect(await screen.findByText(/Briefings are off/)).toBeTruthy();
  });

  it('labels every control', async () => {
    stubTab({ counts: { 'vladimir-putin': 2, 'narendra-modi': 1 }, total: 3 });
    render(<App packs={[testPack]} search="" />);
    await screen.findByRole('list', { name: 'Sentences about Vladimir Putin' });
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('speaks Russian when that is the chosen language: plural counts by the Russian rules, names and sentences as the page has them', async () => {
    const ru = await loadTestTranslator('ru', (key) => expect.fail(`no Russian for ${key}`));
    stubTab({ counts: { 'vladimir-putin': 3, 'narendra-modi': 1 }, total: 4 });
    render(
      <I18nProvider value={ru}>
        <App packs={[testPack]} search="" />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Настройки' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'На этой странице' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Упоминания на этой странице, у каждого своя справка' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('3 упоминания');
    expect(items[1]!.textContent).toContain('1 упоминание');
    expect(within(items[0]!).getByRole('button', { name: 'Следующее упоминание: Vladimir Putin' })).toBeTruthy();
    expect(within(items[1]!).getByRole('button', { name: 'Перейти: Narendra Modi' })).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('4 упоминания на этой странице');

    expect(await screen.findByRole('heading', { name: 'Что о них говорит эта страница' })).toBeTruthy();
    const said = await screen.findByRole('list', { name: 'Предложения, где упоминается Vladimir Putin' });
    expect(within(said).getAllByRole('button')[0]!.textContent).toBe('Russian President Vladimir Putin arrived in Delhi. (Показать это предложение на странице)');
    expect(screen.getByText(/только в заголовках, ссылках или подписях/)).toBeTruthy();
  });

  it('says in Russian why a tab has no mentions', async () => {
    const ru = await loadTestTranslator('ru');
    stubTab({ counts: {}, total: 0 });
    render(
      <I18nProvider value={ru}>
        <App packs={[testPack]} search="" />
      </I18nProvider>,
    );
    expect(await screen.findByText(`На этой странице нет никого из сюжета «${testPack.title}».`)).toBeTruthy();
  });
});
