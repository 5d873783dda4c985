/**
 * Finds the mentions of pack entities in one block of text.
 *
 * 1. Scan: one pass over the UTF-16 units; each word is hashed (lower-cased) as it is read and
 *    probed once in the index's first-word table. Offsets are the text's own, so normalisation
 *    (case, dashes, apostrophes, whitespace, soft hyphens) never shifts a span.
 * 2. Confirm: for the rare word that starts an alias, walk the trie word by word, checking each
 *    separator and each word's case requirement; every phrase end reached is a candidate.
 * 3. Resolve (README.md, "Which candidate wins"): exclusions drop what they cover; within a kind
 *    the longest, most specific candidate wins; across kinds overlaps stay (an event phrase and
 *    the person inside it); then bare surnames are checked for namesakes in reading order.
 */
import {
  APOS,
  DASH,
  FOLD_WORD_MIN,
  HASH_SEED,
  IGNORABLE,
  SPACE,
  charClass,
  foldTable,
  isHan,
  foldUnit,
  foldWord,
  hashAdd,
  hashWord,
  hashMul,
  isAllCaps,
  startsUpper,
  stripIgnorables,
} from './char-class';
import { ARABIC_PROCLITICS, type Edge, type FirstWord, type MentionIndex, type Terminal, type TrieNode, pairKey } from './build-index';
import { COMMON_NOUN, NAMESAKE, OFFICE, hasOtherSurnameAfter, isNamedAfter, judgeBefore } from './namesakes';
import { JOIN_APOS, JOIN_DASH, JOIN_LITERAL, JOIN_SPACE, MAX_WORDS } from './parse-alias';
import { applyFrames } from './event-frames';
import type { Mention } from './types';

interface Candidate {
  start: number;
  end: number;
  t: Terminal;
  /** The trie node the phrase ended at (its continuations tell where a longer phrase would go). */
  node: TrieNode;
}

/** The hash of "and", which "&" stands for in a phrase. */
const AND_HASH = hashWord('and');

/** Longest separator between two words of a phrase ("Russia – Ukraine" has 3 units). */
const MAX_SEPARATOR = 8;
/** Longest run of non-space characters searched around a candidate for URL/e-mail signs. */
const MAX_CHUNK = 256;

/**
 * Module-local copies of the tables: some module loaders (tsx, CommonJS interop) turn every read
 * of an imported binding into a getter call, which the hot paths below should not pay.
 */
const FOLD = foldTable;
/** `FOLD_WORD_MIN` and `IGNORABLE` (char-class.ts), copied once for the same reason. */
const HOT_WORD_MIN = FOLD_WORD_MIN;
const HOT_IGNORABLE = IGNORABLE;

/** `foldUnit` with the common case inline: the table is filled for this unit's block. */
function fold(c: number): number {
  const v = FOLD[c]!;
  return v !== 0 ? v : foldUnit(c);
}

/** Where the word `hashWordAt` last read ends: its second result, kept here so the hot path allocates nothing. */
let wordAtEnd = 0;

/**
 * The hash of the word starting at text[ws], as `hashWord` hashes its folded key (ignorables inside
 * it left out), in one pass; sets `wordAtEnd` to just after its last word unit.
 */
function hashWordAt(text: string, ws: number): number {
  let h = HASH_SEED;
  let we = ws;
  for (let j = ws; j < text.length; j++) {
    const v = fold(text.charCodeAt(j));
    if (v >= HOT_WORD_MIN) {
      h = (Math.imul(h, 31) + v) | 0;
      we = j + 1;
    } else if (v !== HOT_IGNORABLE) break;
  }
  wordAtEnd = we;
  return h;
}

// ---- confirmation ------------------------------------------------------------------------
// Words are compared in place, unit by unit, so confirming a phrase allocates no strings except
// for the rare `~` word.

/** Does text[ws, we), folded and without ignorables, equal `key`? */
function foldedEquals(text: string, ws: number, we: number, key: string): boolean {
  let j = 0;
  for (let i = ws; i < we; i++) {
    const v = fold(text.charCodeAt(i));
    if (v === HOT_IGNORABLE) continue;
    if (v !== key.charCodeAt(j++)) return false;
  }
  return j === key.length;
}

