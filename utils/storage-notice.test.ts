import { describe, expect, it } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { englishTranslator as en } from './i18n';
import { packsNoticeSentence, settingsNoticeSentence } from './storage-notice';

describe('storage notices in words', () => {
  it('says which settings fell back and what the next change does', () => {
    expect(settingsNoticeSentence(en, { kind: 'repaired', repaired: ['style'], missing: ['language'] })).toBe(
      'Some saved settings were unreadable, so their defaults are in use: style. Some settings were missing from storage, so their defaults are in use: language. Your next change saves a repaired copy.',
    );
    expect(settingsNoticeSentence(en, { kind: 'read-failed', reason: 'IO error' })).toBe('Your saved settings could not be read (IO error), so the defaults are in use.');
  });

  it('names at most the listed packs and counts the rest', () => {
    expect(packsNoticeSentence(en, { kind: 'left-out', problems: ['imported pack 1'], more: 0 })).toMatch(/^Some of your saved packs could not be read and are not in use: imported pack 1\. /);
    expect(packsNoticeSentence(en, { kind: 'left-out', problems: ['imported pack 1'], more: 3 })).toMatch(/: imported pack 1 and 3 more\. /);
  });

  it('in Russian and Hindi, the stored names quoted as they are', async () => {
    const ru = await loadTestTranslator('ru');
    const hi = await loadTestTranslator('hi');
    expect(settingsNoticeSentence(ru, { kind: 'unreadable' })).toBe(
      'Сохранённые настройки не читаются, поэтому действуют настройки по умолчанию. Ваше следующее изменение сохранит исправленную копию.',
    );
    expect(packsNoticeSentence(ru, { kind: 'left-out', problems: ['imported pack 2 "Old"'], more: 5 })).toMatch(/: imported pack 2 "Old" и ещё 5\. /);
    expect(packsNoticeSentence(hi, { kind: 'read-failed', reason: 'IO error' })).toBe('आपके इंस्टॉल किए पैक पढ़े नहीं जा सके (IO error), इसलिए केवल बिल्ट-इन पैक इस्तेमाल हो रहा है।');
  });
});
