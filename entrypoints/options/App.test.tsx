import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testPack } from '@/components/__fixtures__/test-pack';
import { DEFAULT_SETTINGS, loadSettings, updateSettings } from '@/utils/settings';
import { App } from './App';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;

describe('options page', () => {
  it('shows the stored settings', async () => {
    await updateSettings({ style: 'background', kinds: { ...DEFAULT_SETTINGS.kinds, place: false } });
    render(<App pack={testPack} />);

    expect(checked(await screen.findByRole('radio', { name: 'Background' }))).toBe(true);
    expect(checked(screen.getByRole('checkbox', { name: 'Places' }))).toBe(false);
    expect(checked(screen.getByRole('checkbox', { name: 'People' }))).toBe(true);
  });

  it('saves every change at once, with no Save button', async () => {
    render(<App pack={testPack} />);

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Topics' }));
    await waitFor(async () => expect((await loadSettings()).kinds.topic).toBe(false));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved.');

    fireEvent.click(screen.getByRole('radio', { name: 'Every mention' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Show briefings on web pages' }));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        density: 'every',
        kinds: { ...DEFAULT_SETTINGS.kinds, topic: false },
      }),
    );
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  });

  it('follows changes made elsewhere (the popup’s switch)', async () => {
    render(<App pack={testPack} />);
    const toggle = await screen.findByRole('switch', { name: 'Show briefings on web pages' });
    expect(checked(toggle)).toBe(true);

    await updateSettings({ enabled: false });
    await waitFor(() => expect(checked(screen.getByRole('switch', { name: 'Show briefings on web pages' }))).toBe(false));
  });

  it('shows the installed pack', async () => {
    render(<App pack={testPack} />);
    const pack = screen.getByRole('region', { name: 'Briefing pack' });
    expect(within(pack).getByText(testPack.title, { exact: false })).toBeTruthy();
    expect(within(pack).getByText(/6 entities/)).toBeTruthy();
    expect(within(pack).getByText(testPack.source)).toBeTruthy();
  });
});