/** Is text[ws, we), without ignorables, exactly `form`? */
function writtenEquals(text: string, ws: number, we: number, form: string): boolean {
  let j = 0;
  for (let i = ws; i < we; i++) {
    const c = text.charCodeAt(i);
    if (fold(c) === HOT_IGNORABLE) continue;
    if (c !== form.charCodeAt(j++)) return false;
  }
  return j === form.length;
}

/** Does the word as written satisfy the edge's case rule? */
function caseOk(e: Edge, text: string, ws: number, we: number): boolean {
  if (e.form === null) return true;
  if (e.tilde === null) return writtenEquals(text, ws, we, e.form) || isAllCaps(text.slice(ws, we));
  const raw = stripIgnorables(text.slice(ws, we));
  if (isAllCaps(raw)) return true;
  const n = e.tilde.stem.length;
  // Endings are lower case unless the whole word is in capitals.
  return raw.slice(0, n) === e.form.slice(0, n) && raw.slice(n) === raw.slice(n).toLowerCase();
}

function tildeOk(e: Edge, text: string, ws: number, we: number): boolean {
  const rule = e.tilde!;
  const key = foldWord(text.slice(ws, we));
  return key.startsWith(rule.stem) && rule.endings.includes(key.slice(rule.stem.length));
}

function isNumberWord(text: string, ws: number, we: number): boolean {
  const c = text.charCodeAt(ws);
  // ASCII and Devanagari digits; "23rd", "23वें", "18".
  return we - ws <= 8 && ((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f));
}

function accepts(joiner: number, seps: number, literal: number): boolean {
  if (joiner === JOIN_SPACE) return (seps & 1) !== 0;
  if (joiner === JOIN_DASH) return (seps & 2) !== 0;
  if (joiner === JOIN_APOS) return (seps & 4) !== 0;
  return joiner === literal;
}

/**
 * The joiners a separator satisfies, from what it holds: bit 0 space (spaces only), bit 1 dash (one
 * dash, spaces around it or not; spaces alone pass too), bit 2 apostrophe (one, nothing else).
 */
function separatorBits(spaces: number, dashes: number, apos: number, others: number): number {
  const spaceOnly = spaces > 0 && dashes === 0 && apos === 0 && others === 0;
  const dashOk = spaceOnly || (dashes === 1 && apos === 0 && others === 0);
  const aposOk = apos === 1 && spaces === 0 && dashes === 0 && others === 0;
  return (spaceOnly ? 1 : 0) | (dashOk ? 2 : 0) | (aposOk ? 4 : 0);
}

/**
 * Where the number word before text[ws] starts, when the separator between them satisfies
 * `joiner` (read as `walk` reads separators, backwards); otherwise -1.
 *
 * Its counting loop is `walk`'s read backwards, on purpose: one reader for both directions, called
 * from `walk`, made the whole scan about twice as slow on realistic text (`npx tsx
 * scripts/bench-engine.ts`, Node 20: 36–48 ms against 18–21 ms for the 5 MB text), so the hot
 * forward loop stays inline in `walk` and the two share `separatorBits`.
 */
function numberBefore(text: string, ws: number, joiner: number): number {
  let j = ws;
  let spaces = 0;
  let dashes = 0;
  let apos = 0;
  let others = 0;
  let other = 0;
  let v = 0;
  for (; j > 0 && ws - j <= MAX_SEPARATOR; j--) {
    const c = text.charCodeAt(j - 1);
    v = fold(c);
    if (v >= HOT_WORD_MIN) break;
    if (v === SPACE) spaces++;
    else if (v === DASH) dashes++;
    else if (v === APOS) apos++;
    else if (v !== HOT_IGNORABLE) {
      others++;
      other = c;
    }
  }
  if (v < HOT_WORD_MIN) return -1;
  const seps = separatorBits(spaces, dashes, apos, others);
  const literal = others === 1 && spaces === 0 && dashes === 0 && apos === 0 ? JOIN_LITERAL + other : -1;
  if (!accepts(joiner, seps, literal)) return -1;
  const pe = j;
  let ps = pe;
  while (ps > 0 && inWord(text, ps - 1)) ps--;
  while (FOLD[text.charCodeAt(ps)] === HOT_IGNORABLE) ps++;
  return isNumberWord(text, ps, pe) ? ps : -1;
}

