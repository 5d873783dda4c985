import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_LIMITS,
  isSiteActive,
  loadSettings,
  loadSettingsWithNotice,
  normalizeHostname,
  normalizeSettings,
  pauseSite,
  resetSettings,
  resumeSite,
  settingsItem,
  siteStatus,
  updateSettings,
  type Settings,
} from './settings';
import { parseSettingsJson, settingsToJson } from './settings-file';
import { englishTranslator } from './i18n';
import { settingsNoticeSentence } from './storage-notice';

/** `loadSettingsWithNotice` with its notice in the words the options page shows (English). */
async function loadWorded() {
  const load = await loadSettingsWithNotice();
  return { ...load, notice: load.notice && settingsNoticeSentence(englishTranslator, load.notice) };
}

const V1_SETTINGS = {
  enabled: false,
  kinds: { person: true, event: false, organization: true, place: true, topic: true },
  style: 'background',
  density: 'every',
};

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults when nothing is stored, without a notice', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadWorded()).toEqual({ settings: DEFAULT_SETTINGS });
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

  it('migrates version 1 settings to version 3, keeping every v1 choice', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_SETTINGS, settings$: { v: 1 } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, ...V1_SETTINGS });
    expect(await loadWorded()).toEqual({ settings: { ...DEFAULT_SETTINGS, ...V1_SETTINGS } });
  });

  it.each(['underline', 'background', 'off'] as const)('keeps the highlight style %s', (style) => {
    expect(normalizeSettings({ style }).style).toBe(style);
  });

  it('keeps a known interface language and repairs anything else to following the browser', () => {
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    for (const language of ['auto', 'en', 'ru', 'hi'] as const) expect(normalizeSettings({ language }).language).toBe(language);
    expect(normalizeSettings({ language: 'fr' }).language).toBe('auto');
    expect(normalizeSettings({ language: 7 }).language).toBe('auto');
  });

  it('migrates version 2 settings to version 3, which follows the browser’s language', async () => {
    const v2 = { ...DEFAULT_SETTINGS, language: undefined, pausedSites: ['example.com'] };
    delete v2.language;
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] }, settings$: { v: 3 } });
    expect(await loadWorded()).toEqual({ settings: { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] } });
  });

  it('clamps the hover delay into its range and rounds it', () => {
    expect(normalizeSettings({ hoverDelayMs: 10 }).hoverDelayMs).toBe(HOVER_DELAY_LIMITS.min);
    expect(normalizeSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(HOVER_DELAY_LIMITS.max);
    expect(normalizeSettings({ hoverDelayMs: 712.4 }).hoverDelayMs).toBe(712);
    expect(normalizeSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(500);
  });

  it('normalises and de-duplicates site lists, dropping entries that are not sites', () => {
    const settings = normalizeSettings({ pausedSites: ['WWW.Example.com', 'example.com.', 'not a site', 7, 'news.bbc.co.uk'] });
    expect(settings.pausedSites).toEqual(['example.com', 'news.bbc.co.uk']);
  });

  describe('storage that cannot be used as is', () => {
    it('falls back to defaults and says so when the stored value is not settings at all', async () => {
      await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
      const { settings, notice } = await loadWorded();
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(notice).toMatch(/^Your saved settings were unreadable, so the defaults are in use\./);
    });

    it('names the fields that fell back, and keeps the rest', async () => {
      await fakeBrowser.storage.local.set({
        settings: { ...DEFAULT_SETTINGS, style: 'sparkles', kinds: { ...DEFAULT_SETTINGS.kinds, place: 1 }, enabled: false },
        settings$: { v: 2 },
      });
      const { settings, notice } = await loadWorded();
      expect(settings.enabled).toBe(false);
      expect(notice).toContain('kinds.place, style');
    });

    it('leaves storage alone until the next change', async () => {
      await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
      await loadWorded();
      expect((await fakeBrowser.storage.local.get('settings')).settings).toBe('garbage');
    });
  });

  it('resets every setting to its default', async () => {
    await updateSettings({ enabled: false, pausedSites: ['example.com'] });
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('corrupted settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  /** An imported pack and a disabled built-in pack: another item that must come through untouched. */
  const PACKS = { disabled: ['russia-india-talks'], imported: [] };

  it.each<[string, unknown, Partial<Settings>, RegExp]>([
    ['a hand-edited string', 'defaults please', {}, /^Your saved settings were unreadable, so the defaults are in use\./],
    ['JSON text cut short', '{"enabled":false,"sty', {}, /^Your saved settings were unreadable/],
    ['a number', 42, {}, /^Your saved settings were unreadable/],
    ['a list', [false, 'underline'], {}, /^Your saved settings were unreadable/],
    [
      'hand-edited fields of the wrong type',
      { ...DEFAULT_SETTINGS, enabled: false, style: 'neon', hoverDelayMs: '300', pausedSites: 'example.com', kinds: 'all' },
      { enabled: false },
      /^Some saved settings were unreadable, so their defaults are in use: kinds, style, pausedSites, hoverDelayMs\./,
    ],
    [
      'an object cut short',
      { enabled: false, kinds: { ...DEFAULT_SETTINGS.kinds, event: false }, style: 'background' },
      { enabled: false, style: 'background', kinds: { ...DEFAULT_SETTINGS.kinds, event: false } },
      /^Some settings were missing from storage, so their defaults are in use: density, pausedSites, allowListMode, allowedSites, hoverDelayMs, language\./,
    ],
    [
      'both at once',
      { ...DEFAULT_SETTINGS, allowedSites: undefined, density: 'sometimes', pausedSites: ['example.com', 7] },
      { pausedSites: ['example.com'] },
      /unreadable, so their defaults are in use: density, pausedSites\[1\]\. Some settings were missing from storage, so their defaults are in use: allowedSites\./,
    ],
  ])('%s: falls back field by field, says so, keeps the rest and the packs', async (_case, stored, kept, notice) => {
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 }, packs: PACKS, packs$: { v: 1 } });
    const load = await loadWorded();
    expect(load.settings).toEqual({ ...DEFAULT_SETTINGS, ...kept });
    expect(load.notice).toMatch(notice);
    expect(load.notice).toMatch(/Your next change saves a repaired copy\.$/);
    expect((await fakeBrowser.storage.local.get('packs')).packs).toEqual(PACKS);

    // The next change saves a complete, repaired copy, and the notice goes away.
    await updateSettings({ hoverDelayMs: 700 });
    expect(await loadWorded()).toEqual({ settings: { ...DEFAULT_SETTINGS, ...kept, hoverDelayMs: 700 } });
    expect((await fakeBrowser.storage.local.get('packs')).packs).toEqual(PACKS);
  });

  it('migrates a version 1 value with a hand-edited field, keeping the v1 choices and saying what fell back', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1_SETTINGS, style: 'sparkles' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const { settings, notice } = await loadWorded();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...V1_SETTINGS, style: DEFAULT_SETTINGS.style });
    expect(notice).toMatch(/^Some saved settings were unreadable, so their defaults are in use: style\./);
  });

  it('migrates an unreadable version 1 value to the defaults, with a notice', async () => {
    await fakeBrowser.storage.local.set({ settings: 'v1 garbage', settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadWorded()).toEqual({
      settings: DEFAULT_SETTINGS,
      notice: 'Your saved settings were unreadable, so the defaults are in use. Your next change saves a repaired copy.',
    });
  });

  it('reads settings saved by a newer version without crashing, keeping what it understands', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, sparkle: true }, settings$: { v: 4 } });
    const { settings } = await loadWorded();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('says so, with defaults, when storage cannot be read at all', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('IO error'));
    expect(await loadWorded()).toEqual({
      settings: DEFAULT_SETTINGS,
      notice: 'Your saved settings could not be read (IO error), so the defaults are in use.',
    });
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['https://www.example.com:8080/path?q=1#x', 'example.com'],
    ['example.com/some/page', 'example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['www.www.example.com', 'www.example.com'],
  ])('%s → %s', (input, key) => expect(normalizeHostname(input)).toBe(key));

  it.each(['', '   ', 'not a site', 'example', 'exa_mple.com', '-bad.com', 'http://', 'a..b.com', 'www.'])(
    'refuses %j',
    (input) => expect(normalizeHostname(input)).toBeNull(),
  );
});

