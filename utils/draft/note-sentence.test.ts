import { describe, expect, it } from 'vitest';
import { loadTestTranslator } from '@/tests/support/locales';
import { englishTranslator } from '../i18n';
import type { DraftNote } from './draft-pack';
import { noteSentence } from './note-sentence';

describe('noteSentence', () => {
  it.each<[DraftNote, string]>([
    [{ kind: 'truncated', count: 1_400, kept: 1_000 }, 'The article has 1,400 sentences; the draft keeps the first 1,000.'],
    [{ kind: 'alias-left-out', name: 'A|B' }, '“A|B” cannot be written as an alias and was left out.'],
    [{ kind: 'shared-surname', count: 2, surname: 'Gandhi' }, '2 people share the surname “Gandhi”; none of them has it as an alias on its own.'],
    [{ kind: 'not-found', name: 'Delhi' }, '“Delhi” was left out: the engine does not find it in the article.'],
  ])('words %o in English', (note, sentence) => {
    expect(noteSentence(englishTranslator, note)).toBe(sentence);
  });

  it('follows the Russian plural rules, names untouched', async () => {
    const ru = await loadTestTranslator('ru', (key) => expect.fail(`no Russian for ${key}`));
    expect(noteSentence(ru, { kind: 'shared-surname', count: 3, surname: 'Gandhi' })).toMatch(/^Фамилию «Gandhi» носят 3 человека;/);
    expect(noteSentence(ru, { kind: 'shared-surname', count: 5, surname: 'Gandhi' })).toMatch(/^Фамилию «Gandhi» носят 5 человек;/);
    expect(noteSentence(ru, { kind: 'not-found', name: 'Delhi' })).toBe('«Delhi» пропущено: поиск не находит это имя в статье.');
  });
});