/** One per process (`SCANNER`), reset by each `findMentions` call, which never re-enters itself. */
class Scanner {
  /** Allocated on the first candidate: most blocks have none. */
  cands: Candidate[] | null = null;
  text = '';
  index: MentionIndex | null = null;

  /** Candidates from phrases whose first word is text[ws, we). */
  startAt(firsts: readonly FirstWord[] | undefined, ws: number, we: number, stem: boolean): void {
    if (!firsts) return;
    const text = this.text;
    for (const f of firsts) {
      if (!stem && !foldedEquals(text, ws, we, f.key)) continue;
      for (const e of f.edges) {
        if (stem && !tildeOk(e, text, ws, we)) continue;
        if (!caseOk(e, text, ws, we)) continue;
        if (!e.back) this.walk(e.node, ws, we);
        else {
          const start = numberBefore(text, ws, e.joiner);
          if (start >= 0) this.walk(e.node, start, we);
        }
      }
    }
  }

  startAtNumber(ws: number, we: number): void {
    if (!isNumberWord(this.text, ws, we)) return;
    for (const e of this.index!.numberFirsts) this.walk(e.node, ws, we);
  }

  walk(node: TrieNode, start: number, pos: number): void {
    if (node.ends) for (const t of node.ends) (this.cands ??= []).push({ start, end: pos, t, node });
    if (!node.words && !node.others) return;
    const text = this.text;
    // The separator: which joiners does it satisfy?
    let j = pos;
    let spaces = 0;
    let dashes = 0;
    let apos = 0;
    let others = 0;
    let other = 0;
    let otherAt = 0;
    let v = 0;
    for (; j < text.length && j - pos <= MAX_SEPARATOR; j++) {
      const c = text.charCodeAt(j);
      v = fold(c);
      if (v >= HOT_WORD_MIN) break;
      if (v === SPACE) spaces++;
      else if (v === DASH) dashes++;
      else if (v === APOS) apos++;
      else if (v !== HOT_IGNORABLE) {
        others++;
        other = c;
        otherAt = j;
      }
    }
    // "&" between spaces stands for the word "and" ("Military & Military-Technical Cooperation").
    if (other === 0x26 && others === 1 && spaces > 0 && dashes === 0 && apos === 0 && v >= HOT_WORD_MIN) {
      const ands = node.words?.get(AND_HASH);
      if (ands) for (const e of ands) if (e.key === 'and' && e.joiner === JOIN_SPACE) this.walk(e.node, start, otherAt + 1);
    }
    if (v < HOT_WORD_MIN || (node.next & (1 << (v & 31))) === 0) return;
    const seps = separatorBits(spaces, dashes, apos, others);
    const literal = others === 1 && spaces === 0 && dashes === 0 && apos === 0 ? JOIN_LITERAL + other : -1;
    if (seps === 0 && literal < 0) return;

    // The next word, hashed as the index hashed its words; a Han word has no end of its own in a
    // run of Han characters, so each continuation is tried for its length.
    const ws = j;
    const u = text.charCodeAt(ws);
    if (u >= 0x3400 && isHan(u)) {
      for (const list of node.words?.values() ?? []) {
        for (const e of list) {
          const we = ws + e.key.length;
          if (we <= text.length && accepts(e.joiner, seps, literal) && foldedEquals(text, ws, we, e.key)) this.walk(e.node, start, we);
        }
      }
      return;
    }
    const h = hashWordAt(text, ws);
    const we = wordAtEnd;
    const edges = node.words?.get(h);
    if (edges) {
      for (const e of edges) {
        if (accepts(e.joiner, seps, literal) && foldedEquals(text, ws, we, e.key) && caseOk(e, text, ws, we)) this.walk(e.node, start, we);
      }
    }
    if (node.others) {
      for (const e of node.others) {
        if (!accepts(e.joiner, seps, literal)) continue;
        const ok = e.number ? isNumberWord(text, ws, we) : tildeOk(e, text, ws, we) && caseOk(e, text, ws, we);
        if (ok) this.walk(e.node, start, we);
      }
    }
  }
}

// ---- the scan ----------------------------------------------------------------------------

/** Open addressing, as `build-index.ts` fills it: most words miss on the first slot. */
function probe(slots: Int32Array, mask: number, h: number): number {
  const hh = h === 0 ? 1 : h;
  let s = hh & mask;
  for (;;) {
    const v = slots[s]!;
    if (v === hh) return s;
    if (v === 0) return -1;
    s = (s + 1) & mask;
  }
}

