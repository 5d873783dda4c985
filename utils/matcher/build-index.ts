/**
 * The mention index: a trie of alias phrases whose first words sit in an open-addressing hash
 * table keyed by the folded word's 32-bit hash. The scanner hashes each text word as it reads it
 * and probes the table once, so its cost per word does not depend on how many aliases a pack has;
 * only words that start some alias go on to the (rare) phrase confirmation.
 */
import { AGAINST, type FrameRule, GROUP, TRIGGER, frameRule, pieceCode, roleOf } from './event-frames';
import { gateKeysOf, type GateKeys } from './gate-keys';
import { HASH_SEED, HASH_UNFILLED, hashStep, hashWord, isHan } from './char-class';
import { NAMESAKE_WORD_LISTS } from './namesake-words';
import { type NamesakeWords, namesakeWords } from './namesakes';
import { type Atom, type TildeRule, newWordCache, parseAlias } from './parse-alias';
import type { IndexedEntity, MatcherEntity } from './types';

/** One way a phrase can continue: the next atom and what it requires of the text. */
export interface Edge {
  /** The folded word (for `~` atoms the written word; '' for `#`). */
  key: string;
  joiner: number;
  /**
   * A first-word edge of a phrase that starts with `#`, indexed under its second word: the word
   * before, across a separator that `joiner` accepts, must be a number, and the mention starts
   * there. The scanner then never stops at numbers ("5 million", "2024") for `#` phrases.
   */
  back: boolean;
  form: string | null;
  tilde: TildeRule | null;
  number: boolean;
  node: TrieNode;
}

/** A phrase (or exclusion) that ends at this trie node. */
export interface Terminal {
  entity: number;
  /** The pack alias as written, reported as `Mention.alias`. */
  alias: string;
  exclusion: boolean;
  /** For a context alias: the ids of the entities one of which the block must also mention. */
  requires: readonly string[] | null;
  /** For a phrase of an event frame: its piece code (event-frames.ts); -1 for a name's phrase. */
  frame: number;
  /** Atoms in the expanded phrase: more atoms = more specific. */
  atoms: number;
  /** Atoms that are literal words rather than `#`. */
  literals: number;
  /** Identifies the expanded phrase, for the namesake memory ("this bare Modi is Lalit"). */
  phrase: number;
}

export interface TrieNode {
  /** Continuations by the hash of the folded word (edges carry the word to confirm it). */
  words: Map<number, Edge[]> | null;
  /** Continuations whose word is a `~` stem or a `#` number: checked one by one (few per node). */
  others: Edge[] | null;
  ends: Terminal[] | null;
  /**
   * Bit `u & 31` is set for the first folded unit `u` of every continuation word (all bits when
   * `others` has an edge): the scanner rejects most words that follow a first word ("India is…",
   * "war and…") on this one test, before hashing the next word.
   */
  next: number;
}

/** First words of phrases, by folded key. */
export interface FirstWord {
  key: string;
  edges: Edge[];
}

