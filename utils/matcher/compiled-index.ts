/**
 * The mention index as data: `compileIndex` turns a built index into a JSON-safe object that can be
 * stored (`storage.local`) or bundled, and `loadCompiledIndex` turns it back into the index the
 * scanner reads, without parsing an alias, hashing a word or searching for a filter multiplier.
 * A damaged trie is found when it is first decoded: `loadSlot` then throws `CompiledIndexError`,
 * which the caller reports and answers by asking for a rebuild.
 *
 * Everything numeric lives in a few flat Int32Arrays, stored as base64 strings, so a stored index
 * is a handful of strings and one string table however large the pack: cheap for the browser to
 * copy into every frame, and loaded by one pass that allocates exactly the objects the scanner
 * walks. The hash tables and the filter are mostly empty by design (few probes per word), so only
 * their filled entries are stored and the tables are laid out again on load. The trie itself is
 * decoded only when the scanner first meets a word that starts a phrase. A compiled index is pure data with a format number; a frame that meets another format or
 * an inconsistent one gets a `CompiledIndexError` and asks for a rebuild, it never trusts it.
 */
import type { Edge, FirstWord, MentionIndex, Terminal, TrieNode } from './build-index';
import { type FrameRule, MAX_GROUPS } from './event-frames';
import type { GateKeys } from './gate-keys';
import type { TildeRule } from './parse-alias';
import { type NamesakeWordLists, namesakeWords } from './namesakes';
import type { IndexedEntity } from './types';

/** Bumped whenever the layout below or the meaning of any index field changes. */
export const INDEX_FORMAT = 7;

export interface CompiledIndex {
  format: number;
  /** `[id, kind]` per entity, in index order. */
  entities: [string, IndexedEntity['kind']][];
  initials: string[];
  /** The namesake rules' word lists (namesake-words.ts), each space-separated. */
  words: NamesakeWordLists;
  /** Every distinct string the index holds (keys, forms, stems, endings, aliases, required ids). */
  strings: string[];
  /** Per `~` rule: `[stem, ...endings]` as string ids. */
  tildes: number[][];
  /** Per context-alias requirement: the required entity ids, as string ids. */
  requires: number[][];
  /** `EDGE_INTS` per edge (below). */
  edges: string;
  /** `NODE_INTS` per trie node (below); node 0 is unused, so 0 can mean "none". */
  nodes: string;
  /** `TERMINAL_INTS` per terminal. */
  terminals: string;
  /** Edge and terminal ids that nodes and first words point into by offset and length. */
  lists: string;
  /** `FIRST_INTS` per first word of the word table, then per first word of the stem table. */
  firsts: string;
  /** How many entries of `firsts` belong to the word table. */
  wordFirstCount: number;
  /** Offset and length in `lists` of the phrases starting with `#`. */
  numberFirsts: [number, number];
  /** The filled slots of the pair set, as (slot, key) pairs. */
  pairs: string;
  /** The set bits of the filter, as bit numbers. */
  filterBits: string;
  numberNext: number;
  pairMask: number;
  mask: number;
  stemMask: number;
  filterMul: number;
  filterShift: number;
  hasStems: boolean;
  oddStems: boolean;
  /** The name gate's keys, which a frame checks before it loads anything else (name-gate.ts). */
  gate: GateKeys | null;
  /** The event frames' rules (event-frames.ts); their triggers are terminals with piece codes. */
  frames: FrameRule[];
  /** `MentionIndex.context`, compiled the same way (its `entities`, `initials`, `words` and `frames` are this index's). */
  context: Omit<CompiledIndex, 'format' | 'entities' | 'initials' | 'words' | 'frames' | 'gate' | 'context'> | null;
}

/** The fields that make up the trie: stored apart, so a frame can start without them. */
export const TRIE_FIELDS = ['strings', 'tildes', 'requires', 'edges', 'nodes', 'terminals', 'lists', 'words', 'frames', 'context'] as const;
export type CompiledTrie = Pick<CompiledIndex, (typeof TRIE_FIELDS)[number]>;
export type CompiledHead = Omit<CompiledIndex, (typeof TRIE_FIELDS)[number]>;