/** Longest `~` ending, in units: a stem is the word or the word minus up to three units (Bengali "দের"). */
const MAX_ENDING = 3;

const MUL = hashMul;
const ADD = hashAdd;

/** Is text[i] a word unit or an ignorable (part of the word it stands in)? */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let v = FOLD[c]!;
  if (v === 0) v = foldUnit(c);
  return v >= HOT_WORD_MIN || v === HOT_IGNORABLE;
}

function filterHas(index: MentionIndex, h: number): boolean {
  const x = Math.imul(h, index.filterMul);
  return (index.filter[x >>> index.filterShift]! & (1 << (x & 31))) !== 0;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f);
}

/** Is (first word with hash `h1`, the word starting at text[j]) the start of some phrase? */
function hasPair(index: MentionIndex, h1: number, text: string, j: number): boolean {
  const k = pairKey(h1, hashWordAt(text, j));
  const { pairs, pairMask } = index;
  let s = k & pairMask;
  for (;;) {
    const v = pairs[s]!;
    if (v === k) return true;
    if (v === 0) return false;
    s = (s + 1) & pairMask;
  }
}

/** text[i] is in a block not classified yet: classify it, then rehash the word up to i. */
function refill(text: string, i: number): number {
  foldUnit(text.charCodeAt(i));
  let ws = i;
  while (ws > 0 && inWord(text, ws - 1)) ws--;
  let h = HASH_SEED;
  for (let k = ws; k <= i; k++) {
    const u = text.charCodeAt(k);
    h = (Math.imul(h, MUL[u]!) + ADD[u]!) | 0;
  }
  return h;
}

/**
 * The scanner stopped after text[i] with running hash `h`: the word so far may be a first word,
 * a `~` stem or the start of a number (or text[i] is in a block not classified yet). Starts the
 * phrases that begin here and returns the hash to go on with.
 */
function stop(sc: Scanner, text: string, index: MentionIndex, i: number, h: number): number {
  const c = text.charCodeAt(i);
  let v = FOLD[c]!;
  if (v === 0) {
    h = refill(text, i);
    if (!filterHas(index, h)) return h;
    v = FOLD[c]!;
  }
  // A separator (only when a key shares its filter bit) or an ignorable (the unit before it
  // already stopped with this hash) starts nothing.
  if (v < HOT_WORD_MIN) return h;
  if (c >= 0x3400 && isHan(c)) {
    hanAt(sc, text, index, i);
    return h;
  }
  if (c >= 0x620 && c <= 0x64a) procliticAt(sc, text, index, i);
  const n = text.length;
  // Most stops are a first word that ends here, or a prefix of a longer word ("Indian").
  const after = i + 1 < n ? fold(text.charCodeAt(i + 1)) : 0;
  if (index.numberFirsts.length > 0 && isDigit(c)) numberAt(sc, text, index, i);
  const stems = index.hasStems;
  if (after >= HOT_WORD_MIN && !stems) return h;
  let first = after < HOT_WORD_MIN ? probe(index.slots, index.mask, h) : -1;
  if (first >= 0 && after !== HOT_IGNORABLE) {
    // Cheap rejection: unless a phrase ends here, the next word's first unit must be one some
    // phrase continues with.
    const next = index.firstNext[first]!;
    if (next !== -1) {
      let j = i + 1;
      let u = after;
      while (u < HOT_WORD_MIN && j - i <= MAX_SEPARATOR && ++j < n) u = fold(text.charCodeAt(j));
      if (u < HOT_WORD_MIN || (next & (1 << (u & 31))) === 0) first = -1;
      else if (!hasPair(index, h, text, j)) first = -1;
    }
  }
  const stem = stems ? probe(index.stemSlots, index.stemMask, h) : -1;
  if (first < 0 && stem < 0) return h;

  // The rest of the word, as far as a `~` ending could reach.
  let rest = 0;
  let we = i + 1;
  for (let j = i + 1; j < n; j++) {
    const k = fold(text.charCodeAt(j));
    if (k >= HOT_WORD_MIN) {
      we = j + 1;
      if (++rest > MAX_ENDING) break;
    } else if (k !== HOT_IGNORABLE) break;
  }
  const startsHere = first >= 0 && rest === 0;
  const stemHere = stem >= 0 && rest <= MAX_ENDING;
  if (!startsHere && !stemHere) return h;
  const ws = wordStart(text, i);
  if (startsHere) sc.startAt(index.firsts[first] ?? index.loadSlot?.(false, first), ws, we, false);
  if (stemHere) sc.startAt(index.stemFirsts[stem] ?? index.loadSlot?.(true, stem), ws, we, true);
  return h;
}

