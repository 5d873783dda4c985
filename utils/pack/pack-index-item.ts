/**
 * The compiled mention index of the enabled packs, as frames read it from `storage.local`,
 * written by the background (see pack-index.ts) and loaded by content scripts without parsing a
 * pack, validating one or building an index. It is stored in three parts: the name gate's keys
 * (`packGate`), which every frame's bootstrap reads; the head (`packIndex`, about 11 KB for the
 * bundled pack: entities, first words, pairs, filter), which a frame reads once its text passes the
 * gate; and the trie (`packTrie`, about 260 KB), which a frame reads only when its text first names
 * a word that starts a phrase. Most frames read only the gate. Only this module and the matcher's
 * loader are on the content script's path; pack JSON, the schema and the validator are not.
 */
import type { GateKeys } from '../matcher/gate-keys';
import { CompiledIndexError, INDEX_FORMAT, loadCompiledIndex, needsTrieAtLoad, type CompiledHead, type CompiledTrie, type MentionIndex, type TrieSource } from '../matcher';

export { PACK_GATE_KEY, PACK_INDEX_KEY, PACK_TRIE_KEY } from './pack-index-keys';

/** What `local:packIndex` holds. */
export interface StoredPackIndex {
  /** `INDEX_FORMAT` of the code that compiled it. */
  format: number;
  /** The extension version that compiled it: its bundled pack is part of the index. */
  version: string;
  /** Fingerprint of what it was compiled from (see `packsFingerprint`); the trie carries the same. */
  source: string;
  /** Its gate's keys are stored apart (`StoredPackGate`). */
  index: Omit<CompiledHead, 'gate'>;
}

/**
 * What `local:packGate` holds: the name gate's keys of the index compiled from `source`, apart
 * from the head so that a frame's bootstrap reads only them (null: the gate admits every text).
 */
export interface StoredPackGate {
  source: string;
  gate: GateKeys | null;
}

/** What `local:packTrie` holds. */
export interface StoredPackTrie {
  source: string;
  trie: CompiledTrie;
}

/**
 * The stored head as the scanner's index, or null when there is none, when it was compiled by
 * another version or format, or when it is damaged: the caller then asks the background to
 * compile it again (`refresh-pack-index`) and waits for the new value. `trie` gets the trie when
 * the scanner first needs it; with no `trie`, `stored.index` must hold the trie's fields too.
 */
export function loadStoredPackIndex(stored: unknown, version: string, trie?: TrieSource): MentionIndex | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { format, version: compiledBy, index } = stored as Partial<StoredPackIndex>;
  if (format !== INDEX_FORMAT || compiledBy !== version) return null;
  try {
    return loadCompiledIndex(index, trie);
  } catch {
    return null;
  }
}

/** The trie part of a stored `packTrie` value, if it belongs to the head compiled from `source`. */
export function trieOf(stored: unknown, source: string): CompiledTrie {
  const value = stored as Partial<StoredPackTrie> | null | undefined;
  if (typeof value !== 'object' || value === null || value.source !== source || typeof value.trie !== 'object') {
    throw new CompiledIndexError('the stored trie is missing or belongs to another index');
  }
  return value.trie;
}

/**
 * A frame's index from the stored head, with `readTrie` (a read of `packTrie`) called when the
 * scanner first needs the trie, or at once for an index that needs it to load. Null as
 * `loadStoredPackIndex` says.
 */
export async function loadPackIndex(head: unknown, version: string, readTrie: () => Promise<unknown>): Promise<MentionIndex | null> {
  if (typeof head !== 'object' || head === null) return null;
  const stored = head as StoredPackIndex;
  const trie = async () => trieOf(await readTrie(), stored.source);
  if (!needsTrieAtLoad(stored.index)) return loadStoredPackIndex(stored, version, trie);
  try {
    return loadStoredPackIndex({ ...stored, index: { ...stored.index, ...(await trie()) } }, version);
  } catch {
    return null;
  }
}
