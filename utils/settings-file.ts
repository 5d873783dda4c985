/**
 * Settings as a file the user can keep and bring back: export writes every setting with a format
 * marker; import is strict (unlike reading storage, which repairs field by field), because a user
 * importing a file should hear about a problem rather than get half of their file silently.
 */
import { inspectSettings, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'contextual-briefings/settings';
/** The settings item's version the file's `settings` follows; files of version 1 are read too. */
export const SETTINGS_FILE_VERSION = 2;

const SETTINGS_KEYS: ReadonlySet<string> = new Set<keyof Settings>([
  'enabled',
  'kinds',
  'style',
  'density',
  'pausedSites',
  'allowListMode',
  'allowedSites',
  'hoverDelayMs',
]);

/** Files larger than this are not settings files (real ones are a few hundred bytes plus site lists). */
const MAX_SETTINGS_FILE_CHARS = 1_000_000;

export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings }, null, 2)}\n`;
}

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Reads a settings file; any problem refuses the whole file with a message naming the field. */
export function parseSettingsJson(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_CHARS) return { ok: false, message: 'This file is too large to be a settings file.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This file is not valid JSON: ${reason}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'This file is not a settings file: it must be a JSON object.' };
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, message: `This file is not a settings file: "format" must be "${SETTINGS_FILE_FORMAT}".` };
  }
  if (file.version !== 1 && file.version !== SETTINGS_FILE_VERSION) {
    return { ok: false, message: `version: must be 1 or ${SETTINGS_FILE_VERSION} (this file says ${JSON.stringify(file.version)}).` };
  }
  const settings = file.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return { ok: false, message: 'settings: must be an object holding the settings.' };
  }
  const unknown = Object.keys(settings).filter((key) => !SETTINGS_KEYS.has(key));
  if (unknown.length > 0) {
    return { ok: false, message: `settings.${unknown[0]}: is not a setting this version knows.` };
  }
  const { settings: read, repaired } = inspectSettings(settings);
  if (repaired.length > 0) {
    return { ok: false, message: `settings.${repaired[0]}: has a value that is not allowed there.` };
  }
  return { ok: true, settings: read };
}
