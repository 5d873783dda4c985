/**
 * Where the compiled index lives in `storage.local` (pack-index-item.ts), in a module of its own
 * that imports nothing: the per-frame bootstrap reads these keys without loading the matcher.
 */

/** The head's key (the item `local:packIndex` in pack-index.ts). */
export const PACK_INDEX_KEY = 'packIndex';
/** The trie's key (the item `local:packTrie`). */
export const PACK_TRIE_KEY = 'packTrie';
/** The name gate's keys (the item `local:packGate`), which every frame's bootstrap reads alone. */
export const PACK_GATE_KEY = 'packGate';
