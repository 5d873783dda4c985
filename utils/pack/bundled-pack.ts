/**
 * The pack that ships inside the extension. It is validated once, when this module loads, so a bad
 * `data/briefing-pack.json` fails the tests and the build instead of reaching a page.
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

export const bundledPack: Pack = requireValidPack(rawBundledPack, 'data/briefing-pack.json');
