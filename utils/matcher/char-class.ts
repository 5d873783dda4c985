/**
 * Character classes and case folding for the scanner, as flat lookup tables.
 *
 * The hot loop in `findMentions` touches every UTF-16 code unit of a page, so it must not call
 * regexes or `toLowerCase` per character. Tables cover the BMP and are filled lazily, 256 code
 * points at a time, the first time a block is seen: a page in Latin script never pays for
 * Devanagari, and the content script's start-up never pays for 64 K regex tests.
 */

/** Not yet classified (the block has not been filled). */
const UNKNOWN = 0;
/** Letters, digits and combining marks (\p{L}\p{N}\p{M}): a Devanagari vowel sign is part of its word. */
export const WORD = 1;
/** Any whitespace, including NBSP and line breaks. */
export const SPACE = 2;
/** Hyphen-minus and the Unicode dashes an alias hyphen stands for. */
export const DASH = 3;
/** Straight and typographic apostrophes. */
export const APOS = 4;
/** Soft hyphen and zero-width characters: invisible, so they never break a word or a phrase. */
export const IGNORABLE = 5;
/** Everything else: punctuation, symbols, astral-plane halves. */
export const OTHER = 6;

export type CharClass = typeof WORD | typeof SPACE | typeof DASH | typeof APOS | typeof IGNORABLE | typeof OTHER;

/**
 * Class and fold in one table for the scanner's inner loop: 0 = block not filled yet; 2–6 = the
 * class of a non-word unit; ≥ 0x30 = a word unit, and the value is its lower-case form (every
 * letter, digit and mark sits at or above U+0030, so the ranges cannot clash). `charClass` and
 * `lowerUnit` read it too.
 */
const folds = new Uint16Array(0x10000);
/** Values of `foldTable` at or above this are word units. */
export const FOLD_WORD_MIN = 0x30;

/**
 * The scanner's running word hash, one step per code unit: `h = h * hashMul[c] + hashAdd[c]`.
 * Word units multiply by 31 and add their fold; ignorables multiply by 1 and add 0 (invisible);
 * every other unit multiplies by 0 and adds `HASH_SEED`, so a separator sets the hash to the seed
 * without a branch and the next word hashes exactly as `hashWord` hashes its folded key. Units of
 * a block not filled yet multiply by 0 and add 0 — the tables' initial zeros, so they need no
 * filling (writing 128 KB costs a frame about half a millisecond) — giving `HASH_UNFILLED`, which
 * every index's filter flags, so the scanner stops there and fills the block.
 */
const muls = new Uint8Array(0x10000);
/** (A Han unit's `hashStep(HASH_SEED, c)` is at most 0xfaff + 217, so it fits.) */
const adds = new Uint16Array(0x10000);
/** The hash of no word: the start of every word hash, and the hash just after a separator. */
export const HASH_SEED = 7;
/** The hash after a unit whose block has not been classified yet. */
export const HASH_UNFILLED = 0;

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;
/** - ‐ ‑ ‒ – — ― − (minus sign: pasted from word processors as a hyphen). */
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);
/** ' ’ ʼ (the modifier letter apostrophe shows up in transliterations). */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
/** Soft hyphen, ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP. */
const IGNORABLES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/**
 * `WORD`, `SPACE` or `OTHER` for U+0000–U+00FF, as `WORD_RE` and `SPACE_RE` class them (a test
 * checks every unit) but without them: compiling a Unicode property class costs a frame about a
 * millisecond, which a page in Latin script never pays.
 */
function latin1Class(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return WORD;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return SPACE;
  // ª µ º, the letters À–ÿ but × and ÷, and the numbers ² ³ ¹ ¼ ½ ¾.
  if (c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) return WORD;
  if (c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe)) return WORD;
  return OTHER;
}

/** The class of one unit, from scratch (for filling the tables). */
function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  if (IGNORABLES.has(c)) return IGNORABLE;
  if (DASHES.has(c)) return DASH;
  if (APOSTROPHES.has(c)) return APOS;
  if (c < 0x100) return latin1Class(c);
  const ch = String.fromCharCode(c);
  return WORD_RE.test(ch) ? WORD : SPACE_RE.test(ch) ? SPACE : OTHER;
}

