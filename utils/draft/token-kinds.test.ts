import { describe, expect, it } from 'vitest';
import { tagSentence, type Token } from './tag-sentences';
import { fitsName, isDemonym, isListedTitle, isTitle, namesOnly } from './token-kinds';

/** The tokens of a sentence, by their words. */
function tokens(sentence: string): Map<string, Token> {
  return new Map(tagSentence(sentence).map((t) => [t.bare, t]));
}

describe('token kinds', () => {
  it('reads listed titles in the plural, hyphenated and as words of the list, and jobs by their tag', () => {
    const t = tokens('Justices Flávio Dino and Statistician-General Risenga Maluleke met the novelist and the mayor.');
    expect(isListedTitle(t.get('Justices')!)).toBe(true);
    expect(isListedTitle(t.get('Statistician-General')!)).toBe(true);
    expect(isListedTitle(t.get('mayor')!)).toBe(true);
    expect(isListedTitle(t.get('novelist')!)).toBe(false);
    expect(isTitle(t.get('novelist')!)).toBe(true);
  });

  it('takes an initial inside a name but not last, and no all-capital word for a name word', () => {
    const t = tokens('Frank D. Yeary of NATO spoke.');
    expect(fitsName(t.get('D.')!, 1, 3)).toBe(true);
    expect(fitsName(t.get('D.')!, 2, 3)).toBe(false);
    expect(fitsName(t.get('NATO')!, 0, 1)).toBe(false);
    expect(fitsName(t.get('Yeary')!, 2, 3)).toBe(true);
  });

  it('tells names from words a lexicon knows, and a nationality from a name', () => {
    const t = tokens('Shimon Sakaguchi used Mozilla Composer with an Iranian friend.');
    expect(namesOnly([t.get('Shimon')!, t.get('Sakaguchi')!])).toBe(true);
    expect(namesOnly([t.get('Mozilla')!, t.get('Composer')!])).toBe(false);
    expect(isDemonym(t.get('Iranian')!)).toBe(true);
    expect(isDemonym(t.get('Sakaguchi')!)).toBe(false);
  });
});
