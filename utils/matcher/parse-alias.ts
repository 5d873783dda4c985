/**
 * The pack's alias language (documented in README.md): plain words, `[optional words]`,
 * `(variant|variant)`, `Cyrillic~` for Russian case endings and `#` for a number. Packs never
 * supply regular expressions; every alias expands to a small, capped list of word sequences, so
 * no pack can make matching slow.
 */
import { APOS, DASH, SPACE, WORD, charClass, foldWord, hashWord, isCyrillic } from './char-class';

/** Longest alias source, in UTF-16 units (the pack schema caps aliases at the same length). */
export const MAX_ALIAS_CHARS = 120;
/** Phrases one alias may expand to; `(a|b) (c|d) [e]` is 8. */
export const MAX_EXPANSIONS = 64;
/** Words in one expanded phrase. */
export const MAX_WORDS = 16;
/** Bracket nesting depth. */
const MAX_DEPTH = 3;

/** Thrown by `buildIndex` for an alias `checkAlias` would reject; the message names the alias. */
export class AliasSyntaxError extends Error {
  constructor(
    readonly alias: string,
    readonly reason: string,
  ) {
    super(`alias "${alias}": ${reason}`);
    this.name = 'AliasSyntaxError';
  }
}

/** How an atom attaches to the one before it. */
export const JOIN_NONE = 0;
/** An alias space: any run of whitespace in the text. */
export const JOIN_SPACE = 1;
/** An alias hyphen: one dash of any kind, optionally spaced ("Russia – Ukraine"), or whitespace. */
export const JOIN_DASH = 2;
/** An alias apostrophe: one ' or ’ or ʼ with nothing around it. */
export const JOIN_APOS = 3;
/** Values above this are `JOIN_LITERAL + code unit` of a punctuation mark matched exactly ("M&MTC"). */
export const JOIN_LITERAL = 16;

/** Russian noun case endings a `~` word accepts, by the word's last letter. Kept small on purpose. */
export interface TildeRule {
  /** Folded stem the endings attach to ("путин", "нарендр"). */
  stem: string;
  /** Endings including the written one ('' for a consonant stem). */
  endings: readonly string[];
}

export interface Atom {
  /** Lower-cased word (for `~` atoms the written form; for `#` atoms ''). */
  key: string;
  /**
   * The word as written when it has upper-case letters: the text must then show exactly this form
   * or the word in ALL CAPS. `null` means any case ("commission" matches "Commission").
   */
  form: string | null;
  tilde: TildeRule | null;
  /** `#`: any number ("23rd", "18", "23वें"). */
  number: boolean;
  joiner: number;
  /** `hashWord(key)`, computed once here rather than per use. */
  hash: number;
}

export interface ParsedAlias {
  /** Each expansion as its atom sequence. */
  phrases: Atom[][];
}

// ---- expansion --------------------------------------------------------------------------

class Expander {
  pos = 0;
  constructor(readonly src: string) {}

  fail(reason: string): never {
    throw new AliasSyntaxError(this.src, reason);
  }

  /** alt := seq ('|' seq)* */
  alt(depth: number, close: string): string[] {
    const out: string[] = [];
    for (;;) {
      const start = this.pos;
      const seq = this.seq(depth);
      if (close === ')' && seq.some((s) => s.trim() === '')) {
        this.fail(`empty variant at ${start}`);
      }
      for (const s of seq) {
        out.push(s);
        if (out.length > MAX_EXPANSIONS) this.fail(`expands to more than ${MAX_EXPANSIONS} phrases`);
      }
      if (this.src[this.pos] !== '|') return out;
      if (close === '') this.fail(`'|' outside '( )' at ${this.pos}`);
      this.pos++;
    }
  }

  /** Every `a + b`, capped. */
  cross(acc: readonly string[], parts: readonly string[]): string[] {
    const next: string[] = [];
    for (const a of acc) for (const b of parts) next.push(a + b);
    if (next.length > MAX_EXPANSIONS) this.fail(`expands to more than ${MAX_EXPANSIONS} phrases`);
    return next;
  }