export interface MentionIndex {
  readonly entities: readonly IndexedEntity[];
  /**
   * Per entity: the folded first letters of the words before the last in its aliases ("vв" for
   * "Vladimir Putin", "Владимир~ Путин~"), so an initial before a bare surname can be told ours
   * ("В.В. Путин") from someone else's ("G. C. Murmu").
   */
  readonly initials: readonly string[];
  /** The word lists the namesake rules read (namesake-words.ts), carried by the index as data. */
  readonly words: NamesakeWords;
  /** Hash table slots: 0 = empty, else the word hash (0 is remapped to 1). */
  readonly slots: Int32Array;
  /**
   * Per slot: the first words with that hash (collisions are rare but legal). A loaded compiled
   * index fills a slot (here or in `stemFirsts`) when the scanner first needs it: see `loadSlot`.
   */
  readonly firsts: (FirstWord[] | undefined)[];
  /**
   * Null for a built index (every slot filled). For a loaded compiled index, fills and returns
   * `firsts[slot]` (or `stemFirsts[slot]` when `stem`), building those phrases' trie.
   */
  readonly loadSlot: ((stem: boolean, slot: number) => FirstWord[] | undefined) | null;
  /**
   * Per slot: the union of `TrieNode.next` over every first word's edges, or -1 when some phrase
   * can end at the first word. Lets the scanner drop "India is…" after reading one more unit.
   */
  readonly firstNext: Int32Array;
  /**
   * Every (first word, second word) pair of a phrase whose second word is a plain word, as
   * `pairKey(h1, h2)` in an open-addressing set (0 = empty). Where `firstNext` lets a first word
   * through, the scanner hashes the next word and drops the first word unless the pair is here
   * ("the Paris…" against 2,500 phrases "the X summit").
   */
  readonly pairs: Int32Array;
  /** `firstNext` for the phrases that start with `#`. */
  readonly numberNext: number;
  readonly pairMask: number;
  /** Same layout for `~` first words, keyed by their stem ("путин", "нарендр"). */
  readonly stemSlots: Int32Array;
  readonly stemFirsts: (FirstWord[] | undefined)[];
  /** Phrases starting with `#`. */
  readonly numberFirsts: Edge[];
  readonly mask: number;
  readonly stemMask: number;
  /** True when some stem first word exists, so the scanner bothers to try stems. */
  readonly hasStems: boolean;
  /**
   * True when some stem ends in a unit below U+0400 (only a `~` word mixing scripts can): then
   * the scanner cannot skip a stop inside a longer non-Cyrillic word without checking stems.
   */
  readonly oddStems: boolean;
  /**
   * A bit filter over the hashes the scanner must stop at: every first word, every `~` stem, the
   * digits when some phrase starts with a lone `#`, and `HASH_UNFILLED`. The scanner tests it
   * after every code unit, so word prefixes are covered too (a stem is a prefix of its declined
   * word). For hash `h`, with `x = Math.imul(h, filterMul)`: bit `x & 31` of
   * `filter[x >>> filterShift]`. `filterMul` is picked so that no key shares the bit of a
   * separator's hash (`HASH_SEED`), nor of any one-unit prefix ("c" of "could").
   */
  readonly filter: Int32Array;
  readonly filterMul: number;
  readonly filterShift: number;
  /** The name gate's keys (gate-keys.ts): what every match contains; null lets every text through. */
  readonly gate: GateKeys | null;
  /** The event frames, whose triggers are in the trie with piece codes (event-frames.ts). */
  readonly frames: readonly FrameRule[];
  /**
   * The frames' phrases of their other groups and their evidence against ("India", "New Delhi",
   * "last visit", "China"), in an index of their own with the same entities and frames: common
   * words the scanner would stop at all over a page, read only in the sentences around a trigger
   * that can fire (event-frames.ts). Null without such phrases.
   */
  readonly context: MentionIndex | null;
}

/** Slots for `capacity` keys: a power of two, at least 16, load factor ≤ 1/4 so misses (most text words) take one probe. */
function tableSize(capacity: number): number {
  let n = 16;
  while (n < capacity * 4) n <<= 1;
  return n;
}

function countLiterals(atoms: readonly Atom[]): number {
  let n = 0;
  for (const a of atoms) if (!a.number) n++;
  return n;
}

function newNode(): TrieNode {
  return { words: null, others: null, ends: null, next: 0 };
}

function sameRequirement(e: Edge, a: Atom, back: boolean): boolean {
  return (
    e.back === back &&
    e.key === a.key &&
    e.joiner === a.joiner &&
    e.form === a.form &&
    e.number === a.number &&
    (e.tilde === a.tilde || (e.tilde !== null && a.tilde !== null && e.tilde.stem === a.tilde.stem))
  );
}

function edgeFor(list: Edge[], a: Atom, back = false): TrieNode {
  for (const e of list) if (sameRequirement(e, a, back)) return e.node;
  const node = newNode();
  list.push({ key: a.key, joiner: a.joiner, back, form: a.form, tilde: a.tilde, number: a.number, node });
  return node;
}

/** A word atom that is neither `#` nor `~`. */
function plain(a: Atom | undefined): a is Atom {
  return a !== undefined && !a.number && !a.tilde;
}

/**
 * The case endings and particles Bengali writes onto a word (genitive র / ের / এর, objective কে,
 * plural দের, locative ে / তে, the particles ও "also" and ই "only", alone or after them), and none.
 */
