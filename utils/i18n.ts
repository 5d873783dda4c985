/**
 * The interface's words, in the reader's language: a typed `Translator` over the extension's
 * `public/_locales/<language>/messages.json` (the browser's i18n format).
 *
 * - By default the browser picks the language (`browser.i18n.getMessage`, which follows the
 *   browser's UI language and falls back to the manifest's `default_locale`, English).
 * - When the user chooses a language in the options page (`Settings.language`), that locale's
 *   messages.json is loaded and read here: `getMessage` only ever speaks the browser's language
 *   (w3c/webextensions#258).
 *
 * Keys are the English file's keys, so a missing or misspelt key is a type error. A key the chosen
 * file lacks falls back to English and is reported through `onMissing`. Plural messages are keys
 * ending in a CLDR plural category (`mentionCount_one`, `_few`, `_many`, `_other`), chosen with
 * `Intl.PluralRules`; numbers and dates go through `Intl` in the interface's language.
 *
 * Adding a view's strings: add its keys (prefixed with the view's name) to all three messages.json
 * files; `utils/i18n-locales.test.ts` checks that every key is in every locale with the same
 * placeholders and the plural forms each language needs.
 */
import english from '@/public/_locales/en/messages.json';
import { UI_LANGUAGES, type LanguageSetting, type UiLanguage } from './ui-language';

export { UI_LANGUAGES, type LanguageSetting, type UiLanguage };

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  /** `$NAME$` in the message stands for `content`, in which `$1`…`$9` are the substitutions. */
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageFile = Record<string, MessageEntry>;

const englishPlurals = new Intl.PluralRules('en');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
type AllKeys = keyof typeof english & string;
type PluralCategorySuffix = `${string}_${Intl.LDMLPluralRule}`;
/** A message that takes no count. */
export type MessageKey = Exclude<AllKeys, PluralCategorySuffix>;
/** A message with plural forms: the key without its `_one`/`_other`… suffix. */
export type PluralKey = AllKeys extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** A substitution: numbers are written in the interface's language. */
export type Substitution = string | number;

export interface Translator {
  readonly language: UiLanguage;
  /** The BCP 47 tag `Intl` formats with. */
  readonly locale: string;
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  /** The plural form of `key` for `count`; the count is `$1`, `substitutions` follow as `$2`…. */
  plural(key: PluralKey, count: number, ...substitutions: Substitution[]): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
}

/** Looks a message up with its substitutions filled in; `undefined` when the source lacks it. */
export type MessageSource = (key: string, substitutions: string[]) => string | undefined;

/** Called once per key and language that had to fall back (or that no language has). */
export type MissingReport = (key: string, language: UiLanguage) => void;

/** The tags `Intl` uses: British English writes dates as the packs' own "4 December 2025". */
const INTL_LOCALE: Record<UiLanguage, string> = { en: 'en-GB', ru: 'ru', hi: 'hi' };

/**
 * Fills a message the way the browser does: `$NAME$` (any case) becomes its placeholder's content,
 * in which `$1`…`$9` are the substitutions; `$$` is a dollar sign. Substituted text is never read
 * again, so a name containing `$1` stays as it is.
 */
export function fillMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const numbered = (text: string) => text.replace(/\$(\$|[1-9])/g, (whole, n: string) => (n === '$' ? '$' : (substitutions[Number(n) - 1] ?? '')));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name: string | undefined, n: string | undefined) => {
    if (whole === '$$') return '$';
    if (n !== undefined) return substitutions[Number(n) - 1] ?? '';
    const content = placeholders[name!.toLowerCase()];
    return content === undefined ? whole : numbered(content);
  });
}

/** A messages.json file (fetched or bundled) as a source. */
export function fileSource(file: MessageFile): MessageSource {
  return (key, substitutions) => {
    const entry = Object.hasOwn(file, key) ? file[key] : undefined;
    return entry && typeof entry.message === 'string' ? fillMessage(entry, substitutions) : undefined;
  };
}

/** The browser's own lookup (`browser.i18n.getMessage`), which answers `''` for an unknown key. */
export function browserSource(getMessage: (key: string, substitutions: string[]) => string): MessageSource {
  return (key, substitutions) => getMessage(key, substitutions) || undefined;
}

export const englishSource = fileSource(english as MessageFile);

const reportToConsole: MissingReport = (key, language) => {
  console.error(`[Contextual Briefings] i18n: no message "${key}" in "${language}"${language === 'en' ? '' : '; English is shown'}`);
};

/**
 * A translator reading `source` in `language`, with English for whatever `source` lacks. A key no
 * file has is shown as `⟦key⟧`, so it is seen at once rather than leaving a blank.
 */
