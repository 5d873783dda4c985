/**
 * The mention engine: pure TypeScript shared by the content script, the popup, the scan CLI and
 * the benchmark. No DOM, no `browser`, no JSON. The alias language and the resolution rules are
 * documented in README.md beside this file.
 */
export type { IndexedEntity, MatcherEntity, Mention } from './types';
export type { MentionIndex } from './build-index';
export { buildIndex } from './build-index';
export {
  CompiledIndexError,
  INDEX_FORMAT,
  TrieNotLoadedError,
  compileIndex,
  loadCompiledIndex,
  needsTrieAtLoad,
  splitCompiledIndex,
  verifyCompiledIndex,
  type CompiledHead,
  type CompiledIndex,
  type CompiledTrie,
  type TrieSource,
} from './compiled-index';
export { findMentions } from './find-mentions';
export { gateKeysOf, type GateKeys } from './gate-keys';
export { indexMayName } from './may-name';
export { AliasSyntaxError, checkAlias } from './parse-alias';
