/**
 * The three locale files against each other: every key is in every locale, with the same
 * placeholders, and every plural message has the forms its language's plural rules ask for.
 */
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '@/tests/support/locales';
import { isPluralVariant, LANGUAGE_CODE_KEY, UI_LANGUAGES, type MessageFile, type UiLanguage } from './i18n';

const files = Object.fromEntries(UI_LANGUAGES.map((code) => [code, readLocaleFile(code)])) as Record<UiLanguage, MessageFile>;
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
/** A message's placeholders as used: names (lower-case) with their content. */
const placeholdersOf = (file: MessageFile, key: string) => {
  const entry = file[key]!;
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
  return Object.fromEntries(used.map((name) => [name, entry.placeholders?.[name]?.content ?? '(undeclared)']));
};

describe('locale files', () => {
  const english = files.en;
  const plainKeys = Object.keys(english).filter((key) => !isPluralVariant(key));
  const pluralBases = [...new Set(Object.keys(english).filter(isPluralVariant).map(base))];

  it.each(UI_LANGUAGES)('%s: names its own language', (code) => {
    expect(files[code][LANGUAGE_CODE_KEY]!.message).toBe(code);
  });

  it.each(UI_LANGUAGES)('%s: has every key, and no key English lacks', (code) => {
    const file = files[code];
    expect(plainKeys.filter((key) => !(key in file))).toEqual([]);
    expect(Object.keys(file).filter((key) => !isPluralVariant(key) && !(key in english))).toEqual([]);
    expect(Object.values(file).filter((entry) => typeof entry.message !== 'string' || entry.message.trim() === '')).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: uses the same placeholders as English, each declared', (code) => {
    const file = files[code];
    const differ = plainKeys.filter((key) => JSON.stringify(placeholdersOf(file, key)) !== JSON.stringify(placeholdersOf(english, key)));
    expect(differ.map((key) => [key, placeholdersOf(file, key), placeholdersOf(english, key)])).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: has exactly the plural forms its language needs, with English’s placeholders', (code) => {
    const file = files[code];
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const key of pluralBases) {
      const forms = Object.keys(file).filter((other) => isPluralVariant(other) && base(other) === key);
      expect(forms.map((form) => form.slice(key.length + 1)).sort(), key).toEqual([...categories].sort());
      // A form may leave the number out ("a mistake"); it may not bring in a placeholder English lacks.
      const allowed = Object.assign({}, ...Object.keys(english).filter((k) => base(k) === key).map((k) => placeholdersOf(english, k)));
      for (const form of forms) {
        for (const [name, content] of Object.entries(placeholdersOf(file, form))) expect([form, name, content]).toEqual([form, name, allowed[name]]);
      }
    }
  });

  // A control whose accessible name adds to its visible word must still contain that word
  // (WCAG 2.5.3, axe's label-content-name-mismatch): speech users say what they see.
  const VISIBLE_IN_NAME = [
    ['packs_export', 'packs_exportPack'],
    ['common_remove', 'packs_removePack'],
    ['common_remove', 'sites_removeSite'],
    ['sites_add', 'sites_addTo'],
    ['card_back', 'card_backTo'],
  ] as const;
  it.each(UI_LANGUAGES)('%s: a control’s accessible name contains its visible text', (code) => {
    const file = files[code];
    const words = (text: string) => text.toLocaleLowerCase(code).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    const mismatched = VISIBLE_IN_NAME.filter(([visible, name]) => {
      const named = words(file[name]!.message).join(' ');
      return !` ${named} `.includes(` ${words(file[visible]!.message).join(' ')} `);
    });
    expect(mismatched).toEqual([]);
  });

  it('Russian has one, few, many and other; Hindi one and other', () => {
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(new Intl.PluralRules('hi').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
  });
});