/** Splits a compiled index into what every frame reads at start and the trie it reads on first need. */
export function splitCompiledIndex(index: CompiledIndex): { head: CompiledHead; trie: CompiledTrie } {
  const head: Record<string, unknown> = { ...index };
  const trie: Record<string, unknown> = {};
  for (const field of TRIE_FIELDS) {
    trie[field] = index[field];
    delete head[field];
  }
  return { head: head as unknown as CompiledHead, trie: trie as unknown as CompiledTrie };
}

/**
 * Gets the trie of a head-only index: a promise of the `CompiledTrie` (or anything, which is then
 * checked as the trie is decoded).
 */
export type TrieSource = () => Promise<unknown>;

/**
 * Thrown by the scanner's first need of a trie that has not arrived yet (`loadCompiledIndex` with a
 * `TrieSource`): the work that needed it is to be done again once `loaded` settles. `loaded`
 * rejects with a `CompiledIndexError` when the trie cannot be had.
 */
export class TrieNotLoadedError extends Error {
  constructor(readonly loaded: Promise<void>) {
    super('compiled index: the trie is still loading');
    this.name = 'TrieNotLoadedError';
  }
}

/** A compiled index that cannot be loaded: another format, or damaged. */
export class CompiledIndexError extends Error {
  constructor(message: string) {
    super(`compiled index: ${message}`);
    this.name = 'CompiledIndexError';
  }
}

/** key, joiner, flags (1 back, 2 number), form (-1 none), tilde (-1 none), node, hash (word edges of a node). */
const EDGE_INTS = 7;
/** next, words offset, words length, others offset, others length (-1 = null), ends offset, ends length (-1 = null). */
const NODE_INTS = 7;
/** entity, alias, exclusion, requires (-1 none), atoms, literals, phrase, frame piece (-1 none). */
const TERMINAL_INTS = 8;
/** slot, key, slot value (the word hash), first-next (word table only), edges offset, edges length. */
const FIRST_INTS = 6;

/** Writes a built index as data (see `CompiledIndex`). */
export function compileIndex(index: MentionIndex): CompiledIndex {
  return {
    format: INDEX_FORMAT,
    entities: index.entities.map((e) => [e.id, e.kind]),
    initials: [...index.initials],
    words: Object.fromEntries(Object.entries(index.words).map(([key, set]) => [key, [...(set as Set<string>)].join(' ')])) as unknown as NamesakeWordLists,
    ...compileTables(index),
    gate: index.gate,
    frames: index.frames.map((f) => ({ ...f, groups: f.groups.map((g) => [...g]) })),
    context: index.context && compileTables(index.context),
  };
}

/** The trie and the scanner's tables of an index, as data. */
function compileTables(index: MentionIndex): NonNullable<CompiledIndex['context']> {
  const w = new IndexWriter();
  const wordFirstCount = w.table(index.firsts, index.slots, index.firstNext);
  w.table(index.stemFirsts, index.stemSlots, null);
  const numberFirsts = w.list(index.numberFirsts, (e) => w.edgeId(e));
  const pairs: number[] = [];
  index.pairs.forEach((key, slot) => key !== 0 && pairs.push(slot, key));
  const filterBits: number[] = [];
  index.filter.forEach((word, i) => {
    for (let bit = 0; word !== 0 && bit < 32; bit++) if (word & (1 << bit)) filterBits.push((i << 5) | bit);
  });
  return {
    strings: w.strings,
    tildes: w.tildes,
    requires: w.requires,
    edges: toBase64(Int32Array.from(w.edges)),
    nodes: toBase64(Int32Array.from(w.nodes)),
    terminals: toBase64(Int32Array.from(w.terminals)),
    lists: toBase64(Int32Array.from(w.lists)),
    firsts: toBase64(Int32Array.from(w.firsts)),
    wordFirstCount,
    numberFirsts,
    pairs: toBase64(Int32Array.from(pairs)),
    filterBits: toBase64(Int32Array.from(filterBits)),
    numberNext: index.numberNext,
    pairMask: index.pairMask,
    mask: index.mask,
    stemMask: index.stemMask,
    filterMul: index.filterMul,
    filterShift: index.filterShift,
    hasStems: index.hasStems,
    oddStems: index.oddStems,
  };
}

