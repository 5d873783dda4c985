/**
 * The translator of extension pages and the background, which can reach the browser's
 * `getMessage` and fetch the extension's own locale files (a content script cannot fetch them in
 * Chrome: the card asks the background, entrypoints/card-ui).
 */
import { browser } from 'wxt/browser';
import { loadTranslator, localeFilePath, type LanguageSetting, type MessageFile, type Translator, type UiLanguage } from './i18n';

/** A locale's messages.json from the extension's own files. */
export async function fetchLocaleMessages(language: UiLanguage): Promise<MessageFile> {
  const response = await fetch(browser.runtime.getURL(localeFilePath(language)));
  if (!response.ok) throw new Error(`${localeFilePath(language)}: ${response.status}`);
  return (await response.json()) as MessageFile;
}

export function extensionTranslator(language: LanguageSetting): Promise<Translator> {
  return loadTranslator(language, {
    getMessage: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions),
    loadMessages: fetchLocaleMessages,
  });
}