const BENGALI_ENDINGS = ['', 'র', 'ের', 'এর', 'কে', 'দের', 'ে', 'তে', 'ও', 'ই', 'রও', 'েরও', 'কেও', 'রই', 'েরই', 'কেই'];

/**
 * The phrase with a Bengali last word taking Bengali endings, as a `~` word takes Russian ones:
 * one stem in the index, whatever the ending ("মোদীর", "পুতিনের", "মোদীকে"); the mention keeps it.
 */
function withEndings(atoms: Atom[]): Atom[] {
  const last = atoms[atoms.length - 1]!;
  const c = last.key.charCodeAt(last.key.length - 1);
  if (!plain(last) || c < 0x980 || c > 0x9ff) return atoms;
  return [...atoms.slice(0, -1), { ...last, tilde: { stem: last.key, endings: BENGALI_ENDINGS } }];
}

/** Arabic letters: a first word in them may carry a proclitic (find-mentions.ts, `procliticAt`). */
function isArabicLetter(c: number): boolean {
  return c >= 0x620 && c <= 0x64a;
}

/**
 * The conjunctions and prepositions Arabic writes onto the next word, one letter each (two may
 * stand together: "وب"); the scanner stops at them when they start a word.
 */
export const ARABIC_PROCLITICS = 'وفبلك';

class HashTable {
  readonly slots: Int32Array;
  readonly values: (FirstWord[] | undefined)[];
  readonly mask: number;
  size = 0;
  /** The hash of every key, as the scanner computes it (no 0 → 1 remapping), for the filter. */
  readonly hashes: number[] = [];
  /** The key of each of `hashes`. */
  readonly firstKeys: string[] = [];
  constructor(capacity: number) {
    const n = tableSize(capacity);
    this.slots = new Int32Array(n);
    this.values = new Array<FirstWord[] | undefined>(n);
    this.mask = n - 1;
  }
  /**
   * The same entries in a table sized for how many there are. The table is first sized for the
   * phrases (an upper bound on distinct first words, unknown until all are in); many phrases share
   * a first word, and every frame loads these tables, so they are laid out again at their size.
   */
  compacted(): HashTable {
    const table = new HashTable(this.size);
    this.slots.forEach((hash, slot) => {
      if (hash === 0) return;
      let i = hash & table.mask;
      while (table.slots[i] !== 0) i = (i + 1) & table.mask;
      table.slots[i] = hash;
      table.values[i] = this.values[slot];
    });
    table.size = this.size;
    table.hashes.push(...this.hashes);
    table.firstKeys.push(...this.firstKeys);
    return table;
  }
  get(key: string, hash: number = hashWord(key)): FirstWord {
    const h = hash || 1;
    let i = h & this.mask;
    while (this.slots[i] !== 0 && this.slots[i] !== h) i = (i + 1) & this.mask;
    if (this.slots[i] === 0) {
      this.slots[i] = h;
      this.values[i] = [];
      this.size++;
    }
    const list = this.values[i]!;
    for (const f of list) if (f.key === key) return f;
    const fw: FirstWord = { key, edges: [] };
    list.push(fw);
    this.hashes.push(hash);
    this.firstKeys.push(key);
    return fw;
  }
}

/** One alias or exclusion of one entity, parsed into its phrases (lists of atoms). */
interface ParsedAlias {
  entity: number;
  alias: string;
  exclusion: boolean;
  requires: readonly string[] | null;
  /** A frame's phrase: its piece code; -1 otherwise. */
  frame: number;
  phrases: Atom[][];
}

/** The namesake word lists as sets, made once: every index built here shares them. */
let defaultWords: NamesakeWords | null = null;

/**
 * Builds the index. Throws `AliasSyntaxError` (naming the alias) on the first bad alias or
 * exclusion. Exclusions are phrases in the same language that name someone else; see README.md.
 */