  /** seq := (text | '[' alt ']' | '(' alt ')')* — stops before '|', ')', ']' or the end. */
  seq(depth: number): string[] {
    let acc = [''];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '|' || ch === ')' || ch === ']') break;
      if (ch === '[' || ch === '(') {
        if (depth >= MAX_DEPTH) this.fail(`brackets nested more than ${MAX_DEPTH} deep at ${this.pos}`);
        const open = this.pos;
        const close = ch === '[' ? ']' : ')';
        this.pos++;
        const inner = this.alt(depth + 1, close);
        if (this.src[this.pos] !== close) this.fail(`unclosed '${ch}' at ${open}`);
        this.pos++;
        if (ch === '[') {
          if (inner.every((s) => s.trim() === '')) this.fail(`empty '[ ]' at ${open}`);
          inner.push('');
        }
        acc = this.cross(acc, inner);
        continue;
      }
      let end = this.pos;
      while (end < this.src.length && !'|)](['.includes(this.src[end]!)) end++;
      acc = this.cross(acc, [this.src.slice(this.pos, end)]);
      this.pos = end;
    }
    return acc;
  }
}

function expand(src: string): string[] {
  const ex = new Expander(src);
  const out = ex.alt(0, '');
  if (ex.pos < src.length) ex.fail(`unexpected '${src[ex.pos]}' at ${ex.pos}`);
  // Dropping an optional part leaves doubled or edge spaces: "[Vladimir] Putin" → " Putin".
  return [...new Set(out.map((s) => s.replace(/ {2,}/g, ' ').trim()))];
}

// ---- words → atoms ----------------------------------------------------------------------

