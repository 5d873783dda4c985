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
  let units = '';
  for (let i = 0; i < table.length; i += 4096) units += String.fromCharCode(...table.subarray(i, i + 4096));
  return units;
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

function wordKeys(atoms: readonly Atom[]): WordKey[] {
  const keys: WordKey[] = [];
  atoms.forEach((atom, i) => {
    if (atom.number) return;
    const key = gateCase(atom.tilde ? atom.tilde.stem : atom.key).slice(0, MAX_KEY_UNITS);
    if (key === '') return;
    const anywhere = (i > 0 && atom.joiner === JOIN_NONE) || key.charCodeAt(0) >= 0x100;
    // A name first, then length; at equal score a word start rules out more than "anywhere".
    const score = (atom.form !== null ? 2 * MAX_KEY_UNITS : 0) + 2 * key.length + (anywhere ? 0 : 1);
    if (!keys.some((k) => k.key === key && k.anywhere === anywhere)) keys.push({ key, anywhere, score });
  });
  // The best key always; more only when they are words of their own ("s" of "Putin's", "of", "в"
  // are on every page and would cost a look-up at each).
  const [best, ...rest] = keys.sort((a, b) => b.score - a.score);
  return best ? [best, ...rest.filter((k) => k.key.length >= MIN_EXTRA_KEY_UNITS)].slice(0, MAX_PHRASE_KEYS) : [];
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
  const perPhrase: WordKey[][] = [];
  const seen = new Set<string>();
  for (const atoms of phrases) {
    const keys = wordKeys(atoms);
    if (keys.length === 0) return null;
    const id = keys.map((k) => `${k.anywhere ? '*' : ''}${k.key}`).sort().join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    perPhrase.push(keys);
  }
  // Each set as one key of each member: the key most members share ("visit" of "state visit",
  // "official visit" and "visit"; not the optional "official"), then the best.
  const setPhrases: WordKey[][][] = [];
  for (const sets of anyOf) {
    const phrase: WordKey[][] = [];
    for (const members of sets) {
      const options = members.map(wordKeys);
      if (options.some((o) => o.length === 0)) return null;
      const shared = new Map<string, number>();
      for (const o of options) for (const k of o) shared.set(`${k.anywhere ? '*' : ''}${k.key}`, (shared.get(`${k.anywhere ? '*' : ''}${k.key}`) ?? 0) + 1);
      const count = (k: WordKey) => shared.get(`${k.anywhere ? '*' : ''}${k.key}`)!;
      const keys: WordKey[] = [];
      for (const o of options) {
        const pick = o.reduce((a, b) => (count(b) > count(a) ? b : a));
        if (!keys.some((k) => k.key === pick.key && k.anywhere === pick.anywhere)) keys.push(pick);
      }
      if (keys.length > 0) phrase.push(keys);
    }
    if (phrase.length > 0) setPhrases.push(phrase);
  }
  const all = [...perPhrase.flat(), ...setPhrases.flat(2)];
  const starts = [...new Set(all.filter((k) => !k.anywhere).map((k) => k.key))].sort();
  const anywhere = [...new Set(all.filter((k) => k.anywhere).map((k) => k.key))].sort();
  const startId = new Map(starts.map((key, i) => [key, i]));
  const anywhereId = new Map(anywhere.map((key, i) => [key, starts.length + i]));
  const idOf = (k: WordKey) => (k.anywhere ? anywhereId : startId).get(k.key)!;
  const keyCount = starts.length + anywhere.length;
  // Sets get ids after the keys; the same set twice is one.
  const setIds = new Map<string, number>();
  const membersOf: number[][] = [];
  const setPhraseIds = setPhrases.map((phrase) =>
    phrase.map((keys) => {
      const members = [...new Set(keys.map(idOf))].sort((a, b) => a - b);
      const name = members.join(' ');
      let id = setIds.get(name);
      if (id === undefined) setIds.set(name, (id = keyCount + membersOf.push(members) - 1));
      return id;
    }),
  );
  const flat: number[] = [];
  const lists: number[][] = Array.from({ length: keyCount + membersOf.length }, () => []);
  const addPhrase = (ids: readonly number[]) => {
    for (const id of ids) lists[id]!.push(flat.length);
    flat.push(ids.length, ...ids);
  };
  for (const keys of perPhrase) addPhrase(keys.map(idOf));
  for (const ids of setPhraseIds) addPhrase([...new Set(ids)]);
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
  for (const list of lists) out.push(...list);
  return out;
}
