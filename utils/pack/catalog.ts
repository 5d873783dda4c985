/**
 * The entities of every enabled pack, under one key space for the matcher and the card. An entity
 * keeps its own id unless an earlier pack already uses it; then it becomes `<pack id>/<entity id>`.
 * So the bundled pack's fixed ids (`vladimir-putin`, …) are what pages, tests and tools see, and a
 * user's pack can never shadow or be shadowed silently.
 */
import type { MatcherEntity } from '../matcher';
import type { Entity, Pack } from './schema';

export interface CatalogEntry {
  key: string;
  entity: Entity;
  pack: Pack;
}

export interface Catalog {
  get(key: string): CatalogEntry | undefined;
  /** Every entry, packs in order, entities in pack order. */
  entries(): CatalogEntry[];
  /** The key of an entity, given its pack and its id inside that pack. */
  keyOf(packId: string, entityId: string): string | undefined;
  /** What the matcher indexes: one entry per entity, `id` being the catalog key. */
  matcherEntities: MatcherEntity[];
  packs: readonly Pack[];
}

export function buildCatalog(packs: readonly Pack[]): Catalog {
  const entries = new Map<string, CatalogEntry>();
  const keys = new Map<string, string>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      const key = entries.has(entity.id) ? `${pack.id}/${entity.id}` : entity.id;
      if (entries.has(key)) continue; // the same pack twice: the first copy wins
      entries.set(key, { key, entity, pack });
      keys.set(`${pack.id}\u0000${entity.id}`, key);
    }
  }
  const matcherEntities = [...entries.values()].map(({ key, entity, pack }) => ({
    id: key,
    kind: entity.kind,
    aliases: entity.aliases,
    exclusions: entity.exclusions,
    // A context alias requires entities of its own pack: name them by their catalog keys.
    contextAliases: entity.contextAliases && {
      requires: entity.contextAliases.requires.map((id) => keys.get(`${pack.id}\u0000${id}`) ?? id),
      aliases: entity.contextAliases.aliases,
    },
  }));
  return {
    get: (key) => entries.get(key),
    entries: () => [...entries.values()],
    keyOf: (packId, entityId) => keys.get(`${packId}\u0000${entityId}`),
    matcherEntities,
    packs,
  };
}