export function buildIndex(entities: readonly MatcherEntity[]): MentionIndex {
  const { parsed, frames, gateSets } = parseAliases(entities);
  // A frame's triggers and first group are scanned with the names: they tell which frames can fire
  // in a block. Its other groups and its evidence against are read only around those triggers.
  const isContext = (p: ParsedAlias) => p.frame >= 0 && roleOf(p.frame) !== TRIGGER && roleOf(p.frame) !== GROUP;
  const contextPhrases = parsed.filter(isContext);
  const shared = {
    entities: entities.map(({ id, kind }): IndexedEntity => ({ id, kind })),
    initials: personInitials(entities, parsed),
    words: (defaultWords ??= namesakeWords(NAMESAKE_WORD_LISTS)),
    frames,
  };
  return {
    ...shared,
    ...scannerTables(parsed.filter((p) => !isContext(p))),
    gate: gateKeysOf(parsed.filter((p) => !p.exclusion && p.requires === null && p.frame < 0).flatMap((p) => p.phrases), gateSets),
    context: contextPhrases.length === 0 ? null : { ...shared, ...scannerTables(contextPhrases), gate: null, context: null },
  };
}

/** The trie of `parsed` and the tables the scanner reads it by. */
function scannerTables(parsed: readonly ParsedAlias[]): Omit<MentionIndex, 'entities' | 'initials' | 'words' | 'frames' | 'gate' | 'context'> {
  const { words, stems, numberFirsts } = buildTrie(parsed);
  const stemKeys: string[] = [];
  for (const list of stems.values) if (list) for (const f of list) stemKeys.push(f.key);
  // (Not the hash of a whole Han key: in a run of Han characters the scanner's hash never is.)
  const keys = words.hashes.filter((_, k) => !isHan(words.firstKeys[k]!.charCodeAt(0))).concat(stems.hashes);
  keys.push(HASH_UNFILLED);
  // A Han key stands inside a run of Han characters, where the scanner's hash is that of the
  // last character alone: the scanner stops at the key's first character (find-mentions.ts).
  // An Arabic first word may carry a proclitic ("لبوتين"): the scanner stops at the proclitic.
  let arabic = false;
  for (const list of words.values) {
    for (const f of list ?? []) {
      const c = f.key.charCodeAt(0);
      if (isHan(c)) keys.push(hashStep(HASH_SEED, c));
      arabic ||= isArabicLetter(c);
    }
  }
  if (arabic) for (const p of ARABIC_PROCLITICS) keys.push(hashStep(HASH_SEED, p.charCodeAt(0)));
  // A number word's first unit is an ASCII or Devanagari digit: its one-unit hash.
  if (numberFirsts.length > 0) for (let d = 0; d < 10; d++) keys.push(hashStep(HASH_SEED, 0x30 + d), hashStep(HASH_SEED, 0x966 + d));
  const { filter, filterMul, filterShift } = buildFilter(keys);
  const pairs = buildPairs(words);
  const firstNext = new Int32Array(words.slots.length);
  words.values.forEach((list, slot) => {
    if (list) firstNext[slot] = nextOf(list.flatMap((f) => f.edges));
  });
  return {
    numberNext: nextOf(numberFirsts),
    pairs,
    pairMask: pairs.length - 1,
    firstNext,
    filter,
    filterMul,
    filterShift,
    slots: words.slots,
    firsts: words.values,
    mask: words.mask,
    stemSlots: stems.slots,
    stemFirsts: stems.values,
    stemMask: stems.mask,
    numberFirsts,
    loadSlot: null,
    hasStems: stems.size > 0,
    oddStems: stemKeys.some((k) => k.charCodeAt(k.length - 1) < 0x400),
  };
}

/**
 * Every alias, context alias, exclusion and frame phrase of every entity, parsed, in pack order;
 * the frames' rules; and the "one of these" sets the name gate needs for the frames.
 */
