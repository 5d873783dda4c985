/**
 * Compiles the bundled pack's mention index at build time: a Vite plugin serving the virtual module
 * `virtual:bundled-pack-index`, whose default export is the compiled index (CompiledIndex) of
 * data/briefing-pack.json under its catalog keys. The background stores it as is when the bundled
 * pack is the only one enabled, so no browser ever builds that index. Used by wxt.config.ts and
 * vitest.config.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildIndex, compileIndex } from '../../utils/matcher';
import { buildCatalog } from '../../utils/pack/catalog';
import { BUNDLED_PACK_FILE, requireValidPack } from '../../utils/pack/bundled-pack';

const ID = 'virtual:bundled-pack-index';
const RESOLVED = `\0${ID}`;

export function bundledIndexPlugin(root: string): Plugin {
  const file = resolve(root, BUNDLED_PACK_FILE);
  return {
    name: 'contextual-briefings:bundled-pack-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(file);
      const pack = requireValidPack(JSON.parse(readFileSync(file, 'utf8')), BUNDLED_PACK_FILE);
      const index = compileIndex(buildIndex(buildCatalog([pack]).matcherEntities));
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
