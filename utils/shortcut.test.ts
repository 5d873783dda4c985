import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openShortcutSettings, readShortcut, SUGGESTED_SHORTCUT } from './shortcut';
import { NEXT_MENTION_KEYS } from './shortcut-keys';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('readShortcut', () => {
  it('reads the key the browser bound, and says when there is none', async () => {
    const getAll = vi.spyOn(browser.commands, 'getAll') as unknown as { mockResolvedValue(value: unknown): void };
    getAll.mockResolvedValue([{ name: 'next-mention', shortcut: 'Ctrl+Shift+Y' }]);
    expect(await readShortcut()).toBe('Ctrl+Shift+Y');
    getAll.mockResolvedValue([{ name: 'next-mention', shortcut: '' }]);
    expect(await readShortcut()).toBe('');
    getAll.mockResolvedValue([{ name: 'next-mention' }]);
    expect(await readShortcut()).toBe('');
  });

  it('falls back to the suggested key without a commands API', async () => {
    vi.spyOn(browser.commands, 'getAll').mockRejectedValue(new Error('no commands'));
    expect(await readShortcut()).toBe(SUGGESTED_SHORTCUT);
    expect(SUGGESTED_SHORTCUT).toBe(NEXT_MENTION_KEYS.default);
  });
});

describe('openShortcutSettings', () => {
  it('opens Chrome’s shortcut page as a tab, and reports a refusal', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openShortcutSettings('chrome')).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    create.mockRejectedValue(new Error('Not allowed'));
    expect(await openShortcutSettings('chrome')).toBe(false);
  });

  it('asks Firefox to open its own shortcut settings', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(browser.commands, { openShortcutSettings: open });
    expect(await openShortcutSettings('firefox')).toBe(true);
    expect(open).toHaveBeenCalled();
    open.mockRejectedValue(new Error('no such method'));
    expect(await openShortcutSettings('firefox')).toBe(false);
  });
});