/**
 * text[i] starts a word with an Arabic proclitic letter (و ف ب ل ك, which the filter flags when the
 * index has Arabic first words): when the rest of the word, after it or after two of them ("وب"),
 * is a first word ("لبوتين", "ومودي", "وبالقمة"), its phrases start there.
 */
function procliticAt(sc: Scanner, text: string, index: MentionIndex, i: number): void {
  if (wordStart(text, i) !== i) return;
  for (let j = i + 1; j <= i + 2 && ARABIC_PROCLITICS.includes(text.charAt(j - 1)); j++) {
    const slot = probe(index.slots, index.mask, hashWordAt(text, j));
    if (slot >= 0 && wordAtEnd > j) sc.startAt(index.firsts[slot] ?? index.loadSlot?.(false, slot), j, wordAtEnd, false);
  }
}

/** Longest Han key tried, in characters. */
const MAX_HAN = 12;

/**
 * text[i] is a Han character that starts some Han key: in a run of Han characters any character
 * may start a word, so each key length from here is tried (two characters at least; a pack may
 * not list one). Longer names that hold a key ("莫迪利亚尼", Modigliani, holds 莫迪) are the
 * pack's exclusions; a given name joined by a middle dot is judged in namesakes.ts.
 */
function hanAt(sc: Scanner, text: string, index: MentionIndex, i: number): void {
  let h = HASH_SEED;
  for (let j = i; j < text.length && j - i < MAX_HAN; j++) {
    const v = fold(text.charCodeAt(j));
    if (v < HOT_WORD_MIN) break;
    h = (Math.imul(h, 31) + v) | 0;
    const slot = j > i ? probe(index.slots, index.mask, h) : -1;
    if (slot >= 0) sc.startAt(index.firsts[slot] ?? index.loadSlot?.(false, slot), i, j + 1, false);
  }
}

/** Where the word holding text[i] starts (its first word unit, after any ignorables). */
function wordStart(text: string, i: number): number {
  let ws = i;
  while (ws > 0 && inWord(text, ws - 1)) ws--;
  while (FOLD[text.charCodeAt(ws)] === HOT_IGNORABLE) ws++;
  return ws;
}

/** text[i] is a digit: if it starts a word, start the phrases that begin with `#` there. */
function numberAt(sc: Scanner, text: string, index: MentionIndex, i: number): void {
  if (wordStart(text, i) !== i) return;
  const n = text.length;
  let we = i + 1;
  while (we < n && inWord(text, we)) we++;
  const end = we;
  while (FOLD[text.charCodeAt(we - 1)] === HOT_IGNORABLE) we--;
  if (!isNumberWord(text, i, we)) return;
  // Cheap rejection, as for first words: the next word must start with a unit some phrase expects.
  const next = index.numberNext;
  if (next !== -1) {
    let j = end;
    let u = 0;
    while (j < n && j - end <= MAX_SEPARATOR && (u = fold(text.charCodeAt(j))) < HOT_WORD_MIN) j++;
    if (u < HOT_WORD_MIN || (next & (1 << (u & 31))) === 0) return;
  }
  sc.startAtNumber(i, we);
}

const SCANNER = new Scanner();

/**
 * One pass over text[from, to) with no branch per unit but the filter test: the running hash of the current word
 * (separators reset it through the hash tables themselves), then one bit of the index's filter.
 * Only units whose word-so-far hash is flagged (first words, stems, and about 0.1 % of other word
 * prefixes) leave the inner loop (README.md, "Speed").
 */