export function createTranslator(language: UiLanguage, source: MessageSource, onMissing: MissingReport = reportToConsole): Translator {
  const locale = INTL_LOCALE[language];
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const reported = new Set<string>();
  const report = (key: string, inLanguage: UiLanguage) => {
    if (reported.has(`${inLanguage}:${key}`)) return;
    reported.add(`${inLanguage}:${key}`);
    onMissing(key, inLanguage);
  };
  const text = (value: Substitution) => (typeof value === 'number' ? numbers.format(value) : value);
  const lookup = (key: string, substitutions: Substitution[]): string => {
    const filled = substitutions.map(text);
    const found = source(key, filled);
    if (found !== undefined) return found;
    report(key, language);
    if (language !== 'en') {
      const fallback = englishSource(key, filled);
      if (fallback !== undefined) return fallback;
      report(key, 'en');
    }
    return `⟦${key}⟧`;
  };
  return {
    language,
    locale,
    t: (key, ...substitutions) => lookup(key, substitutions),
    plural(key, count, ...substitutions) {
      const filled = [count, ...substitutions].map(text);
      // The language's own form; else its `other` form; else English's form for the count.
      const form = `${key}_${plurals.select(count)}`;
      const own = source(form, filled);
      if (own !== undefined) return own;
      report(form, language);
      const other = source(`${key}_other`, filled);
      if (other !== undefined) return other;
      if (language !== 'en') report(`${key}_other`, language);
      const englishForm = `${key}_${englishPlurals.select(count)}`;
      return englishSource(englishForm, filled) ?? englishSource(`${key}_other`, filled) ?? `⟦${form}⟧`;
    },
    number: (value, options) => (options ? new Intl.NumberFormat(locale, options).format(value) : numbers.format(value)),
    date: (value, options) => new Intl.DateTimeFormat(locale, options).format(value),
  };
}

/** English from the bundled file: the default of every view, and what tests render. */
export const englishTranslator: Translator = createTranslator('en', englishSource);

/** What `loadTranslator` needs from its surroundings, so pages, the card and tests can each supply it. */
export interface TranslatorEnvironment {
  /** `browser.i18n.getMessage`, where there is one. */
  getMessage?: (key: string, substitutions: string[]) => string;
  /** Reads `_locales/<language>/messages.json` (a page fetches it; the card asks the background). */
  loadMessages(language: UiLanguage): Promise<MessageFile>;
  onMissing?: MissingReport;
}

/** The key every messages.json has, holding its own language code: which file `getMessage` reads. */
export const LANGUAGE_CODE_KEY = 'languageCode';

/**
 * The translator for a language setting: `auto` reads through the browser's `getMessage` in the
 * language the browser chose; a chosen language loads its file. Whatever cannot be had (no
 * `getMessage`, a file that fails to load) falls back to English, reported through `onMissing`'s
 * console, never failing the page.
 */
export async function loadTranslator(setting: LanguageSetting, environment: TranslatorEnvironment): Promise<Translator> {
  const { getMessage, loadMessages, onMissing } = environment;
  if (setting === 'auto') {
    const detected = browserLanguage(getMessage);
    return detected && getMessage ? createTranslator(detected, browserSource(getMessage), onMissing) : createTranslator('en', englishSource, onMissing);
  }
  if (setting === 'en') return createTranslator('en', englishSource, onMissing);
  try {
    return createTranslator(setting, fileSource(await loadMessages(setting)), onMissing);
  } catch (error) {
    console.error(`[Contextual Briefings] i18n: could not load the "${setting}" messages; English is shown`, error);
    return createTranslator('en', englishSource, onMissing);
  }
}

/** The language `getMessage` speaks, or `null` when there is no working `getMessage`. */
function browserLanguage(getMessage: TranslatorEnvironment['getMessage']): UiLanguage | null {
  try {
    const code = getMessage?.(LANGUAGE_CODE_KEY, []);
    return (UI_LANGUAGES as readonly string[]).includes(code ?? '') ? (code as UiLanguage) : null;
  } catch {
    return null;
  }
}

/** Where a locale's messages.json is in the build, for `browser.runtime.getURL`. */
export const localeFilePath = (language: UiLanguage) => `/_locales/${language}/messages.json` as const;

/** Card (content script) → background: the messages of a chosen language, which only extension pages may fetch. */
export interface LocaleMessagesRequest {
  type: 'get-locale-messages';
  language: UiLanguage;
}

export function isLocaleMessagesRequest(value: unknown): value is LocaleMessagesRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, language } = value as Partial<LocaleMessagesRequest>;
  return type === 'get-locale-messages' && (UI_LANGUAGES as readonly unknown[]).includes(language);
}

/** Whether a parsed file has the shape of a messages.json (what the card accepts from the background). */
export function isMessageFile(value: unknown): value is MessageFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as MessageEntry).message === 'string');
}

export const isPluralVariant = (key: string) => PLURAL_SUFFIX.test(key);
