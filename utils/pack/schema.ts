/**
 * The briefing-pack format, version 1. This file is the single source of truth for what a pack
 * may contain; `data/README.md` documents every field in prose. Pack JSON enters the extension as
 * `unknown` and becomes a `Pack` only through `validatePack` (see `validate-pack.ts`).
 */
import * as v from 'valibot';

/** Limits that keep a pack from making the extension slow or the card unreadable. */
export const PACK_LIMITS = {
  /** Serialized size of a whole pack, in UTF-16 code units. */
  maxPackChars: 2_000_000,
  maxEntities: 2_000,
  maxAliasesPerEntity: 64,
  maxAliasChars: 120,
  maxSentences: 2_000,
  maxSentenceChars: 2_000,
  maxShortText: 200,
  maxLongText: 1_200,
  maxListItems: 50,
  /** Event frames of one entity, and groups of one frame. */
  maxFrames: 8,
  maxFrameGroups: 8,
  /**
   * Levels of objects and lists inside the pack. The format itself needs 8
   * (`entities[0].frames[0].with[0].phrases[0]`); anything much deeper is not a pack, and refusing it early
   * keeps the validator's walk and `JSON.stringify` off the call stack's limit.
   */
  maxNesting: 12,
} as const;

import { ENTITY_KINDS } from './entity-kinds';

export { ENTITY_KINDS, type EntityKind } from './entity-kinds';

/** Lower-case words joined by single hyphens: `andrei-belousov`, `putin-india-visit`. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Pack strings are shown as text, never parsed as HTML, but markup in them is a sign of a bad pack.
 * `[^<>]` rather than `[^>]` keeps the search linear: on "<a<a<a…" without a `>` the looser class
 * rescanned the rest of the string from every `<` (minutes for a 1 MB title).
 */
const MARKUP_PATTERN = /<\/?[a-z!?][^<>]*>/i;
/**
 * Script URLs have no place in pack text either; browsers ignore whitespace inside the scheme
 * ("java\tscript:"), so the pattern does too.
 */
const SCRIPT_URL_PATTERN = /(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i;

const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !MARKUP_PATTERN.test(s), 'must be plain text (it contains markup)'),
    v.check((s) => !SCRIPT_URL_PATTERN.test(s), 'must be plain text (it contains a "javascript:" URL)'),
  );

const id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens, like "andrei-belousov"'),
  v.maxLength(80, 'must be at most 80 characters'),
);

const sentenceRefs = v.pipe(
  v.array(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'))),
  v.maxLength(PACK_LIMITS.maxListItems, `must list at most ${PACK_LIMITS.maxListItems} sentences`),
);

/** An ISO calendar date (`2025-12-04`); `--12-04` when the article gives no year. */
const isoDate = v.pipe(
  v.string(),
  v.regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/, 'must be a date like "2025-12-04", or "--12-04" when the year is unknown'),
);

export const TimelineEntrySchema = v.strictObject({
  /** How the article states the time, shown as is: "December 4–5". */
  when: plainText(PACK_LIMITS.maxShortText),
  /** Machine-readable start and end, only as precise as the article is. */
  start: v.optional(isoDate),
  end: v.optional(isoDate),
  label: plainText(PACK_LIMITS.maxShortText),
  entities: v.pipe(v.array(id), v.maxLength(PACK_LIMITS.maxListItems)),
  sources: sentenceRefs,
});

const aliasList = (field: string, min: number) =>
  v.pipe(
    v.array(plainText(PACK_LIMITS.maxAliasChars)),
    v.minLength(min, `must list at least ${min} ${field}`),
    v.maxLength(PACK_LIMITS.maxAliasesPerEntity, `must list at most ${PACK_LIMITS.maxAliasesPerEntity} ${field}`),
  );

const wholeNumbers = (min: number, max: number) =>
  v.pipe(
    v.array(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min, `must be ${min} or more`), v.maxValue(max, `must be ${max} or less`))),
    v.maxLength(PACK_LIMITS.maxListItems, `must list at most ${PACK_LIMITS.maxListItems} numbers`),
  );

/**
 * An event described rather than named (utils/matcher/event-frames.ts): a trigger ("visit") is
 * the event when every group of `with` is present in its window and nothing says it is another.
 */