function scan(sc: Scanner, text: string, index: MentionIndex, from: number, to: number): void {
  const mul = MUL;
  const add = ADD;
  const filter = index.filter;
  // `| 0`: the multiplier does not fit a small integer, and the loop must see int32s, not doubles.
  const filterMul = index.filterMul | 0;
  const filterShift = index.filterShift | 0;
  const n = to;
  const stems = index.hasStems;
  const oddStems = index.oddStems;
  let h = HASH_SEED;
  let i = from;
  while (i < n) {
    // No calls inside this loop: with one, V8 reloads the tables' bounds on every unit, which
    // costs more than half the speed.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, mul[c]!) + add[c]!) | 0;
      const x = Math.imul(h, filterMul);
      if ((filter[x >>> filterShift]! & (1 << (x & 31))) !== 0) break;
    }
    if (i >= n) break;
    // The commonest stop, a key that is only the start of a longer word ("Russia" of "Russian"),
    // is dropped here without a call, unless a `~` stem could end inside the word.
    const c = text.charCodeAt(i);
    // (Only below U+0400: a Han key may end inside a run, an Arabic proclitic starts a longer word.)
    if (i + 1 < n && FOLD[text.charCodeAt(i + 1)]! >= HOT_WORD_MIN && FOLD[c]! >= HOT_WORD_MIN && c < 0x400 && (!stems || !oddStems)) {
      i++;
      continue;
    }
    h = stop(sc, text, index, i, h);
    i++;
  }
}

// ---- resolution --------------------------------------------------------------------------

/** Is the span part of a URL, a domain or an e-mail address ("kremlin.ru", "news/putin-visit")? */
function inUrlOrEmail(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_CHUNK && charClass(text.charCodeAt(a - 1)) !== SPACE) a--;
  let b = end;
  while (b < text.length && b - end < MAX_CHUNK && charClass(text.charCodeAt(b)) !== SPACE) b++;
  // Sentence punctuation after a name is not a domain dot ("…met Modi.").
  while (b > end && '.,;:!?)]"\'’»”'.includes(text.charAt(b - 1))) b--;
  // Most names stand in a chunk with no @ . / : at all; skip the patterns for them.
  let signs = false;
  for (let i = a; i < b && !signs; i++) {
    const c = text.charCodeAt(i);
    signs = c === 0x40 || c === 0x2e || c === 0x2f || c === 0x3a;
  }
  if (!signs) return false;
  const chunk = text.slice(a, b);
  if (chunk.includes('@') || chunk.includes('://') || /^www\./i.test(chunk)) return true;
  // Paths: two slashes, or a slash next to a dotted name.
  if (/\/.*\//.test(chunk) || /\.[a-z]{2,6}\//i.test(chunk)) return true;
  // Bare domains: dotted labels ending in a lower-case TLD.
  return /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+$/u.test(chunk) && /\.[a-z]{2,6}$/.test(chunk);
}

/** The word after text[pos] across whitespace only, as [start, end), or null. */
function wordAfter(text: string, pos: number): [number, number] | null {
  let j = pos;
  while (j < text.length && j - pos <= MAX_SEPARATOR && charClass(text.charCodeAt(j)) === SPACE) j++;
  if (j === pos) return null;
  const ws = j;
  while (j < text.length && inWord(text, j)) j++;
  return j > ws ? [ws, j] : null;
}

/** Is there a plain-word continuation of `node` that text[ws, we) satisfies after whitespace? Its node, or null. */
function wordEdge(node: TrieNode, text: string, ws: number, we: number, entity: number): TrieNode | null {
  // text[ws, we) is one whole word (trailing ignorables at most), so its hash is the word's.
  const edges = node.words!.get(hashWordAt(text, ws));
  if (edges) {
    for (const e of edges) {
      if (accepts(e.joiner, 1, -1) && foldedEquals(text, ws, we, e.key) && caseOk(e, text, ws, we) && reaches(e.node, entity)) return e.node;
    }
  }
  return null;
}

/** Does a phrase (not an exclusion) of `entity` end at or below `node`? */
function reaches(node: TrieNode, entity: number, depth = 0): boolean {
  if (node.ends) for (const t of node.ends) if (!t.exclusion && t.frame < 0 && t.entity === entity) return true;
  if (depth >= MAX_WORDS) return false;
  if (node.words) for (const list of node.words.values()) for (const e of list) if (reaches(e.node, entity, depth + 1)) return true;
  if (node.others) for (const e of node.others) if (reaches(e.node, entity, depth + 1)) return true;
  return false;
}

