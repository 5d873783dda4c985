/**
 * The name gate's keys (name-gate.ts): for every phrase an alias expands to, stretches of text that
 * any match of the phrase must all contain. A frame whose text holds no phrase's keys together
 * names nobody, and never loads the scanner.
 *
 * A word's key is its fixed start: the whole folded word, or the stem of a `~` word (its endings
 * vary), cut to `MAX_KEY_UNITS`. Number words (`#`) have none. A phrase keeps the keys of up to
 * `MAX_PHRASE_KEYS` of its words (of three units or more, but for the best), the words the alias
 * capitalises (names, rare on pages that name nobody) first, then the longest: "inter-governmental
 * commission" needs "inter", "governme" and "commissi", so a page about the government alone
 * stays out. A Latin word that follows a
 * separator in the phrase (or opens it) starts a word in the text too, so its key is looked for
 * only at word starts; a word glued to the one before ("23rd" after `#`) may stand anywhere, and
 * so may a key in another script (a Han name inside a run of Han characters, an Arabic one after a
 * proclitic, any of them right after a Latin letter). Keys are lower-cased as
 * `String.prototype.toLowerCase` lower-cases the page's text, with a final sigma written as σ on
 * both sides, and cut before any unit whose lower case is longer than itself (İ): the gate then
 * never says "no" where the scanner would find a name.
 */
import { ANYWHERE, EXACT_PAIR_SHIFT, pairSlot, PREFIX_OFFSET, STARTS, TRIPLE_SHIFT, tripleSlot } from './name-gate';
import { JOIN_NONE, type Atom } from './parse-alias';

/** The longest key: long enough to tell most words apart, short enough to be a stable start. */
export const MAX_KEY_UNITS = 8;
/** Keys per phrase: enough to rule out pages that share one common word with it. */
export const MAX_PHRASE_KEYS = 3;
/** A phrase's keys beyond its best are words of at least this many units. */
const MIN_EXTRA_KEY_UNITS = 3;

export interface GateKeys {
  /** Keys looked for where a word starts in the text, in code-unit order (the gate halves its way to them). */
  starts: string[];
  /** Keys looked for at every position, in code-unit order. */
  anywhere: string[];
  /**
   * Per phrase: how many keys it needs, then their ids (an index into `starts`, or
   * `starts.length` + an index into `anywhere`), all in one flat list.
   */
  phrases: number[];
  /**
   * Per key, the phrases it takes part in (offsets into `phrases`), so a frame finds them without
   * building a map: entries 0 to keyCount are where each key's list starts in this same array (the
   * last is where the lists end), then the lists.
   */
  byKey: number[];
  /**
   * The prefix table, one unit per slot (name-gate.ts): at the slot of a key's first two units,
   * bit STARTS (a key of `starts`) or ANYWHERE (of `anywhere`), the same bits shifted by
   * EXACT_PAIR_SHIFT when the key is those two units; at the slot of its first three, the bits
   * shifted by TRIPLE_SHIFT. 16 slots per key, at least 1,024 and at most 65,536.
   */
  prefixes: string;
  /** The one-unit keys of `starts`, and of `anywhere`, as strings of those units. */
  startSingles: string;
  anywhereSingles: string;
  /** How many "one of these" sets there are (`gateKeysOf`'s `anyOf`); they take the ids after the keys'. */
  setCount?: number;
  /** Per key, the sets it is one of: offsets (one per key, then the end), then the lists of set ids. */
  sets?: number[];
}

function prefixTableBits(keys: number): number {
  let bits = 10;
  while (bits < 16 && 1 << bits < keys * 16) bits++;
  return bits;
}

/** The prefix table of these keys (see `GateKeys.prefixes`). */
function prefixTable(starts: readonly string[], anywhere: readonly string[]): string {
  const bits = prefixTableBits(starts.length + anywhere.length);
  const table = new Uint8Array(1 << bits);
  const mark = (keys: readonly string[], bit: number) => {
    for (const key of keys) {
      if (key.length === 1) continue;
      const [a, b] = [key.charCodeAt(0), key.charCodeAt(1)];
      table[pairSlot(a, b, 32 - bits)]! |= key.length === 2 ? bit | (bit << EXACT_PAIR_SHIFT) : bit;
      if (key.length > 2) table[tripleSlot(a, b, key.charCodeAt(2), 32 - bits)]! |= bit << TRIPLE_SHIFT;
    }
  };
  mark(starts, STARTS);
  mark(anywhere, ANYWHERE);
  // Each slot's bits (all below 64) plus PREFIX_OFFSET: the table is then printable ASCII, one
  // byte a slot where storage writes it as JSON (a raw 0 became six, "\u0000"), and the gate's
  // tests of bits 1 and 2, after its shifts of 2 and 4, never see the offset.
  for (let i = 0; i < table.length; i++) table[i]! |= PREFIX_OFFSET;
  return new TextDecoder().decode(table);
}

