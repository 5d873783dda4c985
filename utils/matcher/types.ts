/** What an index keeps of each entity: enough to name and sort what it finds. */
export interface IndexedEntity {
  id: string;
  kind: 'person' | 'event' | 'organization' | 'place' | 'topic';
}

/** What the engine needs of a pack entity; `Entity` from the pack schema satisfies it. */
export interface MatcherEntity extends IndexedEntity {
  /** Phrases in the alias language (README.md). */
  aliases: readonly string[];
  /** Phrases naming someone or something else ("Lalit Modi"); same language as aliases. */
  exclusions?: readonly string[];
  /**
   * Phrases that name this entity only in a block that also mentions one of the entities whose
   * ids `requires` lists: "a two-day visit to India" is Putin's visit beside Putin, and anyone's
   * elsewhere. Same language as aliases.
   */
  contextAliases?: { readonly requires: readonly string[]; readonly aliases: readonly string[] };
}

/** One mention of a pack entity in a text. */
export interface Mention {
  entityId: string;
  kind: MatcherEntity['kind'];
  /** UTF-16 offset of the first unit of the mention in the input text. */
  start: number;
  /** UTF-16 offset just past the mention. */
  end: number;
  /** `input.slice(start, end)`: the name as the page writes it, without title or possessive. */
  text: string;
  /** The pack alias (as written in the pack) that matched. */
  alias: string;
}
