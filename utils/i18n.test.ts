import { describe, expect, it, vi } from 'vitest';
import { loadTestTranslator, readLocaleFile } from '@/tests/support/locales';
import { browserSource, createTranslator, englishSource, englishTranslator, fileSource, fillMessage, isLocaleMessagesRequest, isMessageFile, loadTranslator, type MessageFile } from './i18n';

describe('fillMessage', () => {
  it('fills named placeholders from their numbered substitutions, in the translation’s own order', () => {
    const entry = { message: '$NAME$ — $COUNT$', placeholders: { count: { content: '$1' }, name: { content: '$2' } } };
    expect(fillMessage(entry, ['3', 'Modi'])).toBe('Modi — 3');
  });

  it('reads placeholder names in any case, $$ as a dollar, and never re-reads substituted text', () => {
    const entry = { message: 'Cost: $$5 for $who$', placeholders: { WHO: { content: '$1' } } };
    expect(fillMessage(entry, ['$1 $WHO$'])).toBe('Cost: $5 for $1 $WHO$');
  });
});

describe('createTranslator', () => {
  it('speaks English by default, with placeholders filled', () => {
    expect(englishTranslator.t('site_paused', 'example.com')).toBe('Paused on example.com.');
    expect(englishTranslator.plural('mentionCount', 1)).toBe('1 mention');
    expect(englishTranslator.plural('mentionCount', 1200)).toBe('1,200 mentions');
  });

  it.each([
    [1, '1 упоминание'],
    [2, '2 упоминания'],
    [4, '4 упоминания'],
    [5, '5 упоминаний'],
    [11, '11 упоминаний'],
    [21, '21 упоминание'],
    [22, '22 упоминания'],
    [112, '112 упоминаний'],
    [1.5, '1,5 упоминания'],
  ])('Russian plurals: %s → %s', async (count, text) => {
    const ru = await loadTestTranslator('ru');
    expect(ru.plural('mentionCount', count)).toBe(text);
  });

  it.each([
    [0, '0 घटना'],
    [1, '1 घटना'],
    [2, '2 घटनाएँ'],
    [10, '10 घटनाएँ'],
  ])('Hindi plurals (one / other): %s → %s', async (count, text) => {
    const hi = await loadTestTranslator('hi');
    expect(hi.plural('kindCount_event', count)).toBe(text);
  });

  it('writes numbers and dates in the interface language', async () => {
    const ru = await loadTestTranslator('ru');
    const hi = await loadTestTranslator('hi');
    const day = Date.UTC(2025, 11, 4);
    expect(ru.number(12345.5)).toBe('12\u00a0345,5');
    expect(hi.number(1234567)).toBe('12,34,567');
    expect(ru.date(day, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('4 декабря');
    expect(hi.date(day, { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('4 दिसंबर');
    expect(englishTranslator.date(day, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe('4 December 2025');
    // Numbers given as substitutions are written the same way.
    expect(ru.t('refusal_notJsonAt', 12000, 3)).toBe('Это не корректный JSON (строка 12\u00a0000, столбец 3).');
  });

  it('falls back to English for a key the chosen language lacks, and reports it once', () => {
    const onMissing = vi.fn();
    const partial: MessageFile = { site_on: { message: 'Справки включены для $SITE$.', placeholders: { site: { content: '$1' } } } };
    const ru = createTranslator('ru', fileSource(partial), onMissing);
    expect(ru.t('site_on', 'example.com')).toBe('Справки включены для example.com.');
    expect(ru.t('site_paused', 'example.com')).toBe('Paused on example.com.');
    ru.t('site_paused', 'example.org');
    expect(onMissing.mock.calls).toEqual([['site_paused', 'ru']]);
  });

  it('falls back to the language’s own "other", then to English’s form for the count', () => {
    const onMissing = vi.fn();
    const ru = createTranslator('ru', fileSource({ mentionCount_other: { message: '$C$ упоминания', placeholders: { c: { content: '$1' } } } }), onMissing);
    expect(ru.plural('mentionCount', 5)).toBe('5 упоминания');
    expect(onMissing).toHaveBeenCalledWith('mentionCount_many', 'ru');
    const empty = createTranslator('ru', fileSource({}), onMissing);
    expect(empty.plural('mentionCount', 1)).toBe('1 mention');
    expect(empty.plural('mentionCount', 3)).toBe('3 mentions');
  });

  it('shows a key that no language has as ⟦key⟧ and names it in the report', () => {
    const onMissing = vi.fn();
    const hi = createTranslator('hi', fileSource({}), onMissing);
    const key = 'no_such_key' as never;
    expect(hi.t(key)).toBe('⟦no_such_key⟧');
    expect(onMissing.mock.calls).toEqual([
      ['no_such_key', 'hi'],
      ['no_such_key', 'en'],
    ]);
  });

  it('reports a missing key on the console by default, naming the key and the language', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createTranslator('ru', fileSource({})).t('site_allow');
    expect(error).toHaveBeenCalledWith('[Contextual Briefings] i18n: no message "site_allow" in "ru"; English is shown');
  });
});

const ruFile = readLocaleFile('ru');
const hiFile = readLocaleFile('hi');

describe('loadTranslator', () => {
  it('follows the browser by default: getMessage in the language it reads', async () => {
    // What the browser does for a Hindi UI: getMessage reads hi/messages.json.
    const getMessage = vi.fn((key: string, substitutions: string[]) => (fileSource(hiFile)(key, substitutions) ?? ''));
    const loadMessages = vi.fn();
    const i18n = await loadTranslator('auto', { getMessage, loadMessages });
    expect(i18n.language).toBe('hi');
    expect(i18n.t('site_allow')).toBe('इस साइट को अनुमति दें');
    expect(loadMessages).not.toHaveBeenCalled();
  });

  it('uses English when the browser’s getMessage is missing or fails', async () => {
    const throws = () => {
      throw new Error('not implemented');
    };
    expect((await loadTranslator('auto', { getMessage: throws, loadMessages: vi.fn() })).t('site_allow')).toBe('Allow this site');
    expect((await loadTranslator('auto', { loadMessages: vi.fn() })).language).toBe('en');
  });

  it('loads a chosen language’s file, whatever the browser speaks', async () => {
    const getMessage = vi.fn((key: string, substitutions: string[]) => englishSource(key, substitutions) ?? '');
    const loadMessages = vi.fn(async () => ruFile);
    const i18n = await loadTranslator('ru', { getMessage, loadMessages });
    expect(loadMessages).toHaveBeenCalledWith('ru');
    expect(i18n.language).toBe('ru');
    expect(i18n.locale).toBe('ru');
    expect(i18n.t('site_allow')).toBe('Разрешить этот сайт');
  });

  it('needs no file for English, and shows English when a file cannot be loaded', async () => {
    const loadMessages = vi.fn(async () => {
      throw new Error('404');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await loadTranslator('en', { loadMessages })).t('site_allow')).toBe('Allow this site');
    expect(loadMessages).not.toHaveBeenCalled();
    const fallback = await loadTranslator('hi', { loadMessages });
    expect(fallback.language).toBe('en');
    expect(fallback.t('site_allow')).toBe('Allow this site');
    expect(error).toHaveBeenCalled();
  });

  it('treats getMessage’s empty answer for an unknown key as missing', () => {
    const source = browserSource(() => '');
    expect(source('anything', [])).toBeUndefined();
  });
});

describe('messages between the card and the background', () => {
  it('accepts a request for a known language only, and a messages file only', () => {
    expect(isLocaleMessagesRequest({ type: 'get-locale-messages', language: 'ru' })).toBe(true);
    expect(isLocaleMessagesRequest({ type: 'get-locale-messages', language: 'fr' })).toBe(false);
    expect(isLocaleMessagesRequest({ type: 'get-locale-messages', language: '../../manifest' })).toBe(false);
    expect(isMessageFile(ruFile)).toBe(true);
    expect(isMessageFile({ a: { message: 1 } })).toBe(false);
    expect(isMessageFile([])).toBe(false);
  });
});
