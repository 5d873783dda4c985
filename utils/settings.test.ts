import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, settingsItem, updateSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps well-formed fields and repairs malformed ones', () => {
    const repaired = normalizeSettings({ enabled: false, kinds: { person: false, event: 'yes' }, style: 42 });
    expect(repaired.enabled).toBe(false);
    expect(repaired.kinds.person).toBe(false);
    expect(repaired.kinds.event).toBe(true);
    expect(repaired.style).toBe(DEFAULT_SETTINGS.style);
  });

  it('stores an update and notifies watchers', async () => {
    const seen: boolean[] = [];
    const stop = settingsItem.watch((value) => seen.push(value.enabled));
    await updateSettings({ enabled: false });
    expect((await loadSettings()).enabled).toBe(false);
    expect(seen).toEqual([false]);
    stop();
  });
});