/**
 * "Putin's visit to Turkmenistan" against "Putin's visit [to India]": the text follows a longer
 * phrase of the same entity for one more word ("to"), then leaves it at a Capitalised word where
 * the phrase wanted another ("India"). The shorter phrase then names a look-alike. (Only for
 * candidates whose node has continuations: a handful of event phrases.)
 */
function leavesPhrase(text: string, c: Candidate): boolean {
  const w1 = wordAfter(text, c.end);
  if (!w1) return false;
  const next = wordEdge(c.node, text, w1[0], w1[1], c.t.entity);
  if (!next || next.others || !next.words) return false;
  const w2 = wordAfter(text, w1[1]);
  if (!w2 || !startsUpper(text.charAt(w2[0]))) return false;
  return wordEdge(next, text, w2[0], w2[1], c.t.entity) === null;
}

/** Priority among overlapping candidates of one kind: longer span, then more literal words, then more atoms. */
function beats(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    b.t.literals - a.t.literals ||
    b.t.atoms - a.t.atoms ||
    a.start - b.start ||
    a.t.phrase - b.t.phrase
  );
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Does exclusion `x` cover `c`, i.e. is it at least as long and, on the same span, at least as specific? */
function excludes(x: Candidate, c: Candidate): boolean {
  if (!overlaps(x, c)) return false;
  const xl = x.end - x.start;
  const cl = c.end - c.start;
  if (cl > xl) return false;
  return cl < xl || x.start !== c.start || x.t.literals >= c.t.literals;
}

/**
 * The mentions of the index's entities in `text`, sorted by start (longer first on ties).
 *
 * Namesake memory is scoped to this call: once "Lalit Modi" appears in `text`, a later bare
 * "Modi" in the same `text` is taken to be him, until a fuller name of our person ("Narendra
 * Modi") appears. The content script calls this once per block (paragraph, list item, heading,
 * table cell), so the memory lasts one block.
 *
 * About 100 lines on purpose: its steps as functions of their own measured about twice as slow on
 * realistic text in the engine benchmark (as for `numberBefore`), so they are marked by comments.
 */
