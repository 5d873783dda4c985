/**
 * Compiles the enabled packs into the one index every frame loads (pack-index-item.ts), so no
 * frame ever parses, validates or indexes a pack. The background calls `refreshPackIndex` when the
 * extension is installed or updated, whenever the stored packs change (an import, a removal, an
 * enable or disable, a settings file, an edit by hand), and when a frame finds the stored index
 * missing, stale or damaged. When the bundled pack is the only one enabled, the index compiled at
 * build time is stored as it is.
 */
import { storage } from '@wxt-dev/storage';
import bundledCompiledIndex from 'virtual:bundled-pack-index';
import { buildIndex, compileIndex, INDEX_FORMAT, splitCompiledIndex, verifyCompiledIndex, type CompiledIndex } from '../matcher';
import { bundledPack } from './bundled-pack';
import { buildCatalog } from './catalog';
import { PACK_GATE_KEY, PACK_INDEX_KEY, PACK_TRIE_KEY, trieOf, type StoredPackGate, type StoredPackIndex, type StoredPackTrie } from './pack-index-item';
import { enabledPacksIn, packsItem } from './pack-store';
import type { Pack } from './schema';
import { createWriteQueue } from '../write-queue';

export const packIndexItem = storage.defineItem<StoredPackIndex | null>(`local:${PACK_INDEX_KEY}`, { fallback: null });
export const packTrieItem = storage.defineItem<StoredPackTrie | null>(`local:${PACK_TRIE_KEY}`, { fallback: null });
export const packGateItem = storage.defineItem<StoredPackGate | null>(`local:${PACK_GATE_KEY}`, { fallback: null });

/** The index of `packs` under their catalog keys (the keys the card and the popup use). */
export function compilePacks(packs: readonly Pack[]): CompiledIndex {
  if (packs.length === 1 && packs[0] === bundledPack) return bundledCompiledIndex;
  return compileIndex(buildIndex(buildCatalog(packs).matcherEntities));
}

/** 53-bit string hash (cyrb53), as 14 hex digits. Identifies inputs; not a security measure. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0) & 0x1fffff).toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Of this version and format, its trie the one compiled with it, undamaged all through (a frame finds trie damage only when it scans). */
function isSound(stored: StoredPackIndex, trie: unknown, version: string): boolean {
  if (stored.format !== INDEX_FORMAT || stored.version !== version) return false;
  try {
    verifyCompiledIndex({ ...stored.index, ...trieOf(trie, stored.source) });
    return true;
  } catch {
    return false;
  }
}

let bundledStamp: string | undefined;

/** What an index compiled from this raw `local:packs` value, with this build's bundled pack, is compiled from. */
export function packsFingerprint(rawPacks: unknown): string {
  bundledStamp ??= fingerprint(JSON.stringify(bundledPack));
  return fingerprint(`${INDEX_FORMAT}\u0000${bundledStamp}\u0000${JSON.stringify(rawPacks ?? null)}`);
}

const queued = createWriteQueue();

/**
 * Makes the stored index match the stored packs and this version: compiles and writes it when it
 * is missing, of another format or version, damaged, or compiled from other packs. Resolves to
 * whether it wrote. Calls run one after another, so a burst of pack changes ends in the index of
 * the last one.
 */
export function refreshPackIndex(version: string): Promise<boolean> {
  return queued(async () => {
    const raw = await packsItem.getValue();
    const source = packsFingerprint(raw);
    const [stored, trie, gate] = await Promise.all([packIndexItem.getValue(), packTrieItem.getValue(), packGateItem.getValue()]);
    if (stored?.source === source && gate?.source === source && isSound(stored, trie, version)) return false;
    const { head: { gate: keys, ...head }, trie: trieParts } = splitCompiledIndex(compilePacks(enabledPacksIn(raw)));
    // One write, so a frame never reads a head with another index's trie or gate.
    await storage.setItems([
      { item: packIndexItem, value: { format: INDEX_FORMAT, version, source, index: head } },
      { item: packTrieItem, value: { source, trie: trieParts } },
      { item: packGateItem, value: { source, gate: keys } },
    ]);
    return true;
  });
}
