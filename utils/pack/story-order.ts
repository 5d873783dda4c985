/**
 * Which story's briefing a shared name shows first. When two active packs know the same name, the
 * card shows each briefing under its story; the story with more of its other entities on the page
 * comes first, since the page is most likely about that story. Ties keep the packs' order.
 */
import type { Catalog, CatalogEntry } from './catalog';

/** How many of `entry`'s pack's other entities the page mentions. */
export function storyPresence(entry: CatalogEntry, catalog: Pick<Catalog, 'get'>, counts: Readonly<Record<string, number>>): number {
  let present = 0;
  for (const [key, count] of Object.entries(counts)) {
    if (count <= 0 || key === entry.key) continue;
    if (catalog.get(key)?.pack.id === entry.pack.id) present++;
  }
  return present;
}

/** `entries` (one name, several stories), the story most present on the page first. */
export function orderByStory(entries: readonly CatalogEntry[], catalog: Pick<Catalog, 'get'>, counts: Readonly<Record<string, number>>): CatalogEntry[] {
  const scored = entries.map((entry, at) => ({ entry, at, present: storyPresence(entry, catalog, counts) }));
  scored.sort((a, b) => b.present - a.present || a.at - b.at);
  return scored.map(({ entry }) => entry);
}