const singlesOf = (keys: readonly string[]) => keys.filter((key) => key.length === 1).join('');

/** A word's lower case as the gate compares it; cut before a unit whose lower case changes length. */
export function gateCase(word: string): string {
  // Lower-casing never shortens a unit, so an unchanged length means no unit grew: the whole word.
  const lower = word.toLowerCase();
  if (lower.length === word.length && !lower.includes('ς')) return lower;
  let out = '';
  for (const unit of word) {
    const lower = unit.toLowerCase();
    if (lower.length !== unit.length) break;
    out += lower === 'ς' ? 'σ' : lower;
  }
  return out;
}

interface WordKey {
  key: string;
  anywhere: boolean;
  score: number;
}

/** Each atom's key (its folded word or stem, as the gate compares it, cut to `MAX_KEY_UNITS`): atoms are shared across a pack's aliases. */
const atomKeys = new WeakMap<Atom, string>();

function atomKey(atom: Atom): string {
  let key = atomKeys.get(atom);
  if (key === undefined) atomKeys.set(atom, (key = gateCase(atom.tilde ? atom.tilde.stem : atom.key).slice(0, MAX_KEY_UNITS)));
  return key;
}

/**
 * A phrase's keys, best first. (Loops and an insertion sort rather than `some` and `sort`: a pack
 * of 10,000 aliases asks this for every phrase, and those allocated more than all the rest.)
 */
function wordKeys(atoms: readonly Atom[]): WordKey[] {
  const keys: WordKey[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.number) continue;
    const key = atomKey(atom);
    if (key === '') continue;
    const anywhere = (i > 0 && atom.joiner === JOIN_NONE) || key.charCodeAt(0) >= 0x100;
    // A name first, then length; at equal score a word start rules out more than "anywhere".
    const score = (atom.form !== null ? 2 * MAX_KEY_UNITS : 0) + 2 * key.length + (anywhere ? 0 : 1);
    let seen = false;
    for (const k of keys) seen ||= k.key === key && k.anywhere === anywhere;
    if (seen) continue;
    // Stable: a key goes after those of the same score.
    const entry = { key, anywhere, score };
    let at = keys.length;
    keys.push(entry);
    while (at > 0 && keys[at - 1]!.score < score) {
      keys[at] = keys[at - 1]!;
      at--;
    }
    keys[at] = entry;
  }
  // The best key always; more only when they are words of their own ("s" of "Putin's", "of", "в"
  // are on every page and would cost a look-up at each).
  let n = Math.min(keys.length, 1);
  for (let k = 1; k < keys.length && n < MAX_PHRASE_KEYS; k++) if (keys[k]!.key.length >= MIN_EXTRA_KEY_UNITS) keys[n++] = keys[k]!;
  keys.length = n;
  return keys;
}

/** Numbers the distinct keys as they are met: a key looked for at word starts and the same key anywhere are two. */
class KeyIds {
  readonly starts = new Map<string, number>();
  readonly anywhere = new Map<string, number>();
  count = 0;
  id(k: WordKey): number {
    const map = k.anywhere ? this.anywhere : this.starts;
    let id = map.get(k.key);
    if (id === undefined) map.set(k.key, (id = this.count++));
    return id;
  }
}

/** One value per set of at most `MAX_PHRASE_KEYS` key ids, the same whatever their order. */
function signature(ids: readonly number[]): number | string {
  // The ids in increasing order, without a sort's allocations: there are three at most.
  let a = ids[0]!;
  let b = ids.length > 1 ? ids[1]! : -1;
  let c = ids.length > 2 ? ids[2]! : -1;
  if (b > a) [a, b] = [b, a];
  if (c > a) [a, c] = [c, a];
  if (c > b) [b, c] = [c, b];
  // Three ids below 2^17 fit a double exactly; beyond that (huge packs) a string.
  if (a < 1 << 17) return (c + 1) * 2 ** 34 + (b + 1) * 2 ** 17 + a + 1;
  return `${c} ${b} ${a}`;
}

