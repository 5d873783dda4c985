import type { Pack } from '../pack/schema';

/**
 * A pack as pretty JSON, as `packToJson` in utils/pack/pack-store.ts writes it; repeated here because
 * pack-store imports browser storage, which neither the CLI nor the drafting module may load.
 */
export function packToJsonText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