/** The lower-case form of one unit, from scratch; itself when folding would change the length (İ → i̇). */
function lowerOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const lc = String.fromCharCode(c).toLowerCase();
  return lc.length === 1 ? lc.charCodeAt(0) : c;
}

/**
 * Han characters (CJK unified ideographs and their extension A and compatibility blocks): Chinese
 * is written without spaces, so a name stands inside a run of them ("總統普京4日飛抵").
 */
export function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function fillBlock(block: number): void {
  const base = block << 8;
  for (let c = base; c < base + 256; c++) {
    const k = classify(c);
    folds[c] = k === WORD ? Math.max(lowerOf(c), FOLD_WORD_MIN) : k;
    muls[c] = k === WORD && !isHan(c) ? 31 : k === IGNORABLE ? 1 : 0;
    // A Han character starts the hash afresh, as if a word began at it: the running hash is then
    // that of the character alone, which the filter flags for the first character of a Han key.
    adds[c] = k === WORD ? (isHan(c) ? hashStep(HASH_SEED, c) : folds[c]!) : k === IGNORABLE ? 0 : HASH_SEED;
  }
}

fillBlock(0); // ASCII and Latin-1: every page needs them.

/** The class of one UTF-16 code unit. */
export function charClass(c: number): CharClass {
  const v = foldUnit(c);
  return (v >= FOLD_WORD_MIN ? WORD : v) as CharClass;
}

/** The lower-case form of one code unit (itself when folding would change the length). */
export function lowerUnit(c: number): number {
  const v = foldUnit(c);
  return v >= FOLD_WORD_MIN ? v : lowerOf(c);
}

/** The upper-case form of one code unit (itself when it has none of the same length). */
export function upperUnit(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  const u = String.fromCharCode(c).toUpperCase();
  return u.length === 1 ? u.charCodeAt(0) : c;
}

/** `foldTable[c]` for the scanner's inner loop; when it is 0, call `foldUnit(c)` instead. */
export const foldTable: Uint16Array = folds;

/** `hashMul[c]`, `hashAdd[c]`: the scanner's hash step (above); filled with `foldTable`. */
export const hashMul: Uint8Array = muls;
export const hashAdd: Uint16Array = adds;

export function foldUnit(c: number): number {
  if (folds[c] === UNKNOWN) fillBlock(c >> 8);
  return folds[c]!;
}

/** The hash both the index and the scanner use for a normalised word: h = h * 31 + unit, from `HASH_SEED`. */
export function hashStep(h: number, unit: number): number {
  return (Math.imul(h, 31) + unit) | 0;
}

/** Lower-cases a word unit by unit, dropping ignorables (the key words are indexed under). */
export function foldWord(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = charClass(c);
    if (k === IGNORABLE) continue;
    // Word units fold exactly as the scanner folds them, so hashes agree.
    out += String.fromCharCode(k === WORD ? foldUnit(c) : lowerUnit(c));
  }
  return out;
}

/** The word as written, minus ignorables (a soft hyphen inside "Pu\u00ADtin" must not matter). */
export function stripIgnorables(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (charClass(s.charCodeAt(i)) === IGNORABLE) {
      let out = '';
      for (let j = 0; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (charClass(c) !== IGNORABLE) out += s[j];
      }
      return out;
    }
  }
  return s;
}

export function hashWord(folded: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
  return h;
}

/** True when the word has cased letters and all of them are upper case ("MODI", "IRIGC"). */
export function isAllCaps(s: string): boolean {
  return s.toUpperCase() === s && s.toLowerCase() !== s;
}

/** True for a word whose first letter is an upper-case letter ("Lalit", "Лалит"); false in caseless scripts. */
export function startsUpper(s: string): boolean {
  const ch = s.charAt(0);
  return ch.toLowerCase() !== ch;
}

export function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}
