import { describe, expect, it } from 'vitest';
import { englishTranslator as en } from '@/utils/i18n';
import { loadTestTranslator } from '@/tests/support/locales';
import { packRefusalSentence, settingsRefusalSentence } from './file-refusal';

describe('file refusals in words', () => {
  it('names the place broken JSON stops, when the browser said', () => {
    expect(packRefusalSentence(en, { kind: 'not-json', at: { line: 3, column: 5 } })).toBe('This file is not valid JSON (line 3, column 5).');
    expect(settingsRefusalSentence(en, { kind: 'not-json', at: null })).toBe('This file is not valid JSON.');
  });

  it('says what a file is and what was expected', () => {
    expect(packRefusalSentence(en, { kind: 'not-a-pack' })).toBe('This file is not a briefing pack.');
    expect(packRefusalSentence(en, { kind: 'settings-file' })).toMatch(/^This file is a settings file, not a briefing pack/);
    expect(settingsRefusalSentence(en, { kind: 'pack-file' })).toMatch(/^This file is a briefing pack, not a settings file/);
    expect(settingsRefusalSentence(en, { kind: 'not-settings' })).toBe('This file is not a Contextual Briefings settings file.');
  });

  it('counts a pack’s mistakes in one sentence', () => {
    expect(packRefusalSentence(en, { kind: 'invalid-pack', issueCount: 1 })).toBe('This briefing pack has a mistake, so it was not installed.');
    expect(packRefusalSentence(en, { kind: 'invalid-pack', issueCount: 9 })).toBe('This briefing pack has 9 mistakes, so it was not installed.');
  });

  it('says it in Russian and Hindi, with each language’s plural of “mistake”', async () => {
    const ru = await loadTestTranslator('ru');
    const hi = await loadTestTranslator('hi');
    expect(packRefusalSentence(ru, { kind: 'not-json', at: { line: 3, column: 5 } })).toBe('Это не корректный JSON (строка 3, столбец 5).');
    expect(packRefusalSentence(ru, { kind: 'invalid-pack', issueCount: 1 })).toBe('В пакете справок 1 ошибка, поэтому он не установлен.');
    expect(packRefusalSentence(ru, { kind: 'invalid-pack', issueCount: 3 })).toBe('В пакете справок 3 ошибки, поэтому он не установлен.');
    expect(packRefusalSentence(ru, { kind: 'invalid-pack', issueCount: 11 })).toBe('В пакете справок 11 ошибок, поэтому он не установлен.');
    expect(packRefusalSentence(hi, { kind: 'invalid-pack', issueCount: 1 })).toBe('इस जानकारी पैक में एक गलती है, इसलिए इसे इंस्टॉल नहीं किया गया।');
    expect(packRefusalSentence(hi, { kind: 'invalid-pack', issueCount: 4 })).toBe('इस जानकारी पैक में 4 गलतियाँ हैं, इसलिए इसे इंस्टॉल नहीं किया गया।');
    expect(settingsRefusalSentence(hi, { kind: 'pack-file' })).toBe('यह फ़ाइल जानकारी पैक है, सेटिंग्स फ़ाइल नहीं: इसे “जानकारी पैक” में इंपोर्ट करें।');
  });
});