describe('siteStatus and isSiteActive', () => {
  const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

  it('runs everywhere by default', () => {
    expect(isSiteActive(DEFAULT_SETTINGS, 'example.com')).toBe(true);
    expect(isSiteActive(DEFAULT_SETTINGS, 'https://www.example.com/a')).toBe(true);
  });

  it('is off everywhere when the master switch is off, whatever the lists say', () => {
    expect(siteStatus(settings({ enabled: false, allowListMode: true, allowedSites: ['example.com'] }), 'example.com')).toBe('off');
  });

  it('pauses a site, its www. form and its subdomains, but not look-alikes', () => {
    const paused = settings({ pausedSites: ['example.com'] });
    expect(siteStatus(paused, 'example.com')).toBe('paused');
    expect(siteStatus(paused, 'www.example.com')).toBe('paused');
    expect(siteStatus(paused, 'news.example.com')).toBe('paused');
    expect(siteStatus(paused, 'notexample.com')).toBe('active');
    expect(siteStatus(paused, 'example.com.evil.org')).toBe('active');
  });

  it('in allow-list mode runs only on listed sites, and a pause still wins', () => {
    const allowList = settings({ allowListMode: true, allowedSites: ['example.com'], pausedSites: ['news.example.com'] });
    expect(siteStatus(allowList, 'example.com')).toBe('active');
    expect(siteStatus(allowList, 'blog.example.com')).toBe('active');
    expect(siteStatus(allowList, 'news.example.com')).toBe('paused');
    expect(siteStatus(allowList, 'other.org')).toBe('not-allowed');
    expect(siteStatus(allowList, '')).toBe('unsupported');
    expect(siteStatus(DEFAULT_SETTINGS, '')).toBe('active');
  });
});

