/**
 * Readability's quick "does this look like an article?" test on its own: the package's index
 * bundles the whole Readability parser with it, which the probe the popup injects on every opening
 * does not need (the probe is 2 kB instead of 35 kB).
 */
// @ts-expect-error -- the file is CommonJS with no types of its own; its signature is the index's.
import readerable from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Signature } from '@mozilla/readability';

export const isProbablyReaderable = readerable as typeof Signature;