function parseAliases(entities: readonly MatcherEntity[]): { parsed: ParsedAlias[]; frames: FrameRule[]; gateSets: Atom[][][][] } {
  const parsed: ParsedAlias[] = [];
  const frames: FrameRule[] = [];
  const gateSets: Atom[][][][] = [];
  const cache = newWordCache();
  const add = (entity: number, alias: string, exclusion: boolean, requires: readonly string[] | null, frame = -1) => {
    const phrases = parseAlias(alias, cache).phrases;
    parsed.push({ entity, alias, exclusion, requires, frame, phrases });
    return phrases;
  };
  entities.forEach((e, entity) => {
    for (const alias of e.aliases) add(entity, alias, false, null);
    for (const alias of e.contextAliases?.aliases ?? []) add(entity, alias, false, e.contextAliases!.requires);
    for (const alias of e.exclusions ?? []) add(entity, alias, true, null);
    for (const frame of e.frames ?? []) {
      const f = frames.push(frameRule(frame, entity)) - 1;
      const triggerPhrases = frame.triggers.flatMap((alias) => add(entity, alias, false, null, pieceCode(f, TRIGGER)));
      for (const alias of frame.against ?? []) add(entity, alias, false, null, pieceCode(f, AGAINST));
      const groupPhrases = frame.with.map((group, g) => (group.phrases ?? []).flatMap((alias) => add(entity, alias, false, null, pieceCode(f, GROUP + g))));
      // Every text the frame can fire in holds one of its triggers and an item of its first group
      // (the others may be implied by an owner, "visita de Putin"). An item that is a mention of
      // the group's entities passes the gate by that entity's own phrases; for one of its phrases
      // the gate needs one of these beside one of the triggers.
      if ((groupPhrases[0] ?? []).length > 0) gateSets.push([triggerPhrases, groupPhrases[0]!]);
    }
  });
  return { parsed, frames, gateSets };
}

/**
 * For each entity, the first letters (folded) of the capitalised words that come before the last
 * word in its person aliases: "Narendra Modi" gives "n". Empty for other kinds.
 */
function personInitials(entities: readonly MatcherEntity[], parsed: readonly ParsedAlias[]): string[] {
  const initials = entities.map(() => '');
  for (const p of parsed) {
    if (p.exclusion || p.frame >= 0 || entities[p.entity]!.kind !== 'person') continue;
    for (const atoms of p.phrases) {
      for (let i = 0; i < atoms.length - 1; i++) {
        // Atoms written with capitals keep their form; its first letter, folded, is the key's.
        // Han given names count too ("安德烈·别洛乌索夫"): Han has no capitals.
        if (atoms[i]!.form === null && !isHan(atoms[i]!.key.charCodeAt(0))) continue;
        const c = atoms[i]!.key.charAt(0);
        if (!initials[p.entity]!.includes(c)) initials[p.entity] += c;
      }
    }
  }
  return initials;
}

/**
 * The trie: phrases starting with a plain word hang off `words` (by the word's hash), those
 * starting with a `~` word off `stems` (by its stem), those starting with a number off
 * `numberFirsts` — except "23rd session"-like phrases, which hang off their second word and are
 * walked back to the number. Each phrase end holds its terminal.
 */
function buildTrie(parsed: readonly ParsedAlias[]): { words: HashTable; stems: HashTable; numberFirsts: Edge[] } {
  let phraseCount = 0;
  for (const p of parsed) phraseCount += p.phrases.length;
  const words = new HashTable(phraseCount);
  const stems = new HashTable(phraseCount);
  const numberFirsts: Edge[] = [];
  let phraseId = 0;
  for (const p of parsed) {
    for (const phrase of p.phrases) {
      const atoms = withEndings(phrase);
      const first = atoms[0]!;
      const second = atoms[1];
      let node: TrieNode;
      let from = 1;
      if (first.number && plain(second)) {
        node = edgeFor(words.get(second.key, second.hash).edges, second, true);
        from = 2;
      } else if (first.number) node = edgeFor(numberFirsts, first);
      else if (first.tilde) node = edgeFor(stems.get(first.tilde.stem).edges, first);
      else node = edgeFor(words.get(first.key, first.hash).edges, first);
      for (let i = from; i < atoms.length; i++) node = extend(node, atoms[i]!);
      (node.ends ??= []).push({
        entity: p.entity,
        alias: p.alias,
        exclusion: p.exclusion,
        requires: p.requires,
        frame: p.frame,
        atoms: atoms.length,
        literals: countLiterals(atoms),
        phrase: phraseId++,
      });
    }
  }
  return { words: words.compacted(), stems: stems.compacted(), numberFirsts };
}

/** The node after `node` for the next atom `a`, made if new. */
function extend(node: TrieNode, a: Atom): TrieNode {
  if (a.number || a.tilde) {
    node.next = -1;
    return edgeFor((node.others ??= []), a);
  }
  node.next |= 1 << (a.key.charCodeAt(0) & 31);
  const map = (node.words ??= new Map());
  let list = map.get(a.hash);
  if (!list) map.set(a.hash, (list = []));
  return edgeFor(list, a);
}

