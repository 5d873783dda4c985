/**
 * Settings as a file the user can keep and bring back: export writes every setting with a format
 * marker; import is strict (unlike reading storage, which repairs field by field), because a user
 * importing a file should hear about a problem rather than get half of their file silently.
 */
import { fileKind, SETTINGS_FILE_FORMAT } from './file-kind';
import type { TextPlace } from './json-error';
import { inspectSettings, type Settings } from './settings';

export { SETTINGS_FILE_FORMAT };
/** The settings item's version the file's `settings` follows; files of versions 1 and 2 are read too. */
export const SETTINGS_FILE_VERSION = 3;

const SETTINGS_KEYS: ReadonlySet<string> = new Set<keyof Settings>([
  'enabled',
  'kinds',
  'style',
  'density',
  'pausedSites',
  'allowListMode',
  'allowedSites',
  'hoverDelayMs',
  'language',
]);

/** Files larger than this are not settings files (real ones are a few hundred bytes plus site lists). */
const MAX_SETTINGS_FILE_CHARS = 1_000_000;

export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings }, null, 2)}\n`;
}

/** Why a settings file was refused, for the page to put in words. */
export type SettingsRefusal =
  | { kind: 'not-json'; at: TextPlace | null }
  | { kind: 'too-large' }
  /** A briefing pack, chosen where a settings file was expected. */
  | { kind: 'pack-file' }
  /** JSON, but not marked as a settings file. */
  | { kind: 'not-settings' }
  /** A settings file of a version this one cannot read. */
  | { kind: 'unknown-version' }
  /** A settings file with a field this version does not know or cannot use (named in `message`). */
  | { kind: 'invalid-settings' };

/** `refusal`: what went wrong, in one word; `message`: the detail behind it, naming the field. */
export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; refusal: SettingsRefusal; message: string };

/** Reads a settings file; any problem refuses the whole file. */
export function parseSettingsJson(text: string): SettingsFileResult {
  const refuse = (refusal: SettingsRefusal, message: string): SettingsFileResult => ({ ok: false, refusal, message });
  if (text.length > MAX_SETTINGS_FILE_CHARS) return refuse({ kind: 'too-large' }, `The file has ${text.length} characters; a settings file has far fewer.`);
  const kind = fileKind(text);
  if (kind.kind === 'not-json') {
    const where = kind.at ? ` (line ${kind.at.line}, column ${kind.at.column})` : '';
    return refuse(kind, `JSON.parse stopped${where}.`);
  }
  if (kind.kind === 'pack') return refuse({ kind: 'pack-file' }, `"format" is "contextual-briefings/pack", not "${SETTINGS_FILE_FORMAT}".`);
  if (kind.kind !== 'settings') return refuse({ kind: 'not-settings' }, `"format" must be "${SETTINGS_FILE_FORMAT}".`);
  const file = JSON.parse(text) as Record<string, unknown>;
  if (file.version !== 1 && file.version !== 2 && file.version !== SETTINGS_FILE_VERSION) {
    return refuse({ kind: 'unknown-version' }, `version: must be 1, 2 or ${SETTINGS_FILE_VERSION} (this file says ${JSON.stringify(file.version)}).`);
  }
  const settings = file.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    return refuse({ kind: 'invalid-settings' }, 'settings: must be an object holding the settings.');
  }
  const unknown = Object.keys(settings).filter((key) => !SETTINGS_KEYS.has(key));
  if (unknown.length > 0) {
    return refuse({ kind: 'invalid-settings' }, `settings.${unknown[0]}: is not a setting this version knows.`);
  }
  const { settings: read, repaired } = inspectSettings(settings);
  if (repaired.length > 0) {
    return refuse({ kind: 'invalid-settings' }, `settings.${repaired[0]}: has a value that is not allowed there.`);
  }
  return { ok: true, settings: read };
}