function tildeRule(folded: string, alias: string): TildeRule {
  const last = folded.charAt(folded.length - 1);
  const head = folded.slice(0, -1);
  // Nouns and surnames as news text declines them: Путин/Путина/Путину/Путиным/Путине,
  // Нарендра/Нарендры/Нарендре/Нарендрой, Андрей/Андрея/Андреем, Игорь/Игоря.
  switch (last) {
    case 'а':
      return { stem: head, endings: ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою'] };
    case 'я':
      return { stem: head, endings: ['я', 'и', 'е', 'ю', 'ей', 'ею'] };
    case 'й':
      return { stem: head, endings: ['й', 'я', 'ю', 'ем', 'е'] };
    case 'ь':
      return { stem: head, endings: ['ь', 'я', 'ю', 'ем', 'е'] };
    default:
      if (!/[бвгджзклмнпрстфхцчшщ]/.test(last)) {
        throw new AliasSyntaxError(alias, `'~' needs a Russian noun ending in a consonant, а, я, й or ь ("${folded}~")`);
      }
      // After ж ч ш щ ц an unstressed instrumental is spelt -ем: Владимировичем, Рэмовичем.
      return { stem: folded, endings: /[жчшщц]/.test(last) ? ['', 'а', 'у', 'ом', 'ем', 'е'] : ['', 'а', 'у', 'ом', 'ым', 'е'] };
  }
}

/** Characters with a meaning in the alias language, or that look like an attempt at a regex. */
const RESERVED = /[\\*?{}^$<>]/;

function wordToAtoms(word: string, firstJoiner: number, alias: string): Atom[] {
  if (word === '#') return [{ key: '', form: null, tilde: null, number: true, joiner: firstJoiner, hash: 0 }];
  const atoms: Atom[] = [];
  let joiner = firstJoiner;
  let i = 0;
  while (i < word.length) {
    const c = word.charCodeAt(i);
    const k = charClass(c);
    if (k === WORD) {
      let j = i;
      while (j < word.length && charClass(word.charCodeAt(j)) === WORD) j++;
      const written = word.slice(i, j);
      let tilde: TildeRule | null = null;
      if (word[j] === '~') {
        if (!isCyrillic(word.charCodeAt(j - 1))) {
          throw new AliasSyntaxError(alias, `'~' only follows a Cyrillic word (at "${written}~")`);
        }
        tilde = tildeRule(foldWord(written), alias);
        j++;
        if (j < word.length) throw new AliasSyntaxError(alias, `'~' must end its word (at "${word}")`);
      }
      const key = foldWord(written);
      atoms.push({ key, form: key === written ? null : written, tilde, number: false, joiner, hash: hashWord(key) });
      i = j;
      continue;
    }
    if (atoms.length === 0) throw new AliasSyntaxError(alias, `word "${word}" must start with a letter or digit`);
    if (k === DASH) joiner = JOIN_DASH;
    else if (k === APOS) joiner = JOIN_APOS;
    else if (k === SPACE) throw new AliasSyntaxError(alias, `words must be separated by single plain spaces`);
    else if (c === 0x7e) throw new AliasSyntaxError(alias, `'~' must end a Cyrillic word (at "${word}")`);
    else if (c === 0x23) throw new AliasSyntaxError(alias, `'#' must stand alone as a word`);
    else joiner = JOIN_LITERAL + c;
    i++;
    if (i >= word.length || charClass(word.charCodeAt(i)) !== WORD) {
      throw new AliasSyntaxError(alias, `punctuation in "${word}" must sit between letters or digits`);
    }
  }
  return atoms;
}

/**
 * Atoms of words already parsed, by the word's first joiner (index 0: first word of a phrase,
 * 1: after a space). `buildIndex` shares one across a pack: its 10,000 aliases repeat a few hundred
 * words ("visit", "to", "summit"), and atoms are never mutated.
 */
export type WordCache = [Map<string, Atom[]>, Map<string, Atom[]>];

export function newWordCache(): WordCache {
  return [new Map(), new Map()];
}

function atomsOf(word: string, first: boolean, alias: string, cache: WordCache | undefined): Atom[] {
  if (!cache) return wordToAtoms(word, first ? JOIN_NONE : JOIN_SPACE, alias);
  const map = cache[first ? 0 : 1];
  let atoms = map.get(word);
  if (!atoms) map.set(word, (atoms = wordToAtoms(word, first ? JOIN_NONE : JOIN_SPACE, alias)));
  return atoms;
}

/** Aliases without brackets are one phrase: no expansion needed. */
const BRACKETS = /[[\]()|]/;

export function parseAlias(alias: string, cache?: WordCache): ParsedAlias {
  if (alias.length === 0) throw new AliasSyntaxError(alias, 'is empty');
  if (alias.length > MAX_ALIAS_CHARS) throw new AliasSyntaxError(alias, `is longer than ${MAX_ALIAS_CHARS} characters`);
  if (alias !== alias.trim()) throw new AliasSyntaxError(alias, 'has leading or trailing spaces');
  const reserved = alias.match(RESERVED);
  if (reserved) throw new AliasSyntaxError(alias, `'${reserved[0]}' is not part of the alias language`);
  const double = alias.indexOf('  ');
  if (double >= 0) throw new AliasSyntaxError(alias, `double space at ${double}`);
  const phrases: Atom[][] = [];
  const texts = BRACKETS.test(alias) ? expand(alias) : [alias];
  for (const text of texts) {
    if (text === '') throw new AliasSyntaxError(alias, 'can match an empty phrase (everything is optional)');
    const words = text.split(' ');
    if (words.length > MAX_WORDS) throw new AliasSyntaxError(alias, `has more than ${MAX_WORDS} words`);
    const atoms: Atom[] = [];
    for (let n = 0; n < words.length; n++) {
      for (const a of atomsOf(words[n]!, n === 0, alias, cache)) atoms.push(a);
    }
    phrases.push(atoms);
  }
  return { phrases };
}

/** `null` when the alias is valid, otherwise a message for a pack author ("unclosed '(' at 5"). */
export function checkAlias(alias: string): string | null {
  try {
    parseAlias(alias);
    return null;
  } catch (e) {
    if (e instanceof AliasSyntaxError) return e.reason;
    throw e;
  }
}
