/**
 * Tests' way to a translator in any language: the real messages.json of that locale, read from
 * `public/_locales/` as the extension reads it, through the same `loadTranslator`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTranslator, localeFilePath, type MessageFile, type MissingReport, type Translator, type UiLanguage } from '@/utils/i18n';

export function readLocaleFile(language: UiLanguage): MessageFile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', `public${localeFilePath(language)}`), 'utf8')) as MessageFile;
}

export function loadTestTranslator(language: UiLanguage, onMissing?: MissingReport): Promise<Translator> {
  return loadTranslator(language, { loadMessages: async (code) => readLocaleFile(code), onMissing });
}
