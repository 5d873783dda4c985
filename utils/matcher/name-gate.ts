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
  byKey: readonly number[];
  prefixes: string;
  startSingles: string;
  anywhereSingles: string;
  /** How many "one of these" sets follow the keys as ids of their own (an event frame's triggers). */
  setCount?: number;
  /** Per key, the sets it belongs to: offsets (one per key, then the end), then the lists. */
  sets?: readonly number[];
}

/** Whether a text may name anyone. */
export type NameGate = (text: string) => boolean;

const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const FINAL_SIGMA = /ς/g;

/**
 * Bits of the prefix table. At a pair's slot: some key of that kind (STARTS, ANYWHERE) of two or
 * more units begins with these two units, and (shifted by EXACT_PAIR_SHIFT) some key is exactly
 * these two. At a triple's slot, shifted by TRIPLE_SHIFT: some key begins with these three.
 */
export const STARTS = 1;
export const ANYWHERE = 2;
export const TRIPLE_SHIFT = 2;
export const EXACT_PAIR_SHIFT = 4;
/** Added to every slot of the stored table (gate-keys.ts): a bit above all of the above, even shifted. */
export const PREFIX_OFFSET = 0x40;

/** A slot of a prefix table of `2 ** (32 - shift)` for two units, mixed so that keys in any script spread over it. */
export const pairSlot = (a: number, b: number, shift: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> shift;
/** The slot of three units (another mix, so a triple and a pair rarely share one). */
export const tripleSlot = (a: number, b: number, c: number, shift: number) => Math.imul(Math.imul((a << 16) | b, 0x85ebca6b) ^ c, 0x9e3779b1) >>> shift;

/** ASCII and Latin-1 letters and digits: after one of them no word starts. */
function isLatinWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/**
 * The first index in `keys[lo..hi)` whose unit at `at` is at least `c` (or, with `after`, above
 * it). Every key in the range is longer than `at`, and the range is sorted by that unit.
 */
function unitBound(keys: readonly string[], lo: number, hi: number, at: number, c: number, after: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = keys[mid]!.charCodeAt(at);
    if (u < c || (after && u === c)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The gate for these keys; with none (null) every text may name someone. Making it builds
 * nothing: the prefix table comes stored, as a string; a word that starts like a key (its first
 * two units, then its third, unless the key is two units long) is looked up in the sorted keys
 * by halving, and the phrases of a key found come from the stored `byKey`. A frame runs all this
 * cold, where every loop over the pack's keys and every needless look-up would cost.
 */
export function nameGate(stored: StoredGateKeys | null): NameGate {
  if (!stored) return () => true;
  const { starts, anywhere, phrases, byKey, prefixes, startSingles, anywhereSingles, sets } = stored;
  const keyCount = starts.length + anywhere.length;
  const idCount = keyCount + (stored.setCount ?? 0);
  // The table's length is a power of two: the slot is the hash's top bits.
  const shift = Math.clz32(prefixes.length) + 1;
  // The keys found in the current text are the ones stamped with its call number.
  let stamp: Int32Array | null = null;
  let call = 0;

  /** Stamps key (or set) `id` as found, and the sets a key is one of; true when that completes a phrase. */
  const found = (id: number): boolean => {
    stamp ??= new Int32Array(idCount);
    if (stamp[id] === call) return false;
    stamp[id] = call;
    for (let k = byKey[id]!; k < byKey[id + 1]!; k++) {
      const p = byKey[k]!;
      let j = phrases[p]!;
      while (j > 0 && stamp[phrases[p + j]!] === call) j--;
      if (j === 0) return true;
    }
    if (sets && id < keyCount) for (let k = sets[id]!; k < sets[id + 1]!; k++) if (found(sets[k]!)) return true;
    return false;
  };
  /**
   * Whether a key of `keys` (ids from `base`) that the text holds at `i` completes a phrase. The
   * keys sharing the text's next n units are one run of the sorted list, narrowed unit by unit; a
   * key exactly n long is the run's first.
   */
  const keysAt = (keys: readonly string[], base: number, text: string, i: number): boolean => {
    let lo = 0;
    let hi = keys.length;
    for (let at = 0; lo < hi && i + at < text.length; at++) {
      if (keys[lo]!.length === at) lo++;
      const c = text.charCodeAt(i + at);
      lo = unitBound(keys, lo, hi, at, c, false);
      hi = unitBound(keys, lo, hi, at, c, true);
      if (lo < hi && keys[lo]!.length === at + 1 && found(base + lo)) return true;
    }
    return false;
  };

  return (input) => {
    const text = gateText(input);
    call++;
    let atStart = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Most positions stop at the pair; a pair some key starts with is checked on its third unit.
      let bits = 0;
      if (i + 1 < text.length) {
        const b = text.charCodeAt(i + 1);
        const pair = prefixes.charCodeAt(pairSlot(c, b, shift));
        if (pair & (atStart ? STARTS | ANYWHERE : ANYWHERE)) {
          bits = pair >> EXACT_PAIR_SHIFT;
          if (i + 2 < text.length) bits |= prefixes.charCodeAt(tripleSlot(c, b, text.charCodeAt(i + 2), shift)) >> TRIPLE_SHIFT;
          bits &= pair;
        }
      }
      if (atStart && (bits & STARTS || (startSingles !== '' && startSingles.includes(text[i]!))) && keysAt(starts, 0, text, i)) return true;
      if ((bits & ANYWHERE || (anywhereSingles !== '' && anywhereSingles.includes(text[i]!))) && keysAt(anywhere, starts.length, text, i)) return true;
      atStart = !isLatinWordUnit(c);
    }
    return false;
  };
}

/**
 * The loose gate says "maybe" at once when the text's length times the number of keys is over
 * this: about a millisecond of searching (32 KB of text for the bundled pack's 234 keys, 1.6 KB
 * for 5,000 keys), beyond which the walk with the exact gate costs less.
 */
const LOOSE_WORK_MAX = 8_000_000;

/**
 * A looser gate for a whole frame's text at once, from the same keys: whether the text holds every
 * key of some phrase anywhere, word start or not. It says "maybe" wherever `nameGate` says it of a
 * piece of the text, and more often. Each key is looked for at most once, by the engine's own
 * substring search: unlike the walk and the unit-by-unit scan, that costs no more in a frame's
 * first, cold run, and a frame that names nobody is ruled out at a cost of about 35 µs per
 * kilobyte of text for the bundled pack's keys.
 */
export function looseNameGate(stored: StoredGateKeys | null): NameGate {
  if (!stored) return () => true;
  const { starts, anywhere, phrases, sets } = stored;
  const keyCount = starts.length + anywhere.length;
  const idCount = keyCount + (stored.setCount ?? 0);
  return (input) => {
    if (input.length * keyCount > LOOSE_WORK_MAX) return true;
    const text = gateText(input);
    // Per key or set: 0 not looked for yet, 1 in the text, 2 not in it.
    const held = new Uint8Array(idCount);
    /** Whether key or set `id` is in the text; undefined for a key that is not a string. */
    const holds = (id: number): boolean | undefined => {
      if (held[id] === 0) {
        if (id >= keyCount) {
          // A set is held when one of its keys is (the keys list the sets they are in).
          held[id] = 2;
          for (let key = 0; key < keyCount && sets; key++) {
            for (let k = sets[key]!; k < sets[key + 1]!; k++) {
              if (sets[k] !== id) continue;
              const has = holds(key);
              if (has === undefined) return undefined;
              if (has) held[id] = 1;
            }
          }
        } else {
          const key: unknown = id < starts.length ? starts[id] : anywhere[id - starts.length];
          if (typeof key !== 'string') return undefined;
          held[id] = text.includes(key) ? 1 : 2;
        }
      }
      return held[id] === 1;
    };
    for (let p = 0; p < phrases.length; p += phrases[p]! + 1) {
      // Only the stored keys' shape was checked: a phrase list that would not move on says "maybe".
      if (!(phrases[p]! >= 0)) return true;
      const end = p + phrases[p]!;
      let j = p + 1;
      for (; j <= end; j++) {
        const has = holds(phrases[j]!);
        // Likewise a key that is not a string.
        if (has === undefined) return true;
        if (!has) break;
      }
      if (j > end) return true;
    }
    return false;
  };
}

/** A text as the gates compare it: without ignorable units, lower-cased, with ς as σ. */
function gateText(input: string): string {
  let text = IGNORABLE.test(input) ? input.replace(IGNORABLES, '') : input;
  text = text.toLowerCase();
  if (text.includes('ς')) text = text.replace(FINAL_SIGMA, 'σ');
  return text;
}

/**
 * Whether `value` has the shape of stored gate keys (else the gate lets everything through). Only
 * the shape is checked, in constant time, since this runs cold in every frame: the background
 * writes the keys from the packs (gate-keys.ts), and a gate that throws says "maybe" (the
 * content script wraps it).
 */
export function isStoredGateKeys(value: unknown): value is StoredGateKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { starts, anywhere, phrases, byKey, prefixes, startSingles, anywhereSingles, setCount = 0, sets } = value as Partial<StoredGateKeys>;
  if (!Array.isArray(starts) || !Array.isArray(anywhere) || !Array.isArray(phrases) || !Array.isArray(byKey)) return false;
  if (typeof prefixes !== 'string' || typeof startSingles !== 'string' || typeof anywhereSingles !== 'string') return false;
  const keyCount = starts.length + anywhere.length;
  const idCount = keyCount + setCount;
  if (!Number.isInteger(setCount) || setCount < 0 || (sets !== undefined && (!Array.isArray(sets) || sets[0] !== keyCount + 1 || sets[keyCount] !== sets.length))) return false;
  return prefixes.length >= 2 && (prefixes.length & (prefixes.length - 1)) === 0 && byKey[0] === idCount + 1 && byKey[idCount] === byKey.length;
}
