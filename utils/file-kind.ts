/**
 * What a file the user chose is, by its JSON and its `format` marker: the import of packs and of
 * settings use it to tell "not JSON" from "some other JSON" from "the other kind of file", so the
 * options page can say which it is in one sentence.
 */
import { jsonErrorPlace, type TextPlace } from './json-error';

export const PACK_FILE_FORMAT = 'contextual-briefings/pack';
export const SETTINGS_FILE_FORMAT = 'contextual-briefings/settings';

export type FileKind =
  /** `JSON.parse` refused it; `at` is where, when the engine said. */
  | { kind: 'not-json'; at: TextPlace | null }
  /** JSON whose `format` says briefing pack (it may still be a broken one). */
  | { kind: 'pack' }
  /** JSON whose `format` says settings file. */
  | { kind: 'settings' }
  /** Any other JSON: a list, a string, an object without one of our markers. */
  | { kind: 'other-json' };

/** Classifies `text`; callers check its size first (this parses it). */
export function fileKind(text: string): FileKind {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'not-json', at: jsonErrorPlace(text, error) };
  }
  const format = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { format?: unknown }).format : undefined;
  if (format === PACK_FILE_FORMAT) return { kind: 'pack' };
  if (format === SETTINGS_FILE_FORMAT) return { kind: 'settings' };
  return { kind: 'other-json' };
}