export const EventFrameSchema = v.strictObject({
  triggers: aliasList('triggers', 1),
  with: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({
          entities: v.optional(v.pipe(v.array(id), v.maxLength(PACK_LIMITS.maxListItems, `must list at most ${PACK_LIMITS.maxListItems} entities`))),
          phrases: v.optional(aliasList('phrases', 0)),
        }),
        v.check((g) => (g.entities?.length ?? 0) + (g.phrases?.length ?? 0) > 0, 'must list at least one entity or phrase'),
      ),
    ),
    v.minLength(1, 'must list at least one group'),
    v.maxLength(PACK_LIMITS.maxFrameGroups, `must list at most ${PACK_LIMITS.maxFrameGroups} groups`),
  ),
  when: v.optional(v.strictObject({ years: v.optional(wholeNumbers(1000, 2999)), ordinals: v.optional(wholeNumbers(1, 999)) })),
  against: v.optional(aliasList('phrases', 0)),
  window: v.optional(v.picklist(['sentence', 'clause'], 'must be "sentence" or "clause"')),
});

export const EntitySchema = v.strictObject({
  id,
  kind: v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`),
  name: plainText(PACK_LIMITS.maxShortText),
  /** In the article's own words ("Russian Defence Minister"); absent when the article gives none. */
  role: v.optional(plainText(PACK_LIMITS.maxShortText)),
  briefing: plainText(PACK_LIMITS.maxLongText),
  /** Indexes into `article.sentences` that the briefing rests on. */
  sources: v.pipe(sentenceRefs, v.minLength(1, 'must cite at least one article sentence')),
  /** How the article dates this entity, shown on the card ("December 4–5"). */
  when: v.optional(plainText(PACK_LIMITS.maxShortText)),
  related: v.pipe(v.array(id), v.maxLength(PACK_LIMITS.maxListItems)),
  /** Phrases in the matcher's alias language (see utils/matcher/README.md). */
  aliases: v.pipe(
    v.array(plainText(PACK_LIMITS.maxAliasChars)),
    v.minLength(1, 'must list at least one alias'),
    v.maxLength(PACK_LIMITS.maxAliasesPerEntity, `must list at most ${PACK_LIMITS.maxAliasesPerEntity} aliases`),
  ),
  /** Phrases that name someone or something else and must never count as this entity ("Lalit Modi"). */
  exclusions: v.optional(
    v.pipe(v.array(plainText(PACK_LIMITS.maxAliasChars)), v.maxLength(PACK_LIMITS.maxAliasesPerEntity)),
  ),
  /**
   * Phrases that name this entity only in a block that also mentions one of the entities listed in
   * `requires` ("a two-day visit to India" is Putin's visit beside Putin, anyone's elsewhere).
   */
  contextAliases: v.optional(
    v.strictObject({
      requires: v.pipe(v.array(id), v.minLength(1, 'must name at least one entity'), v.maxLength(PACK_LIMITS.maxListItems)),
      aliases: v.pipe(
        v.array(plainText(PACK_LIMITS.maxAliasChars)),
        v.minLength(1, 'must list at least one alias'),
        v.maxLength(PACK_LIMITS.maxAliasesPerEntity, `must list at most ${PACK_LIMITS.maxAliasesPerEntity} aliases`),
      ),
    }),
  ),
  /** Ways the event is described rather than named ("the state visit" beside Putin and India). */
  frames: v.optional(
    v.pipe(v.array(EventFrameSchema), v.minLength(1, 'must list at least one frame'), v.maxLength(PACK_LIMITS.maxFrames, `must list at most ${PACK_LIMITS.maxFrames} frames`)),
  ),
});

export const PackSchema = v.strictObject({
  format: v.literal('contextual-briefings/pack', 'must be "contextual-briefings/pack"'),
  formatVersion: v.literal(1, 'must be 1'),
  id,
  /** Shown in the options page's pack list. */
  title: plainText(PACK_LIMITS.maxShortText),
  /** BCP 47 language tag of the article. */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en"')),
  /** Where the article came from, as far as the pack author knows; shown as the source line. */
  source: plainText(PACK_LIMITS.maxShortText),
  article: v.strictObject({
    headline: plainText(PACK_LIMITS.maxShortText),
    /** When the story was published, as precisely as known; shown on the card's story line. */
    published: v.optional(isoDate),
    summary: plainText(PACK_LIMITS.maxLongText),
    keyPoints: v.pipe(
      v.array(plainText(PACK_LIMITS.maxSentenceChars)),
      v.minLength(1, 'must list at least one key point'),
      v.maxLength(PACK_LIMITS.maxListItems),
    ),
    timeline: v.pipe(v.array(TimelineEntrySchema), v.maxLength(PACK_LIMITS.maxListItems)),
    /** The article, one sentence per item, cited by index. */
    sentences: v.pipe(
      v.array(plainText(PACK_LIMITS.maxSentenceChars)),
      v.minLength(1, 'must hold the article sentences'),
      v.maxLength(PACK_LIMITS.maxSentences),
    ),
  }),
  entities: v.pipe(
    v.array(EntitySchema),
    v.minLength(1, 'must list at least one entity'),
    v.maxLength(PACK_LIMITS.maxEntities, `must list at most ${PACK_LIMITS.maxEntities} entities`),
  ),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