/**
 * The flat tables of a compiled trie, filled depth first: a node's children are written before
 * the list that names them. Strings, `~` rules and `requires` lists are stored once each.
 */
class IndexWriter {
  readonly strings: string[] = [];
  readonly tildes: number[][] = [];
  readonly requires: number[][] = [];
  readonly edges: number[] = [];
  /** Node 0 is unused, so 0 can mean "none" (see `CompiledIndex.nodes`). */
  readonly nodes: number[] = new Array<number>(NODE_INTS).fill(0);
  readonly terminals: number[] = [];
  readonly lists: number[] = [];
  readonly firsts: number[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly tildeIds = new Map<TildeRule, number>();
  private readonly requireIds = new Map<readonly string[], number>();

  str(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) this.stringIds.set(s, (id = this.strings.push(s) - 1));
    return id;
  }

  edgeId(e: Edge): number {
    let tilde = -1;
    if (e.tilde) {
      tilde = this.tildeIds.get(e.tilde) ?? -1;
      if (tilde < 0) this.tildeIds.set(e.tilde, (tilde = this.tildes.push([this.str(e.tilde.stem), ...e.tilde.endings.map((x) => this.str(x))]) - 1));
    }
    const id = this.edges.length / EDGE_INTS;
    this.edges.push(this.str(e.key), e.joiner, (e.back ? 1 : 0) | (e.number ? 2 : 0), e.form === null ? -1 : this.str(e.form), tilde, 0, 0);
    this.edges[id * EDGE_INTS + 5] = this.nodeId(e.node);
    return id;
  }

  terminalId(t: Terminal): number {
    let req = -1;
    if (t.requires) {
      req = this.requireIds.get(t.requires) ?? -1;
      if (req < 0) this.requireIds.set(t.requires, (req = this.requires.push(t.requires.map((x) => this.str(x))) - 1));
    }
    const id = this.terminals.length / TERMINAL_INTS;
    this.terminals.push(t.entity, this.str(t.alias), t.exclusion ? 1 : 0, req, t.atoms, t.literals, t.phrase, t.frame);
    return id;
  }

  /** Appends the items' ids to `lists`, returning [offset, length]; the items are written first. */
  list<T>(items: readonly T[], idOf: (item: T) => number): [number, number] {
    const ids = items.map(idOf);
    const offset = this.lists.length;
    this.lists.push(...ids);
    return [offset, ids.length];
  }

  nodeId(node: TrieNode): number {
    const { nodes, edges, lists } = this;
    const id = nodes.length / NODE_INTS;
    nodes.push(node.next, 0, 0, 0, -1, 0, -1);
    const at = id * NODE_INTS;
    if (node.words) {
      // Word edges keep their map key (the word's hash) so the load rebuilds the map without hashing.
      const flat: Edge[] = [];
      const hashes: number[] = [];
      for (const [hash, group] of node.words) for (const e of group) flat.push(e), hashes.push(hash);
      const [offset, length] = this.list(flat, (e) => this.edgeId(e));
      for (let k = 0; k < length; k++) edges[lists[offset + k]! * EDGE_INTS + 6] = hashes[k]!;
      nodes[at + 1] = offset;
      nodes[at + 2] = length;
    }
    if (node.others) [nodes[at + 3], nodes[at + 4]] = this.list(node.others, (e) => this.edgeId(e));
    if (node.ends) [nodes[at + 5], nodes[at + 6]] = this.list(node.ends, (t) => this.terminalId(t));
    return id;
  }

  /** Writes a first-word table's entries to `firsts`; returns how many. */
  table(values: readonly (FirstWord[] | undefined)[], slots: Int32Array, next: Int32Array | null): number {
    let count = 0;
    values.forEach((words, slot) => {
      for (const first of words ?? []) {
        const [offset, length] = this.list(first.edges, (e) => this.edgeId(e));
        this.firsts.push(slot, this.str(first.key), slots[slot]!, next ? next[slot]! : 0, offset, length);
        count++;
      }
    });
    return count;
  }
}

