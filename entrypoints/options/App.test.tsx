import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '@/utils/pack/bundled-pack';
import { importPack, listPacks } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { DEFAULT_SETTINGS, loadSettings, updateSettings } from '@/utils/settings';
import { settingsToJson } from '@/utils/settings-file';
import { App } from './App';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const otherPack = (): Pack => ({ ...structuredClone(bundledPack), id: 'other-story', title: 'Another story' });
const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** Chooses `text` as a file in the file input named `name`. */
function chooseFile(name: string, text: string, fileName = 'file.json') {
  const input = screen.getByLabelText(name) as HTMLInputElement;
  const file = new File([text], fileName, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('shows the stored settings', async () => {
    await updateSettings({ style: 'background', kinds: { ...DEFAULT_SETTINGS.kinds, place: false } });
    render(<App />);

    expect(checked(await screen.findByRole('radio', { name: 'Background' }))).toBe(true);
    expect(checked(screen.getByRole('checkbox', { name: 'Places' }))).toBe(false);
    expect(checked(screen.getByRole('checkbox', { name: 'People' }))).toBe(true);
  });

  it('saves every change at once, with no Save button', async () => {
    render(<App />);

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Topics' }));
    await waitFor(async () => expect((await loadSettings()).kinds.topic).toBe(false));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Every mention' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Show briefings on web pages' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Hover delay in milliseconds' }), { target: { value: '800' } });
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        density: 'every',
        hoverDelayMs: 800,
        kinds: { ...DEFAULT_SETTINGS.kinds, topic: false },
      }),
    );
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  });

  it('follows changes made elsewhere (the popup’s switch)', async () => {
    render(<App />);
    const toggle = await screen.findByRole('switch', { name: 'Show briefings on web pages' });
    expect(checked(toggle)).toBe(true);

    await updateSettings({ enabled: false });
    await waitFor(() => expect(checked(screen.getByRole('switch', { name: 'Show briefings on web pages' }))).toBe(false));
  });

  it('says when stored settings were unreadable and defaults are in use', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/saved settings were unreadable, so the defaults are in use/);
  });

  it('shows the keyboard shortcut and where to change it', async () => {
    vi.spyOn(browser.commands, 'getAll').mockImplementation(async () => [{ name: 'next-mention', shortcut: 'Alt+Shift+K' }]);
    const create = vi.spyOn(browser.tabs, 'create').mockRejectedValue(new Error('Not allowed to load local resource'));
    render(<App />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcut' });
    expect(await within(section).findByText('Alt+Shift+K')).toBeTruthy();
    expect(within(section).getByText('chrome://extensions/shortcuts')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Open shortcut settings' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/did not let the extension open its shortcut settings\. To get there, type chrome:\/\/extensions\/shortcuts/);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('says plainly when no key is set, and offers to set one', async () => {
    vi.spyOn(browser.commands, 'getAll').mockImplementation(async () => [{ name: 'next-mention', shortcut: '' }]);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    render(<App />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcut' });
    expect((await within(section).findByText('No keyboard shortcut is set')).tagName).toBe('STRONG');
    fireEvent.click(within(section).getByRole('button', { name: 'Set a shortcut' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }));
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  describe('sites', () => {
    it('adds a paused site by hostname, refuses bad input with a message, and removes', async () => {
      render(<App />);
      const sites = await screen.findByRole('group', { name: 'Paused sites' });
      const input = within(sites).getByRole('textbox', { name: 'Site to add to paused sites' });

      fireEvent.input(input, { target: { value: 'not a site' } });
      fireEvent.click(within(sites).getByRole('button', { name: 'Add to paused sites' }));
      expect(within(sites).getByRole('alert').textContent).toMatch(/“not a site” is not a site’s address/);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect((await loadSettings()).pausedSites).toEqual([]);

      fireEvent.input(input, { target: { value: 'https://www.Example.com/page' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual(['example.com']));
      expect(within(sites).queryByRole('alert')).toBeNull();

      fireEvent.input(input, { target: { value: 'example.com' } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(within(sites).getByRole('alert').textContent).toBe('example.com is already on the list.');

      fireEvent.click(within(sites).getByRole('button', { name: 'Remove example.com' }));
      await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual([]));
    });

    it('turns on allow-list mode and shows the allowed sites', async () => {
      render(<App />);
      expect(screen.queryByRole('group', { name: 'Allowed sites' })).toBeNull();
      fireEvent.click(await screen.findByRole('switch', { name: 'Only run on allowed sites' }));
      const allowed = await screen.findByRole('group', { name: 'Allowed sites' });
      fireEvent.input(within(allowed).getByRole('textbox'), { target: { value: 'example.org' } });
      fireEvent.click(within(allowed).getByRole('button', { name: 'Add to allowed sites' }));
      await waitFor(async () => expect(await loadSettings()).toMatchObject({ allowListMode: true, allowedSites: ['example.org'] }));
    });
  });

  describe('packs', () => {
    it('lists the built-in pack, which can be disabled but not removed', async () => {
      render(<App />);
      const list = await screen.findByRole('list', { name: 'Installed packs' });
      const row = await within(list).findByRole('listitem', { name: bundledPack.title });
      expect(within(row).getByText('Built in')).toBeTruthy();
      expect(within(row).queryByRole('button', { name: /Remove/ })).toBeNull();
      fireEvent.click(within(row).getByRole('checkbox', { name: `Use “${bundledPack.title}”` }));
      await waitFor(async () => expect((await listPacks())[0]!.enabled).toBe(false));
    });

    it('imports a pack from a file', async () => {
      render(<App />);
      await screen.findByRole('listitem', { name: bundledPack.title });
      chooseFile('Import a pack…', JSON.stringify(otherPack()), 'other.json');
      expect(await screen.findByText('Installed “Another story” from other.json.')).toBeTruthy();
      await screen.findByRole('listitem', { name: 'Another story' });
      expect((await listPacks()).map((entry) => entry.pack.id)).toEqual([bundledPack.id, 'other-story']);
    });

    it('refuses a bad pack with an alert naming the field, and changes nothing', async () => {
      await importPack(JSON.stringify(otherPack()));
      render(<App />);
      await screen.findByRole('listitem', { name: 'Another story' });
      const before = await snapshot();
      const bad = { ...otherPack(), id: 'bad-pack' };
      bad.entities[0]!.name = '<b>Bold</b>';
      chooseFile('Import a pack…', JSON.stringify(bad), 'bad.json');
      const alert = await screen.findByRole('alert');
      expect(alert.querySelector('p')!.textContent).toBe('bad.json: This briefing pack has a mistake, so it was not installed.');
      expect(alert.textContent).toContain('entities[0].name: must be plain text (it contains markup)');
      expect(alert.querySelector('b')).toBeNull();
      expect(await snapshot()).toBe(before);
    });

    it('offers to replace a pack whose id is installed, and replaces it only when asked', async () => {
      await importPack(JSON.stringify(otherPack()));
      render(<App />);
      await screen.findByRole('listitem', { name: 'Another story' });
      const before = await snapshot();
      chooseFile('Import a pack…', JSON.stringify({ ...otherPack(), title: 'Another story, revised' }), 'v2.json');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/already installed/);
      expect(await snapshot()).toBe(before);
      fireEvent.click(within(alert).getByRole('button', { name: 'Replace the installed pack' }));
      await screen.findByRole('listitem', { name: 'Another story, revised' });
    });

    it('removes an imported pack only after confirmation', async () => {
      await importPack(JSON.stringify(otherPack()));
      render(<App />);
      const row = await screen.findByRole('listitem', { name: 'Another story' });
      fireEvent.click(within(row).getByRole('button', { name: 'Remove “Another story”' }));
      const confirm = within(row).getByRole('group', { name: 'Remove “Another story”?' });
      expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
      fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
      expect((await listPacks()).length).toBe(2);

      fireEvent.click(within(row).getByRole('button', { name: 'Remove “Another story”' }));
      fireEvent.click(within(row).getByRole('button', { name: 'Yes, remove it' }));
      await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Another story' })).toBeNull());
      expect((await listPacks()).length).toBe(1);
    });

    it('exports a pack as a JSON download', async () => {
      const createObjectURL = vi.fn(() => 'blob:pack');
      Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      render(<App />);
      const row = await screen.findByRole('listitem', { name: bundledPack.title });
      fireEvent.click(within(row).getByRole('button', { name: `Export “${bundledPack.title}”` }));
      await waitFor(() => expect(click).toHaveBeenCalled());
      const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
      expect(JSON.parse(await blob.text())).toEqual(bundledPack);
      expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe(`${bundledPack.id}.briefing-pack.json`);
    });
  });

  describe('your settings', () => {
    it('imports a settings file, and refuses a bad one without losing anything', async () => {
      await updateSettings({ density: 'every' });
      render(<App />);
      await screen.findByRole('radio', { name: 'Every mention' });
      const before = await snapshot();
      chooseFile('Import settings…', '{"format": "contextual-briefings/settings", "version": 2, "settings": {"style": "loud"}}', 'bad.json');
      const alert = await screen.findByRole('alert');
      expect(alert.querySelector('p')!.textContent).toBe('bad.json: This settings file has a setting this version cannot use. Your settings are unchanged.');
      expect(alert.querySelector('details')!.textContent).toMatch(/settings\.style: has a value/);
      expect(await snapshot()).toBe(before);

      chooseFile('Import settings…', settingsToJson({ ...DEFAULT_SETTINGS, pausedSites: ['example.com'] }), 'good.json');
      await waitFor(async () => expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['example.com'] }));
    });

    it('resets to defaults only after confirmation', async () => {
      await updateSettings({ enabled: false, pausedSites: ['example.com'] });
      render(<App />);
      await screen.findByText('example.com');
      fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
      expect((await loadSettings()).enabled).toBe(false);
      fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
      await waitFor(async () => expect(await loadSettings()).toEqual(DEFAULT_SETTINGS));
      await waitFor(() => expect(checked(screen.getByRole('switch', { name: 'Show briefings on web pages' }))).toBe(true));
    });
  });
});