/** The `next` bits of the nodes these edges lead to: -1 (anything) where a phrase already ends. */
function nextOf(edges: readonly Edge[]): number {
  let next = 0;
  for (const e of edges) next |= e.node.ends ? -1 : e.node.next;
  return next;
}

/** The pair table, from the trie itself: every first word with every word its phrases continue with. */
function buildPairs(words: HashTable): Int32Array {
  const pairKeys = new Set<number>();
  for (const list of words.values) {
    if (!list) continue;
    for (const f of list) {
      const h1 = hashWord(f.key);
      for (const e of f.edges) if (e.node.words) for (const h2 of e.node.words.keys()) pairKeys.add(pairKey(h1, h2));
    }
  }
  const pairSize = tableSize(pairKeys.size);
  const pairs = new Int32Array(pairSize);
  for (const k of pairKeys) {
    let s = k & (pairSize - 1);
    while (pairs[s] !== 0) s = (s + 1) & (pairSize - 1);
    pairs[s] = k;
  }
  return pairs;
}

/** The key of a (first word, second word) pair of hashes in `MentionIndex.pairs`; never 0. */
export function pairKey(h1: number, h2: number): number {
  return (Math.imul(h1, 0x9e3779b1 | 0) ^ h2) | 1;
}

/** Odd multipliers (golden ratio and other well-mixing constants) tried in turn for the filter. */
const FILTER_MULS = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0xd3a2646d, 0xfd7046c5, 0xb55a4f09];

/**
 * Largest filter: 2^22 bits (512 KB). Below it, the smallest power of two with at least 512 bits
 * per key (from 32 K bits, 4 KB), so a word prefix that is no key stops the scanner with a
 * probability of 0.1–0.2 %, and a pack of a few hundred first words keeps its filter at 32 KB,
 * within a core's first-level cache, which the scanner reads after every unit; the generated
 * 10,000-alias pack of the benchmark (7,500 first words) gets about 550 bits per key.
 */
const MAX_FILTER_LOG = 22;

function buildFilter(keys: readonly number[]): { filter: Int32Array; filterMul: number; filterShift: number } {
  let log = 15;
  while (log < MAX_FILTER_LOG && 1 << log < keys.length * 512) log++;
  const shift = 32 - (log - 5);
  const bitOf = (h: number, m: number) => {
    const x = Math.imul(h, m);
    return ((x >>> shift) << 5) | (x & 31);
  };
  const isKey = new Set(keys);
  // Hashes of one-unit word prefixes ("c" of every "could", "5" of "5,000", "с"): a key that
  // shares their bit would stop the scanner at a large share of all words.
  const avoid: number[] = [];
  for (const [first, last] of [[0x30, 0x39], [0x61, 0x7a], [0x430, 0x44f]] as const) {
    for (let c = first; c <= last; c++) {
      const prefix = hashStep(HASH_SEED, c);
      if (!isKey.has(prefix)) avoid.push(prefix);
    }
  }
  let mul = FILTER_MULS[0]! | 0;
  let fewest = Infinity;
  for (const m of FILTER_MULS) {
    const taken = new Set<number>();
    const separatorBit = bitOf(HASH_SEED, m);
    let separatorClash = false;
    for (const h of keys) {
      const b = bitOf(h, m);
      taken.add(b);
      if (b === separatorBit) separatorClash = true;
    }
    let clashes = separatorClash ? avoid.length + 1 : 0;
    for (const h of avoid) if (taken.has(bitOf(h, m))) clashes++;
    if (clashes < fewest) {
      fewest = clashes;
      mul = m | 0;
      if (clashes === 0) break;
    }
  }
  // If every multiplier clashed (or a key hashes to the seed), the separators' bit gets set: they
  // then stop the scanner too, which is slower but still correct.
  const filter = new Int32Array(1 << (log - 5));
  for (const h of keys) {
    const b = bitOf(h, mul);
    filter[b >>> 5] = filter[b >>> 5]! | (1 << (b & 31));
  }
  return { filter, filterMul: mul, filterShift: shift };
}
