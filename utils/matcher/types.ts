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
  /** Ways an event is described rather than named (event-frames.ts); same language as aliases. */
  frames?: readonly EventFrame[];
}

/**
 * An event described rather than named: a trigger noun ("visit", "саммит", "यात्रा") that stands
 * for this event when every group of `with` is present in its window and nothing in its clause
 * says it is another one (an `against` phrase, another year, another ordinal, another possessor).
 */
export interface EventFrame {
  /** Phrases naming this kind of event: "visit", "state visit", "визит~", "शिखर सम्मेलन". */
  readonly triggers: readonly string[];
  /**
   * Every group must be present in the window: a mention of one of its `entities` (ids), or one of
   * its `phrases` ("Russian President", "India"). The first group is whose event it is: a
   * possessive before the trigger ("Modi's visit", "मोदी की यात्रा") must belong to it.
   */
  readonly with: readonly { readonly entities?: readonly string[]; readonly phrases?: readonly string[] }[];
  /** Years and ordinals the event may carry; another one in the trigger's clause is another event. */
  readonly when?: { readonly years?: readonly number[]; readonly ordinals?: readonly number[] };
  /** Phrases that, in the trigger's clause, make it another event: "visit to China", "last visit". */
  readonly against?: readonly string[];
  /** Where the groups are looked for: the trigger's sentence (the default) or its clause. */
  readonly window?: 'sentence' | 'clause';
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
