/**
 * The tables against their definitions, for every unit of the BMP: classes as the Unicode
 * properties say (\p{L}\p{N}\p{M} words, \s spaces, and the listed dashes, apostrophes and
 * ignorables), lower case as `toLowerCase` says when it keeps the length, and hashes that agree
 * between the scanner's step tables and `hashWord`.
 */
import { describe, expect, it } from 'vitest';
import { APOS, DASH, FOLD_WORD_MIN, HASH_SEED, HASH_UNFILLED, IGNORABLE, OTHER, SPACE, WORD, charClass, foldTable, foldUnit, foldWord, hashAdd, hashMul, hashWord, lowerUnit } from './char-class';

const DASHES = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212];
const APOSTROPHES = [0x27, 0x2019, 0x2bc];
const IGNORABLES = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

function expectedClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  if (IGNORABLES.includes(c)) return IGNORABLE;
  if (DASHES.includes(c)) return DASH;
  if (APOSTROPHES.includes(c)) return APOS;
  const ch = String.fromCharCode(c);
  return /[\p{L}\p{N}\p{M}]/u.test(ch) ? WORD : /\s/u.test(ch) ? SPACE : OTHER;
}

function expectedLower(c: number): number {
  const lc = String.fromCharCode(c).toLowerCase();
  return lc.length === 1 ? lc.charCodeAt(0) : c;
}

describe('char-class tables', () => {
  // First, while the block of U+E000 is still unread: its units need no filling to stop the scanner.
  it('give HASH_UNFILLED for a unit of a block not classified yet, and the seed after a separator', () => {
    const step = (h: number, c: number) => (Math.imul(h, hashMul[c]!) + hashAdd[c]!) | 0;
    expect(step(12345, 0xe000)).toBe(HASH_UNFILLED);
    foldUnit(0xe000);
    expect(step(12345, 0xe000)).toBe(HASH_SEED);
    expect(step(12345, 0x20)).toBe(HASH_SEED);
    expect(step(12345, 0xad)).toBe(12345);
  });

  it('class every unit as the Unicode properties do', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (charClass(c) !== expectedClass(c)) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${charClass(c)} ≠ ${expectedClass(c)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('fold word units to their lower case, and keep one table of class and fold', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const k = expectedClass(c);
      const fold = foldUnit(c);
      if (lowerUnit(c) !== expectedLower(c)) wrong.push(`lower U+${c.toString(16)}`);
      if (k === WORD ? fold !== expectedLower(c) || fold < FOLD_WORD_MIN : fold !== k) wrong.push(`fold U+${c.toString(16)}`);
      if (foldTable[c] !== fold) wrong.push(`table U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('hash a word by the step tables exactly as hashWord hashes its folded key', () => {
    for (const word of ['Putin', 'ПУТИН', 'मोदी', 'Pu\u00ADtin', 'Ærø', 'Straße', 'İstanbul']) {
      let h = HASH_SEED;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        foldUnit(c);
        h = (Math.imul(h, hashMul[c]!) + hashAdd[c]!) | 0;
      }
      expect(h, word).toBe(hashWord(foldWord(word)));
    }
  });
});