export function findMentions(text: string, index: MentionIndex): Mention[] {
  const cands = scanned(text, index, 0, text.length);
  if (cands === null) return [];
  const entities = index.entities;

  // URLs and e-mail addresses first; then exclusions drop what they cover. (Loops, not
  // filter/some: this runs for every block with a mention.)
  const live: Candidate[] = [];
  let exclusions: Candidate[] | null = null;
  let pieces: Candidate[] | null = null;
  for (const c of cands) {
    if (inUrlOrEmail(text, c.start, c.end)) continue;
    if (c.t.frame >= 0) (pieces ??= []).push(c);
    else if (c.t.exclusion) (exclusions ??= []).push(c);
    else if (c.node.words === null || entities[c.t.entity]!.kind === 'person' || !leavesPhrase(text, c)) live.push(c);
  }
  let suppressed: Candidate[] | null = null;
  if (exclusions) {
    let k = 0;
    for (const c of live) {
      let covered = 0;
      // An exclusion that starts with the name and goes on ("莫迪利亚尼", Modigliani; "Modi e
      // tempi") names something else than a namesake: it leaves no doubt about later mentions.
      for (const x of exclusions) if (x.t.entity === c.t.entity && excludes(x, c)) covered |= x.start === c.start && x.end > c.end ? 1 : 2;
      if (covered >= 2) (suppressed ??= []).push(c);
      else if (covered === 0) live[k++] = c;
    }
    live.length = k;
  }

  // A context alias whose required entities have no candidate here cannot stand: drop it before
  // it can win an overlap against an ordinary alias (the exact check, on final mentions, is below).
  let hasContext = false;
  for (const c of live) if (c.t.requires) hasContext = true;
  if (hasContext) {
    const present = new Set<string>();
    for (const c of live) if (!c.t.requires) present.add(entities[c.t.entity]!.id);
    let k = 0;
    for (const c of live) if (!c.t.requires || c.t.requires.some((id) => present.has(id))) live[k++] = c;
    live.length = k;
  }

  // Within a kind, longest and most specific first; a candidate overlapping a better one of the
  // same kind loses. Different kinds may overlap ("Putin's visit" holds "Putin").
  if (live.length > 1) sortSmall(live, beats);
  const picked: Candidate[] = [];
  for (const c of live) {
    const kind = entities[c.t.entity]!.kind;
    let clash = false;
    for (const p of picked) if (overlaps(p, c) && entities[p.t.entity]!.kind === kind) clash = true;
    if (!clash) picked.push(c);
  }

  // Namesakes, in reading order: a rejected bare surname (and anything an exclusion covered)
  // makes later uses of the same phrase for that entity doubtful until a fuller name appears.
  const ordered = suppressed ? picked.concat(suppressed) : picked;
  if (ordered.length > 1) sortSmall(ordered, byPosition);
  let doubtful: Map<number, Set<number>> | null = null;
  const out: Mention[] = [];
  let conditional: Map<Mention, readonly string[]> | null = null;
  for (const c of ordered) {
    const entity = entities[c.t.entity]!;
    if (entity.kind === 'person') {
      const phrases = doubtful?.get(c.t.entity);
      if (suppressed?.includes(c)) {
        (doubtful ??= new Map()).set(c.t.entity, (phrases ?? new Set()).add(c.t.phrase));
        continue;
      }
      if (c.t.literals === 1) {
        const before = judgeBefore(text, c.start, c.end, cands, index.initials[c.t.entity]!, index.words);
        if (before === COMMON_NOUN) continue;
        if (before === NAMESAKE) {
          (doubtful ??= new Map()).set(c.t.entity, (phrases ?? new Set()).add(c.t.phrase));
          continue;
        }
        // An office title ("PM Modi") names our person even after a namesake.
        if (before !== OFFICE && phrases?.has(c.t.phrase)) continue;
        if (isNamedAfter(text, c.end, index.words)) continue;
      } else {
        // "Владимир Владимирович Маяковский": name and patronymic of someone else.
        if (hasOtherSurnameAfter(text, c.start, c.end)) continue;
        doubtful?.delete(c.t.entity);
      }
    } else if (suppressed?.includes(c)) continue;
    const mention: Mention = {
      entityId: entity.id,
      kind: entity.kind,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      alias: c.t.alias,
    };
    if (c.t.requires) (conditional ??= new Map()).set(mention, c.t.requires);
    out.push(mention);
  }
  // Context aliases stand only beside a mention of an entity they require.
  let found = out;
  if (conditional !== null) {
    const named = new Set<string>();
    for (const m of out) if (!conditional.has(m)) named.add(m.entityId);
    found = out.filter((m) => conditional!.get(m)?.some((id) => named.has(id)) ?? true);
  }
  // Events described rather than named, and events dated to another edition, once the names are
  // settled (event-frames.ts).
  if (index.frames.length === 0 || (pieces === null && !found.some((m) => m.kind !== 'person'))) return found;
  // The second trie is read (and a compiled index loads it) only when a window asks for it.
  return applyFrames(text, pieces ?? [], found, index.frames, index.entities, (from, to) => scanPieces(text, index.context, from, to));
}

/** The candidates of `index`'s phrases in text[from, to), or null when there are none. */
function scanned(text: string, index: MentionIndex, from: number, to: number): Candidate[] | null {
  const sc = SCANNER;
  sc.text = text;
  sc.index = index;
  sc.cands = null;
  scan(sc, text, index, from, to);
  // (Set by `walk` during the scan; the cast undoes the narrowing to `null` above.)
  const cands = sc.cands as Candidate[] | null;
  sc.text = '';
  sc.index = null;
  return cands;
}

/** The frames' phrases of `context` (`MentionIndex.context`) in text[from, to), outside URLs. */
function scanPieces(text: string, context: MentionIndex | null, from: number, to: number): Candidate[] {
  const cands = context ? scanned(text, context, from, to) : null;
  if (cands === null) return [];
  const out: Candidate[] = [];
  for (const c of cands) if (!inUrlOrEmail(text, c.start, c.end)) out.push(c);
  return out;
}

/**
 * Stable insertion sort: a block's candidates are a handful, where `Array.prototype.sort` with a
 * comparator costs more than the comparisons. Falls back to it for long lists.
 */
function sortSmall(list: Candidate[], cmp: (a: Candidate, b: Candidate) => number): void {
  if (list.length > 24) {
    list.sort(cmp);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}