/**
 * Reads a compiled index back into the index the scanner uses. Throws `CompiledIndexError` when
 * `data` is of another format or inconsistent in any way the load can notice (a wrong type, an id
 * out of range, a table of the wrong size), so a damaged stored index is rebuilt, not used.
 */
export function loadCompiledIndex(data: unknown, trieSource?: TrieSource): MentionIndex {
  if (typeof data !== 'object' || data === null) throw new CompiledIndexError('not an object');
  const c = data as Partial<CompiledIndex>;
  if (c.format !== INDEX_FORMAT) throw new CompiledIndexError(`format ${String(c.format)}, expected ${INDEX_FORMAT}`);
  try {
    return load(c as CompiledIndex, trieSource);
  } catch (error) {
    throw asIndexError(error);
  }
}

/** `error` as a `CompiledIndexError` (anything a load throws means damage), its message after `what`. */
function asIndexError(error: unknown, what = ''): CompiledIndexError {
  return error instanceof CompiledIndexError ? error : new CompiledIndexError(`${what}${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Loads `data` and decodes its trie at once, throwing `CompiledIndexError` for any damage a load
 * or a later scan could meet: for the writer, which must not leave a damaged index in place.
 */
export function verifyCompiledIndex(data: unknown): void {
  const index = loadCompiledIndex(data);
  verifyTables(index);
  if (index.context) verifyTables(index.context);
}

/** Builds one first word of each table of a loaded index, so its trie is decoded and checked. */
function verifyTables(index: MentionIndex): void {
  const slot = index.slots.findIndex((hash) => hash !== 0);
  if (slot >= 0) index.loadSlot?.(false, slot);
  const stemSlot = index.stemSlots.findIndex((hash) => hash !== 0);
  if (stemSlot >= 0) index.loadSlot?.(true, stemSlot);
}

/**
 * Whether loading `head` needs its trie at once (phrases that start with a number are looked up
 * on every digit, so their trie is part of the head's work): then pass the whole index.
 */
export function needsTrieAtLoad(head: unknown): boolean {
  const numberFirsts = (head as Partial<CompiledIndex> | null)?.numberFirsts;
  return !Array.isArray(numberFirsts) || numberFirsts[1] !== 0;
}

function load(c: CompiledIndex, trieSource?: TrieSource): MentionIndex {
  const firstInts = ints(c.firsts, 'firsts', FIRST_INTS);
  if (!Array.isArray(c.entities) || !Array.isArray(c.initials)) throw new CompiledIndexError('entities or initials is not a list');
  const entities: IndexedEntity[] = c.entities.map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') throw new CompiledIndexError('bad entity');
    return { id: entry[0], kind: entry[1] };
  });

  const trieOf = lazyTrie(c, entities.length, firstInts, trieSource);
  // Undefined until first asked for; null when the index has none.
  let context: MentionIndex | null | undefined;

  const slots = new Int32Array(tableSize(c.mask, 'mask'));
  const firstNext = new Int32Array(slots.length);
  const stemSlots = new Int32Array(tableSize(c.stemMask, 'stemMask'));
  // Per slot, 1 + the index in `firstInts` of its first entry (a slot's entries are consecutive).
  const wordEntry = new Int32Array(slots.length);
  const stemEntry = new Int32Array(stemSlots.length);
  const firstCount = firstInts.length / FIRST_INTS;
  if (!Number.isInteger(c.wordFirstCount) || c.wordFirstCount < 0 || c.wordFirstCount > firstCount) throw new CompiledIndexError('wordFirstCount out of range');
  for (let i = 0; i < firstCount; i++) {
    const at = i * FIRST_INTS;
    const word = i < c.wordFirstCount;
    const slot = firstInts[at]!;
    const table = word ? slots : stemSlots;
    if (slot < 0 || slot >= table.length) throw new CompiledIndexError(`first word ${i} in no slot`);
    table[slot] = firstInts[at + 2]!;
    if (word) firstNext[slot] = firstInts[at + 3]!;
    const entry = word ? wordEntry : stemEntry;
    if (entry[slot] === 0) entry[slot] = i + 1;
  }
  const firsts = new Array<FirstWord[] | undefined>(slots.length);
  const stemFirsts = new Array<FirstWord[] | undefined>(stemSlots.length);
  const loadSlot = (stem: boolean, slot: number): FirstWord[] | undefined => {
    const entry = (stem ? stemEntry : wordEntry)[slot];
    if (!entry) return undefined;
    const { strings, edgeAt, pick } = trieOf();
    const words: FirstWord[] = [];
    for (let i = entry - 1; i < firstCount && firstInts[i * FIRST_INTS] === slot && (i < c.wordFirstCount) !== stem; i++) {
      const at = i * FIRST_INTS;
      words.push({ key: strings[firstInts[at + 1]!]!, edges: pick(edgeAt, firstInts[at + 4]!, firstInts[at + 5]!) });
    }
    (stem ? stemFirsts : firsts)[slot] = words;
    return words;
  };

  const pairs = readPairs(c);
  const filter = readFilter(c);
  const [numberOffset, numberLength] = Array.isArray(c.numberFirsts) ? c.numberFirsts : [-1, -1];
  if (!Number.isInteger(numberOffset) || !Number.isInteger(numberLength) || numberOffset! < 0 || numberLength! < 0) throw new CompiledIndexError('numberFirsts out of range');
  // Phrases that start with a number are few; a pack that has them decodes the trie at once.
  let numberFirsts: Edge[] = [];
  if (numberLength! > 0) {
    const { pick, edgeAt } = trieOf();
    numberFirsts = pick(edgeAt, numberOffset!, numberLength!);
  }
  return {
    entities,
    initials: stringArray(c.initials, 'initials'),
    // Read with the trie: only a block with a candidate mention needs them, and that block has
    // loaded the trie already.
    get words() {
      return trieOf().words;
    },
    // Read only for a block with a frame's phrase in it, which has loaded the trie already.
    get frames() {
      return trieOf().frames;
    },
    // Read only around a frame's trigger, once the trie is loaded.
    get context() {
      if (context === undefined) context = contextOf(trieOf());
      return context;
    },
    slots,
    firsts,
    firstNext,
    pairs,
    numberNext: c.numberNext,
    pairMask: c.pairMask,
    stemSlots,
    stemFirsts,
    numberFirsts,
    loadSlot,
    mask: c.mask,
    stemMask: c.stemMask,
    hasStems: c.hasStems === true,
    oddStems: c.oddStems === true,
    filter,
    filterMul: c.filterMul,
    filterShift: c.filterShift,
    // The scanner never reads the gate's keys; a stored head has none (they are stored apart, as
    // `packGate`, for each frame's bootstrap).
    gate: c.gate ?? null,
  };
}

/** The loaded `context` of a compiled index whose trie is `trie`: it shares the index's entities, words and frames. */
function contextOf(trie: Trie): MentionIndex | null {
  if (trie.context === null || trie.context === undefined) return null;
  if (typeof trie.context !== 'object') throw new CompiledIndexError('context is not an object');
  try {
    return load(trie.context as CompiledIndex);
  } catch (error) {
    throw asIndexError(error, 'context: ');
  }
}

/** The frames' rules, checked: entity indexes in range, groups as lists of ids, numbers as numbers. */
function readFrames(value: unknown, entityCount: number): FrameRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new CompiledIndexError('frames is not a list');
  const numbers = (x: unknown) => Array.isArray(x) && x.every((n) => Number.isInteger(n));
  return value.map((f: Partial<FrameRule> | null, i) => {
    const ok =
      typeof f === 'object' && f !== null &&
      Number.isInteger(f.entity) && f.entity! >= 0 && f.entity! < entityCount &&
      Array.isArray(f.groups) && f.groups.length <= MAX_GROUPS && f.groups.every((g) => Array.isArray(g) && g.every((id) => typeof id === 'string')) &&
      numbers(f.years) && numbers(f.ordinals) && typeof f.clause === 'boolean';
    if (!ok) throw new CompiledIndexError(`frame ${i} is damaged`);
    return f as FrameRule;
  });
}

function readWords(words: unknown): MentionIndex['words'] {
  if (typeof words !== 'object' || words === null) throw new CompiledIndexError('words is not an object');
  try {
    return namesakeWords(words as NamesakeWordLists);
  } catch (error) {
    throw new CompiledIndexError((error as Error).message);
  }
}

/**
 * The trie (strings, edges, nodes, terminals) is decoded and checked the first time the scanner
 * meets a word that starts a phrase, and then built one first word at a time: a frame whose text
 * starts no phrase (most frames) pays for the head's tables and nothing else. Its tables are in `c`
 * itself, or come from `trieSource` once asked for (`TrieNotLoadedError` until they arrive).
 */
function lazyTrie(c: CompiledIndex, entityCount: number, firstInts: Int32Array, trieSource?: TrieSource): () => Trie {
  let trie: Trie | null = null;
  let damage: CompiledIndexError | null = null;
  let trieData: Partial<CompiledIndex> | null = c.edges === undefined && trieSource ? null : c;
  let arriving: Promise<void> | null = null;
  return (): Trie => {
    if (trie) return trie;
    if (damage) throw damage;
    if (!trieData) {
      arriving ??= trieSource!().then(
        (data) => {
          trieData = typeof data === 'object' && data !== null ? { ...c, ...data } : c;
        },
        (error: unknown) => {
          damage = new CompiledIndexError(`the trie could not be read (${error instanceof Error ? error.message : String(error)})`);
          throw damage;
        },
      );
      throw new TrieNotLoadedError(arriving);
    }
    try {
      return (trie = decodeTrie(trieData as CompiledIndex, entityCount, firstInts));
    } catch (error) {
      throw (damage = asIndexError(error));
    }
  };
}

/** The pair table, as written: (slot, key) pairs. */
function readPairs(c: CompiledIndex): Int32Array {
  const pairs = new Int32Array(tableSize(c.pairMask, 'pairMask'));
  const pairInts = ints(c.pairs, 'pairs', 2);
  for (let at = 0; at < pairInts.length; at += 2) {
    const slot = pairInts[at]!;
    if (slot < 0 || slot >= pairs.length) throw new CompiledIndexError('pair in no slot');
    pairs[slot] = pairInts[at + 1]!;
  }
  return pairs;
}

/** The first-word filter, as written: the numbers of its set bits. */
function readFilter(c: CompiledIndex): Int32Array {
  if (!Number.isInteger(c.filterShift) || c.filterShift < 10 || c.filterShift > 27) throw new CompiledIndexError('filter size out of range');
  const filter = new Int32Array(2 ** (32 - c.filterShift));
  for (const bit of ints(c.filterBits, 'filterBits', 1)) {
    if (bit < 0 || bit >>> 5 >= filter.length) throw new CompiledIndexError('filter bit out of range');
    filter[bit >>> 5] = filter[bit >>> 5]! | (1 << (bit & 31));
  }
  return filter;
}

/** The decoded trie tables, with builders that make each object once, on first use. */
interface Trie {
  strings: string[];
  words: MentionIndex['words'];
  frames: FrameRule[];
  /** The compiled `context`, loaded on first need (`contextOf`). */
  context: unknown;
  edgeAt(i: number): Edge;
  pick<T>(itemAt: (i: number) => T, offset: number, length: number): T[];
}

/**
 * Decodes the trie's tables and checks that every id and list in them points inside its table, so
 * building any part of the trie later cannot fail mid-scan. Throws `CompiledIndexError`.
 *
 * One function of about 90 lines on purpose: its builders share the decoded tables and their memo
 * arrays, and in the per-frame script a split would carry every table's name as a property.
 */
function decodeTrie(c: CompiledIndex, entityCount: number, firstInts: Int32Array): Trie {
  const strings = stringArray(c.strings, 'strings');
  const words = readWords(c.words);
  const edgeInts = ints(c.edges, 'edges', EDGE_INTS);
  const nodeInts = ints(c.nodes, 'nodes', NODE_INTS);
  const terminalInts = ints(c.terminals, 'terminals', TERMINAL_INTS);
  const lists = ints(c.lists, 'lists', 1);
  if (!Array.isArray(c.tildes) || !Array.isArray(c.requires)) throw new CompiledIndexError('tildes or requires is not a list');
  const str = (id: number): string => {
    const s = strings[id];
    if (s === undefined) throw new CompiledIndexError(`string ${id} out of range`);
    return s;
  };
  const tildes: TildeRule[] = c.tildes.map((t) => ({ stem: str(t[0]!), endings: t.slice(1).map(str) }));
  const requires: string[][] = c.requires.map((r) => r.map(str));
  const frames = readFrames(c.frames, entityCount);
  const edgeCount = edgeInts.length / EDGE_INTS;
  const nodeCount = nodeInts.length / NODE_INTS;
  const terminalCount = terminalInts.length / TERMINAL_INTS;
  const [numberOffset, numberLength] = c.numberFirsts;
  checkRanges(
    { strings: strings.length, edgeCount, nodeCount, terminalCount, entities: entityCount, tildes: tildes.length, requires: requires.length, frames: frames.length },
    { edgeInts, nodeInts, terminalInts, lists, firstInts, numberFirsts: [numberOffset, numberLength] },
  );

  const edges = new Array<Edge | undefined>(edgeCount);
  const nodes = new Array<TrieNode | undefined>(nodeCount);
  const terminals = new Array<Terminal | undefined>(terminalCount);
  const edgeAt = (i: number): Edge => {
    let edge = edges[i];
    if (edge) return edge;
    const at = i * EDGE_INTS;
    const form = edgeInts[at + 3]!;
    const tilde = edgeInts[at + 4]!;
    edge = {
      key: strings[edgeInts[at]!]!,
      joiner: edgeInts[at + 1]!,
      back: (edgeInts[at + 2]! & 1) !== 0,
      number: (edgeInts[at + 2]! & 2) !== 0,
      form: form < 0 ? null : strings[form]!,
      tilde: tilde < 0 ? null : tildes[tilde]!,
      node: nodeAt(edgeInts[at + 5]!),
    };
    return (edges[i] = edge);
  };
  const terminalAt = (i: number): Terminal => {
    let terminal = terminals[i];
    if (terminal) return terminal;
    const at = i * TERMINAL_INTS;
    const req = terminalInts[at + 3]!;
    terminal = {
      entity: terminalInts[at]!,
      alias: strings[terminalInts[at + 1]!]!,
      exclusion: terminalInts[at + 2] === 1,
      requires: req < 0 ? null : requires[req]!,
      atoms: terminalInts[at + 4]!,
      literals: terminalInts[at + 5]!,
      phrase: terminalInts[at + 6]!,
      frame: terminalInts[at + 7]!,
    };
    return (terminals[i] = terminal);
  };
  const pick = <T>(itemAt: (i: number) => T, offset: number, length: number): T[] => {
    const out = new Array<T>(length);
    for (let k = 0; k < length; k++) out[k] = itemAt(lists[offset + k]!);
    return out;
  };
  const nodeAt = (i: number): TrieNode => {
    let node = nodes[i];
    if (node) return node;
    const at = i * NODE_INTS;
    node = { words: null, others: null, ends: null, next: nodeInts[at]! };
    nodes[i] = node;
    const wordsLength = nodeInts[at + 2]!;
    if (wordsLength > 0) {
      const words = new Map<number, Edge[]>();
      for (let k = 0, offset = nodeInts[at + 1]!; k < wordsLength; k++) {
        const edgeIndex = lists[offset + k]!;
        const hash = edgeInts[edgeIndex * EDGE_INTS + 6]!;
        const group = words.get(hash);
        if (group) group.push(edgeAt(edgeIndex));
        else words.set(hash, [edgeAt(edgeIndex)]);
      }
      node.words = words;
    }
    if (nodeInts[at + 4]! >= 0) node.others = pick(edgeAt, nodeInts[at + 3]!, nodeInts[at + 4]!);
    if (nodeInts[at + 6]! >= 0) node.ends = pick(terminalAt, nodeInts[at + 5]!, nodeInts[at + 6]!);
    return node;
  };
  // The context shares this index's entities, word lists and frames.
  const context = typeof c.context === 'object' && c.context !== null ? { ...c.context, entities: c.entities, initials: c.initials, words: c.words, frames: c.frames, gate: null, context: null } : c.context;
  return { strings, words, frames, context, edgeAt, pick };
}

interface Counts {
  strings: number;
  edgeCount: number;
  nodeCount: number;
  terminalCount: number;
  entities: number;
  tildes: number;
  requires: number;
  frames: number;
}

/** Every id and list in the flat tables points inside its table. One pass over the ints; nothing is allocated. */
interface Tables {
  edgeInts: Int32Array;
  nodeInts: Int32Array;
  terminalInts: Int32Array;
  lists: Int32Array;
  firstInts: Int32Array;
  numberFirsts: [number, number];
}

function checkRanges(n: Counts, { edgeInts, nodeInts, terminalInts, lists, firstInts, numberFirsts }: Tables): void {
  const fail = (what: string, i: number) => {
    throw new CompiledIndexError(`${what} ${i} points out of range`);
  };
  const within = (id: number, count: number) => id >= 0 && id < count;
  const listWithin = (offset: number, length: number, count: number) => {
    if (length < 0) return length === -1;
    if (offset < 0 || offset + length > lists.length) return false;
    for (let k = 0; k < length; k++) if (!within(lists[offset + k]!, count)) return false;
    return true;
  };
  for (let i = 0, at = 0; at < edgeInts.length; i++, at += EDGE_INTS) {
    const form = edgeInts[at + 3]!;
    const tilde = edgeInts[at + 4]!;
    const node = edgeInts[at + 5]!;
    if (!within(edgeInts[at]!, n.strings) || (form !== -1 && !within(form, n.strings)) || (tilde !== -1 && !within(tilde, n.tildes)) || node < 1 || node >= n.nodeCount) fail('edge', i);
  }
  for (let i = 1, at = NODE_INTS; at < nodeInts.length; i++, at += NODE_INTS) {
    if (nodeInts[at + 2]! < 0 || !listWithin(nodeInts[at + 1]!, nodeInts[at + 2]!, n.edgeCount)) fail('node', i);
    if (!listWithin(nodeInts[at + 3]!, nodeInts[at + 4]!, n.edgeCount) || !listWithin(nodeInts[at + 5]!, nodeInts[at + 6]!, n.terminalCount)) fail('node', i);
  }
  for (let i = 0, at = 0; at < terminalInts.length; i++, at += TERMINAL_INTS) {
    const req = terminalInts[at + 3]!;
    const frame = terminalInts[at + 7]!;
    if (!within(terminalInts[at]!, n.entities) || !within(terminalInts[at + 1]!, n.strings) || (req !== -1 && !within(req, n.requires))) fail('terminal', i);
    if (frame !== -1 && (!within(frame >> 4, n.frames) || (frame & 15) >= 2 + MAX_GROUPS)) fail('terminal', i);
  }
  for (let i = 0, at = 0; at < firstInts.length; i++, at += FIRST_INTS) {
    if (!within(firstInts[at + 1]!, n.strings) || firstInts[at + 5]! < 0 || !listWithin(firstInts[at + 4]!, firstInts[at + 5]!, n.edgeCount)) fail('first word', i);
  }
  if (!listWithin(numberFirsts[0], numberFirsts[1], n.edgeCount)) fail('numberFirsts', 0);
}

/** The size of a hash table from its mask: a power of two, 16 to 2^26 slots. */
function tableSize(mask: unknown, what: string): number {
  const size = typeof mask === 'number' ? mask + 1 : NaN;
  if (!Number.isInteger(size) || size < 16 || size > 1 << 26 || (size & (size - 1)) !== 0) throw new CompiledIndexError(`${what} is no table size`);
  return size;
}

function stringArray(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) throw new CompiledIndexError(`${what} is not a list of strings`);
  return value as string[];
}

/** Decodes a base64 table of 32-bit ints whose length is a multiple of `stride`. */
function ints(value: unknown, what: string, stride: number): Int32Array {
  if (typeof value !== 'string') throw new CompiledIndexError(`${what} is not a string`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(value);
  } catch {
    throw new CompiledIndexError(`${what} is not base64`);
  }
  if (bytes.length % (4 * stride) !== 0) throw new CompiledIndexError(`${what} has a partial entry`);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

/** Base64 of the array's bytes (platform byte order: the index never leaves this machine). */
function toBase64(array: Int32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const fast = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  // A fresh buffer either way, so an Int32Array view of it starts aligned.
  if (fast) return fast(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
