/** The bundled pack's index, compiled at build time (scripts/build/bundled-index-plugin.ts). */
declare module 'virtual:bundled-pack-index' {
  import type { CompiledIndex } from '../matcher';

  const index: CompiledIndex;
  export default index;
}