describe('pauseSite and resumeSite', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pauses by site key and resumes', async () => {
    expect((await pauseSite('https://www.Example.com/page')).pausedSites).toEqual(['example.com']);
    expect((await pauseSite('example.com')).pausedSites).toEqual(['example.com']);
    expect(isSiteActive(await loadSettings(), 'example.com')).toBe(false);
    expect((await resumeSite('www.example.com')).pausedSites).toEqual([]);
  });

  it('keeps both of two pauses made at the same moment, and a change made between them', async () => {
    await Promise.all([pauseSite('example.com'), updateSettings({ style: 'background' }), pauseSite('news.example.org')]);
    const settings = await loadSettings();
    expect(settings.pausedSites).toEqual(['example.com', 'news.example.org']);
    expect(settings.style).toBe('background');
  });

  it('does not write when the site is already paused', async () => {
    await pauseSite('example.com');
    const writes = vi.spyOn(settingsItem, 'setValue');
    await pauseSite('www.example.com');
    expect(writes).not.toHaveBeenCalled();
  });

  it('resuming a subdomain lifts the pause that covers it', async () => {
    await pauseSite('example.com');
    await resumeSite('news.example.com');
    expect(isSiteActive(await loadSettings(), 'news.example.com')).toBe(true);
  });

  it('resuming in allow-list mode allows the site', async () => {
    await updateSettings({ allowListMode: true, allowedSites: ['other.org'] });
    const next = await resumeSite('example.com');
    expect(next.allowedSites).toEqual(['other.org', 'example.com']);
    expect(isSiteActive(next, 'example.com')).toBe(true);
  });

  it('refuses something that is not a site and stores nothing', async () => {
    await expect(pauseSite('not a site')).rejects.toThrow('"not a site" is not a web site');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});

describe('settings files', () => {
  it('round-trips every setting', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'], hoverDelayMs: 800, allowListMode: true, language: 'hi' };
    expect(parseSettingsJson(settingsToJson(settings))).toEqual({ ok: true, settings });
    expect(JSON.parse(settingsToJson(settings))).toMatchObject({ version: 3, settings: { language: 'hi' } });
  });

  it('reads a version 2 file (no language) as following the browser, and refuses a language it does not have', () => {
    const v2 = JSON.stringify({ format: 'contextual-briefings/settings', version: 2, settings: { enabled: false } });
    expect(parseSettingsJson(v2)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, enabled: false } });
    const bad = JSON.stringify({ format: 'contextual-briefings/settings', version: 3, settings: { language: 'de' } });
    expect(parseSettingsJson(bad)).toMatchObject({ ok: false, refusal: { kind: 'invalid-settings' }, message: 'settings.language: has a value that is not allowed there.' });
  });

  it('reads a version 1 file, filling the new settings with defaults', () => {
    const text = JSON.stringify({ format: 'contextual-briefings/settings', version: 1, settings: V1_SETTINGS });
    expect(parseSettingsJson(text)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...V1_SETTINGS } });
  });

  it.each([
    ['{\n  oops', 'not-json', /^JSON\.parse stopped \(line 2, column 3\)/],
    ['[1, 2]', 'not-settings', /"format" must be "contextual-briefings\/settings"/],
    ['{"format": "contextual-briefings/pack"}', 'pack-file', /"format" is "contextual-briefings\/pack"/],
    ['{"format": "contextual-briefings/settings", "version": 9, "settings": {}}', 'unknown-version', /^version: must be 1, 2 or 3/],
    ['{"format": "contextual-briefings/settings", "version": 2}', 'invalid-settings', /^settings: must be an object/],
    ['{"format": "contextual-briefings/settings", "version": 2, "settings": {"colour": "red"}}', 'invalid-settings', /^settings\.colour: is not a setting/],
    ['{"format": "contextual-briefings/settings", "version": 2, "settings": {"style": "loud"}}', 'invalid-settings', /^settings\.style: has a value/],
    ['{"format": "contextual-briefings/settings", "version": 2, "settings": {"pausedSites": ["ok.com", "no site"]}}', 'invalid-settings', /^settings\.pausedSites\[1\]/],
  ])('refuses %s', (text, kind, message) => {
    const result = parseSettingsJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.kind).toBe(kind);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
