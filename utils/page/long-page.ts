/**
 * Whether this document is long enough that its own first render keeps the main thread busy for a
 * while: read from the navigation's decoded body size, which costs nothing to ask. (A page built
 * by script after load is not seen as long; it then only waits for the trie as any page does.)
 */

/** A document above this many decoded bytes is taken as long (a long live blog is megabytes). */
export const LONG_PAGE_BYTES = 512 * 1024;

export function isLongPage(perf: Pick<Performance, 'getEntriesByType'> = performance): boolean {
  const entry = perf.getEntriesByType('navigation')[0] as { decodedBodySize?: number } | undefined;
  return (entry?.decodedBodySize ?? 0) > LONG_PAGE_BYTES;
}