/**
 * The keys of these phrases (the expansions of every alias; exclusions only take matches away,
 * and a context alias counts only beside a mention of another entity, whose keys admit the text),
 * or null when some phrase has no key (it is all numbers): the gate must then let every frame
 * through.
 *
 * `anyOf` adds phrases made of "one of these" sets: an event frame can fire only where one of its
 * triggers and one of its first group's phrases stand (build-index.ts), so its gate phrase is two
 * sets, each of its members' best keys. A text with "defence" alone stays out; "defence" beside
 * "commission" comes in.
 */
export function gateKeysOf(phrases: Iterable<readonly Atom[]>, anyOf: readonly (readonly (readonly (readonly Atom[])[])[])[] = []): GateKeys | null {
  const ids = new KeyIds();
  // Per phrase, its keys' ids (numbered as met), each distinct set of keys once.
  const perPhrase: number[][] = [];
  const seen = new Set<number | string>();
  for (const atoms of phrases) {
    const keys = wordKeys(atoms);
    if (keys.length === 0) return null;
    const phrase = keys.map((k) => ids.id(k));
    const sig = signature(phrase);
    if (seen.has(sig)) continue;
    seen.add(sig);
    perPhrase.push(phrase);
  }
  // Each set as one key of each member: the key most members share ("visit" of "state visit",
  // "official visit" and "visit"; not the optional "official"), then the best.
  const setPhrases: number[][][] = [];
  for (const sets of anyOf) {
    const phrase: number[][] = [];
    for (const members of sets) {
      const options = members.map(wordKeys);
      if (options.some((o) => o.length === 0)) return null;
      const name = (k: WordKey) => (k.anywhere ? `*${k.key}` : k.key);
      const shared = new Map<string, number>();
      for (const o of options) for (const k of o) shared.set(name(k), (shared.get(name(k)) ?? 0) + 1);
      const count = (k: WordKey) => shared.get(name(k))!;
      const keys: number[] = [];
      for (const o of options) {
        const pick = ids.id(o.reduce((a, b) => (count(b) > count(a) ? b : a)));
        if (!keys.includes(pick)) keys.push(pick);
      }
      if (keys.length > 0) phrase.push(keys);
    }
    if (phrase.length > 0) setPhrases.push(phrase);
  }
  // The final ids: `starts` in code-unit order, then `anywhere` in code-unit order.
  const starts = [...ids.starts.keys()].sort();
  const anywhere = [...ids.anywhere.keys()].sort();
  const final = new Int32Array(ids.count);
  starts.forEach((key, i) => (final[ids.starts.get(key)!] = i));
  anywhere.forEach((key, i) => (final[ids.anywhere.get(key)!] = starts.length + i));
  const keyCount = starts.length + anywhere.length;
  // Sets get ids after the keys; the same set twice is one.
  const setIds = new Map<string, number>();
  const membersOf: number[][] = [];
  const setPhraseIds = setPhrases.map((phrase) =>
    phrase.map((keys) => {
      const members = [...new Set(keys.map((k) => final[k]!))].sort((a, b) => a - b);
      const name = members.join(' ');
      let id = setIds.get(name);
      if (id === undefined) setIds.set(name, (id = keyCount + membersOf.push(members) - 1));
      return id;
    }),
  );
  const all: number[][] = perPhrase.map((phrase) => phrase.map((k) => final[k]!));
  for (const phraseIds of setPhraseIds) all.push([...new Set(phraseIds)]);
  const flat: number[] = [];
  const lists: number[][] = Array.from({ length: keyCount + membersOf.length }, () => []);
  for (const phraseIds of all) {
    for (const id of phraseIds) lists[id]!.push(flat.length);
    flat.push(phraseIds.length);
    for (const id of phraseIds) flat.push(id);
  }
  const gate: GateKeys = {
    starts,
    anywhere,
    phrases: flat,
    byKey: offsetLists(lists),
    prefixes: prefixTable(starts, anywhere),
    startSingles: singlesOf(starts),
    anywhereSingles: singlesOf(anywhere),
  };
  if (membersOf.length === 0) return gate;
  const setsOfKey: number[][] = Array.from({ length: keyCount }, () => []);
  membersOf.forEach((members, s) => members.forEach((key) => setsOfKey[key]!.push(keyCount + s)));
  return { ...gate, setCount: membersOf.length, sets: offsetLists(setsOfKey) };
}

/** Lists as one array: where each list starts (one entry a list, then the end), then the lists. */
function offsetLists(lists: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  let at = lists.length + 1;
  for (const list of lists) {
    out.push(at);
    at += list.length;
  }
  out.push(at);
  for (const list of lists) for (const x of list) out.push(x);
  return out;
}
