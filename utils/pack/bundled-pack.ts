/**
 * The pack that ships inside the extension. It is validated when the extension is built (the
 * `build:before` hook in wxt.config.ts) and by the tests, so a bad `data/briefing-pack.json` fails
 * the build instead of reaching a page — and no page pays for validating it again at start-up.
 */
import rawBundledPack from '../../data/briefing-pack.json';
import type { Pack } from './schema';
import { formatPackIssues, validatePack } from './validate-pack';

/** Returns `raw` as a `Pack`, or throws an error that names `source` and lists what is wrong. */
export function requireValidPack(raw: unknown, source: string): Pack {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(`${source} is not a valid briefing pack:\n${formatPackIssues(result.issues)}`);
  return result.pack;
}

/** The bundled JSON as a `Pack`: checked at build time, see above. */
export const bundledPack = rawBundledPack as unknown as Pack;

/** The path the build hook and the tests validate. */
export const BUNDLED_PACK_FILE = 'data/briefing-pack.json';
