/**
 * The compiled mention index of the enabled packs, as every frame reads it: one value in
 * `storage.local`, written by the background (see pack-index.ts) and loaded by content scripts
 * without parsing a pack, validating one or building an index. Only this module and the matcher's
 * loader are on the content script's path; pack JSON, the schema and the validator are not.
 */
import { INDEX_FORMAT, loadCompiledIndex, type CompiledIndex, type MentionIndex } from '../matcher';

/** Its key in `storage.local` (the item `local:packIndex` in pack-index.ts). */
export const PACK_INDEX_KEY = 'packIndex';

/** What `local:packIndex` holds. */
export interface StoredPackIndex {
  /** `INDEX_FORMAT` of the code that compiled it. */
  format: number;
  /** The extension version that compiled it: its bundled pack is part of the index. */
  version: string;
  /** Fingerprint of what it was compiled from (see `packsFingerprint`). */
  source: string;
  index: CompiledIndex;
}

/**
 * The stored index as the scanner's index, or null when there is none, when it was compiled by
 * another version or format, or when it is damaged: the caller then asks the background to
 * compile it again (`refresh-pack-index`) and waits for the new value.
 */
export function loadStoredPackIndex(stored: unknown, version: string): MentionIndex | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { format, version: compiledBy, index } = stored as Partial<StoredPackIndex>;
  if (format !== INDEX_FORMAT || compiledBy !== version) return null;
  try {
    return loadCompiledIndex(index);
  } catch {
    return null;
  }
}
