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
  /**
   * The entities of other packs that know one of this entity's names (its name or an alias, in
   * any case): the same person or event briefed by another story. Packs in order.
   */
  sameNamed(key: string): CatalogEntry[];
}

/** A name as two packs may both write it: case and surrounding space do not matter. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

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
    frames: entity.frames?.map((frame) => ({
      ...frame,
      with: frame.with.map((group) => ({ ...group, entities: group.entities?.map((id) => keys.get(`${pack.id}\u0000${id}`) ?? id) })),
    })),
  }));
  let byName: Map<string, CatalogEntry[]> | null = null;
  const namesOf = ({ entity }: CatalogEntry) => new Set([entity.name, ...entity.aliases].map(nameKey));
  const sameNamed = (key: string): CatalogEntry[] => {
    const entry = entries.get(key);
    if (!entry) return [];
    if (!byName) {
      byName = new Map();
      for (const other of entries.values()) {
        for (const name of namesOf(other)) {
          const named = byName.get(name);
          if (named) named.push(other);
          else byName.set(name, [other]);
        }
      }
    }
    const found = new Set<CatalogEntry>();
    for (const name of namesOf(entry)) for (const other of byName.get(name) ?? []) if (other.pack.id !== entry.pack.id) found.add(other);
    return [...entries.values()].filter((other) => found.has(other));
  };
  return {
    get: (key) => entries.get(key),
    entries: () => [...entries.values()],
    keyOf: (packId, entityId) => keys.get(`${packId}\u0000${entityId}`),
    matcherEntities,
    packs,
    sameNamed,
  };
}
