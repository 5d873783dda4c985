/**
 * The name gate: whether a text may name anyone, from the gate's keys alone (gate-keys.ts), with
 * no index, trie or scanner. It runs in every frame before anything else is loaded, so it is
 * small, imports nothing, and errs only towards "maybe": a text the scanner would find a name in
 * always passes; a text that passes may still name nobody ("modify" holds the key of "Modi").
 *
 * The text is compared lower-cased by `toLowerCase`, without the units the scanner ignores (soft
 * hyphen, zero-width spaces and joiners, BOM), with ς as σ. A word starts after anything but an
 * ASCII or Latin-1 letter or digit: every unit the scanner calls a separator is one, so every
 * place a match can start is tested.
 */

/** The keys as the index stores them (`GateKeys` in gate-keys.ts). */
export interface StoredGateKeys {
  starts: readonly string[];
  anywhere: readonly string[];
  phrases: readonly number[];
}

/** Whether a text may name anyone. */
export type NameGate = (text: string) => boolean;

const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const FINAL_SIGMA = /ς/g;

/** Bits of the pair table: some key of that kind starts with these two units. */
const STARTS = 1;
const ANYWHERE = 2;

interface KeyGroup {
  ids: Map<string, number>;
  /** Distinct key lengths of two units or more, shortest first. */
  lengths: number[];
  /** One-unit keys, by their unit. */
  singles: Map<number, number>;
}

/**
 * The pair table has 16 slots per key (few false hits), at least 1,024 and at most 65,536: every
 * frame allocates it, so a small pack's stays small.
 */
function pairTableBits(keys: number): number {
  let bits = 10;
  while (bits < 16 && 1 << bits < keys * 16) bits++;
  return bits;
}

/** A slot of a pair table of `2 ** bits` for two units, mixed so that keys in any script spread over it. */
const pairSlot = (a: number, b: number, shift: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> shift;

/** ASCII and Latin-1 letters and digits: after one of them no word starts. */
function isLatinWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** Marks in `pairs` the first two units of each key of two or more; returns the one-unit keys' units. */
function markPairs(keys: readonly string[], pairs: Uint8Array, shift: number, bit: number): Set<number> {
  const singles = new Set<number>();
  for (const key of keys) {
    if (key.length === 1) singles.add(key.charCodeAt(0));
    else pairs[pairSlot(key.charCodeAt(0), key.charCodeAt(1), shift)]! |= bit;
  }
  return singles;
}

function keyGroup(keys: readonly string[], firstId: number): KeyGroup {
  const lengths = new Set<number>();
  const singles = new Map<number, number>();
  const ids = new Map<string, number>();
  keys.forEach((key, i) => {
    ids.set(key, firstId + i);
    if (key.length === 1) singles.set(key.charCodeAt(0), firstId + i);
    else lengths.add(key.length);
  });
  return { ids, lengths: [...lengths].sort((a, b) => a - b), singles };
}

/**
 * The gate for these keys; with none (null) every text may name someone. Only the pair table is
 * made at once: most frames' text never starts a word with the first two letters of a key, and
 * those frames never build the key maps.
 */
export function nameGate(stored: StoredGateKeys | null): NameGate {
  if (!stored) return () => true;
  const keyCount = stored.starts.length + stored.anywhere.length;
  const shift = 32 - pairTableBits(keyCount);
  const pairs = new Uint8Array(1 << (32 - shift));
  const startSingles = markPairs(stored.starts, pairs, shift, STARTS);
  const anySingles = markPairs(stored.anywhere, pairs, shift, ANYWHERE);
  const someStartSingle = startSingles.size > 0;
  const someAnySingle = anySingles.size > 0;
  const { phrases } = stored;
  let lookup: { starts: KeyGroup; anywhere: KeyGroup; keyPhrases: number[][]; stamp: Int32Array } | null = null;
  const tables = () => {
    if (lookup) return lookup;
    // The phrases each key takes part in, by the offset of their count in `phrases`.
    const keyPhrases: number[][] = Array.from({ length: keyCount }, () => []);
    for (let p = 0; p < phrases.length; p += phrases[p]! + 1) for (let j = 1; j <= phrases[p]!; j++) keyPhrases[phrases[p + j]!]!.push(p);
    return (lookup = {
      starts: keyGroup(stored.starts, 0),
      anywhere: keyGroup(stored.anywhere, stored.starts.length),
      keyPhrases,
      stamp: new Int32Array(keyCount),
    });
  };
  // The keys found in the current text are the ones stamped with its call number.
  let call = 0;

  /** Stamps key `id` as found; true when that completes one of its phrases. */
  const found = (id: number): boolean => {
    const { stamp, keyPhrases } = tables();
    if (stamp[id] === call) return false;
    stamp[id] = call;
    for (const p of keyPhrases[id]!) {
      let j = phrases[p]!;
      while (j > 0 && stamp[phrases[p + j]!] === call) j--;
      if (j === 0) return true;
    }
    return false;
  };
  const keysAt = (group: KeyGroup, text: string, i: number, c: number): boolean => {
    const single = group.singles.get(c);
    if (single !== undefined && found(single)) return true;
    for (const length of group.lengths) {
      if (i + length > text.length) return false;
      const id = group.ids.get(text.slice(i, i + length));
      if (id !== undefined && found(id)) return true;
    }
    return false;
  };

  return (input) => {
    let text = IGNORABLE.test(input) ? input.replace(IGNORABLES, '') : input;
    text = text.toLowerCase();
    if (text.includes('ς')) text = text.replace(FINAL_SIGMA, 'σ');
    call++;
    let atStart = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const pair = i + 1 < text.length ? pairs[pairSlot(c, text.charCodeAt(i + 1), shift)]! : 0;
      if (atStart && (pair & STARTS || (someStartSingle && startSingles.has(c))) && keysAt(tables().starts, text, i, c)) return true;
      if ((pair & ANYWHERE || (someAnySingle && anySingles.has(c))) && keysAt(tables().anywhere, text, i, c)) return true;
      atStart = !isLatinWordUnit(c);
    }
    return false;
  };
}

/** Whether `value` is well-formed stored gate keys (else the gate lets everything through). */
export function isStoredGateKeys(value: unknown): value is StoredGateKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { starts, anywhere, phrases } = value as Partial<StoredGateKeys>;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((key) => typeof key === 'string' && key.length > 0);
  if (!strings(starts) || !strings(anywhere) || !Array.isArray(phrases)) return false;
  const keyCount = starts.length + anywhere.length;
  for (let p = 0; p < phrases.length; p += phrases[p] + 1) {
    const count: unknown = phrases[p];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || p + count >= phrases.length) return false;
    for (let j = 1; j <= count; j++) {
      const id: unknown = phrases[p + j];
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= keyCount) return false;
    }
  }
  return true;
}
