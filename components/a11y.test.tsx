/**
 * axe-core over the popup, the side panel, the options page and the card, rendered in happy-dom. Colour contrast
 * needs real layout and computed colours, which happy-dom does not have, so that rule runs only
 * in the e2e suite (real browsers, through `runAxe` / `axeSource` from `tests/support/axe.ts`).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { App as SidePanelApp } from '@/entrypoints/sidepanel/App';
import { App as WelcomeApp } from '@/entrypoints/welcome/App';
import { updateSettings } from '@/utils/settings';
import { BriefingCard } from './BriefingCard';
import { testPack } from '@/tests/support/test-pack';
import { runAxe } from '@/tests/support/axe';

const HAPPY_DOM = { disableRules: ['color-contrast'] };

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.lang = 'en';
  document.title = 'Contextual Briefings';
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [{ id: 1, url: 'https://example.com/' } as Browser.tabs.Tab]);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => ({ counts: { 'vladimir-putin': 2 }, total: 2 }));
});
afterEach(cleanup);

describe('accessibility (axe-core, serious and critical)', () => {
  it('does find problems in happy-dom (so an empty result means something)', async () => {
    render(
      <main>
        <input type="text" />
        <button type="button" />
      </main>,
    );
    expect((await runAxe(document, HAPPY_DOM)).map((finding) => finding.id).sort()).toEqual(['button-name', 'label']);
  });

  it('the briefing card', async () => {
    const entity = testPack.entities.find((candidate) => candidate.id === 'vladimir-putin')!;
    render(
      <main>
        <BriefingCard entity={entity} pack={testPack} onSelectEntity={() => {}} onClose={() => {}} onPauseSite={() => {}} onOpenSettings={() => {}} />
      </main>,
    );
    expect(await runAxe(document, HAPPY_DOM)).toEqual([]);
  });

  it('the popup, with mentions and a search result open', async () => {
    render(<PopupApp packs={[testPack]} />);
    await screen.findByRole('button', { name: 'Vladimir Putin, 2 mentions' });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Modi' } });
    expect(await runAxe(document, HAPPY_DOM)).toEqual([]);
  });

  it('the side panel, with its mentions and the page’s sentences', async () => {
    vi.spyOn(browser.tabs, 'get').mockImplementation(async () => ({ id: 1, url: 'https://example.com/' }) as Browser.tabs.Tab);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) =>
      (message as { type: string }).type === 'get-page-sentences'
        ? [{ entityId: 'vladimir-putin', text: 'Then Putin spoke.', start: 5, end: 10, mention: 0 }]
        : { counts: { 'vladimir-putin': 2 }, total: 2 },
    );
    render(<SidePanelApp packs={[testPack]} search="?tab=1" />);
    await screen.findByRole('list', { name: 'Sentences about Vladimir Putin' });
    expect(await runAxe(document, HAPPY_DOM)).toEqual([]);
  });

  it('the welcome page, with its sample card open and no shortcut set', async () => {
    vi.spyOn(browser.commands, 'getAll').mockImplementation(async () => [{ name: 'next-mention', shortcut: '' }]);
    render(<WelcomeApp />);
    await screen.findByRole('button', { name: 'Set a shortcut' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(await runAxe(document, HAPPY_DOM)).toEqual([]);
  });

  it('the options page, with allow-list mode on and a confirm step open', async () => {
    await updateSettings({ allowListMode: true, pausedSites: ['example.com'] });
    render(<OptionsApp />);
    await screen.findByRole('group', { name: 'Allowed sites' });
    await screen.findByRole('listitem', { name: /./ });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(await runAxe(document, HAPPY_DOM)).toEqual([]);
  });
});
