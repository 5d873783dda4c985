/**
 * The languages the interface is written in, and the setting that picks one. Kept apart from the
 * messages (utils/i18n.ts) so the settings model, which the per-frame content script reads, can
 * validate the setting without carrying any interface text.
 */

/** Each has `public/_locales/<code>/messages.json`; `en` is the manifest's `default_locale`. */
export const UI_LANGUAGES = ['en', 'ru', 'hi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** `auto` follows the browser's language (falling back to English); the rest choose one. */
export type LanguageSetting = 'auto' | UiLanguage;

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || (UI_LANGUAGES as readonly unknown[]).includes(value);
}
