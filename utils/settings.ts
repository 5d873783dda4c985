/**
 * User settings: one versioned `@wxt-dev/storage` item read by every part of the extension.
 * Content scripts watch it, so a change in the options page or popup applies to open tabs at once.
 * The values themselves (type, defaults, site keys, reading a stored value) are settings-model.ts.
 */
import { storage } from '@wxt-dev/storage';
import { isRecord } from './is-record';
import { createWriteQueue } from './write-queue';
import { DEFAULT_SETTINGS, covers, inspectSettings, normalizeHostname, normalizeSettings, SETTINGS_KEY, type Settings } from './settings-model';

export * from './settings-model';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: {
    // v1 had enabled, kinds, style and density; v2 adds the site lists and the hover delay.
    // Only the new fields are added: a malformed v1 value stays as it was, so that
    // `loadSettingsWithNotice` repairs it and says so rather than the migration fixing it silently.
    2: (v1: unknown): unknown => {
      if (!isRecord(v1)) return v1;
      const { pausedSites, allowListMode, allowedSites, hoverDelayMs } = DEFAULT_SETTINGS;
      return { pausedSites, allowListMode, allowedSites, hoverDelayMs, ...v1 };
    },
    // v3 adds the interface's language, following the browser until the user chooses one.
    3: (v2: unknown): unknown => (isRecord(v2) ? { language: DEFAULT_SETTINGS.language, ...v2 } : v2),
  },
});

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithNotice()).settings;
}

/** What went wrong reading the stored settings, for the options page to put in words (utils/storage-notice.ts). */
export type SettingsNotice =
  /** Storage itself failed; `reason` is the browser's message. */
  | { kind: 'read-failed'; reason: string }
  /** The stored value was not settings at all. */
  | { kind: 'unreadable' }
  /** Fields (paths) that held unusable values, and fields that were not there. */
  | { kind: 'repaired'; repaired: string[]; missing: string[] };

/** Settings plus, when what storage held could not be used as is, what went wrong. */
export interface SettingsLoad {
  settings: Settings;
  /** Shown to the user (options page); absent when storage held nothing or held good settings. */
  notice?: SettingsNotice;
}

/**
 * Loads the settings and says when storage failed to read or held unusable values. Defaults are
 * used for whatever could not be read; storage is left alone until the user's next change saves
 * a repaired copy, so nothing is lost by merely opening a page.
 */
export async function loadSettingsWithNotice(): Promise<SettingsLoad> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { settings: DEFAULT_SETTINGS, notice: { kind: 'read-failed', reason } };
  }
  const { settings, repaired } = inspectSettings(raw);
  // Every write stores all fields, so a stored object without some of them was cut short or edited.
  const missing = isRecord(raw) ? SETTING_KEYS.filter((key) => !(key in raw)) : [];
  if (repaired.length === 0 && missing.length === 0) return { settings };
  return { settings, notice: repaired.includes('(settings)') ? { kind: 'unreadable' } : { kind: 'repaired', repaired, missing } };
}

/**
 * Changes run one after another, each reading the settings inside its turn, so two quick changes
 * from one page (turn on allow-list mode, then add a site; two pauses) cannot both read the old
 * value and the second overwrite the first.
 */
const queued = createWriteQueue();

/**
 * Applies `change` to the settings as they are when its turn comes and stores the result; a change
 * of `null` stores nothing.
 */
function changeSettings(change: (current: Settings) => Partial<Settings> | null): Promise<Settings> {
  return queued(async () => {
    const current = await loadSettings();
    const patch = change(current);
    if (patch === null) return current;
    const next = normalizeSettings({ ...current, ...patch });
    await settingsItem.setValue(next);
    return next;
  });
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return changeSettings(() => patch);
}

/** Puts every setting back to its default. */
export function resetSettings(): Promise<Settings> {
  return queued(async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    return DEFAULT_SETTINGS;
  });
}

/**
 * Pauses briefings on the site of `hostname` (a hostname or URL; stored as its site key).
 * Returns the new settings, or throws when `hostname` names no web site.
 */
export async function pauseSite(hostname: string): Promise<Settings> {
  const site = requireSite(hostname);
  return changeSettings((current) =>
    current.pausedSites.some((paused) => covers(paused, site)) ? null : { pausedSites: [...current.pausedSites, site] },
  );
}

/**
 * Lets briefings run on the page at `hostname` again: removes every paused entry covering it
 * (resuming `news.example.com` also resumes a pause set on `example.com`), and in allow-list mode
 * adds the site to the allow-list, so that after "Resume" briefings really do run there.
 */
export async function resumeSite(hostname: string): Promise<Settings> {
  const site = requireSite(hostname);
  return changeSettings((current) => {
    const patch: Partial<Settings> = { pausedSites: current.pausedSites.filter((paused) => !covers(paused, site)) };
    if (current.allowListMode && !current.allowedSites.some((allowed) => covers(allowed, site))) {
      patch.allowedSites = [...current.allowedSites, site];
    }
    return patch;
  });
}

function requireSite(hostname: string): string {
  const site = normalizeHostname(hostname);
  if (site === null) throw new Error(`"${hostname}" is not a web site's address`);
  return site;
}

/** Calls `onChange` with normalised settings whenever they change; returns the teardown. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
