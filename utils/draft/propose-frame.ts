/**
 * The event frame a draft proposes for an event it found (the pack format's `frames`,
 * utils/matcher/event-frames.ts): the event's head nouns as triggers ("visit", "summit"), the
 * people and places its own names hold as the groups that must be near them ("visit of Russian
 * President Vladimir Putin to India": Putin, then India), and the years and ordinals the article
 * gives it. Pure: it reads the draft's entities and the engine's mentions of them, nothing else.
 */
import type { MentionIndex } from '../matcher/index';
import { findMentions } from '../matcher/index';
import type { Entity } from '../pack/schema';
import { EVENT_NOUNS } from './word-lists';

/** At most this many groups: whose event, and where or with whom. */
const MAX_GROUPS = 3;

/**
 * A frame for `event`, or null when its names hold no person or place to tie a trigger to (a bare
 * "the talks" would be anyone's). `others` is an index of the draft's other entities; `names` are
 * the event's names as the article writes them; `sourceSentences` the sentences its briefing cites.
 * `accepts` says whether the pack would take a phrase as a trigger (the alias rules).
 */
export function proposeFrame(
  event: Entity,
  names: readonly string[],
  others: MentionIndex,
  entities: readonly Entity[],
  sourceSentences: readonly string[],
  accepts: (phrase: string) => boolean,
): NonNullable<Entity['frames']>[number] | null {
  const triggers: string[] = [];
  for (const name of names) {
    for (const word of name.toLowerCase().split(/\s+/u)) {
      const noun = word.replace(/[^\p{L}-]/gu, '');
      if (EVENT_NOUNS.has(noun) && !triggers.includes(noun) && accepts(noun)) triggers.push(noun);
    }
  }
  if (triggers.length === 0) return null;

  // Who first (people, then organisations), then where: each entity its own group.
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const inside: string[] = [];
  for (const name of names) {
    for (const m of findMentions(name, others)) if (m.entityId !== event.id && !inside.includes(m.entityId)) inside.push(m.entityId);
  }
  const rank = (id: string) => ['person', 'organization', 'place', 'topic', 'event'].indexOf(kindOf.get(id) ?? 'event');
  const groups = inside
    .filter((id) => kindOf.get(id) !== 'event')
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_GROUPS)
    .map((id) => ({ entities: [id] }));
  if (groups.length === 0) return null;

  const years = new Set<number>();
  for (const s of sourceSentences) for (const m of s.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/gu)) years.add(Number(m[0]));
  const ordinals = new Set<number>();
  for (const name of names) for (const m of name.matchAll(/(?<!\d)(\d{1,3})(?:st|nd|rd|th)\b/giu)) ordinals.add(Number(m[1]));
  const when = {
    ...(years.size > 0 ? { years: [...years].sort() } : {}),
    ...(ordinals.size > 0 ? { ordinals: [...ordinals].sort((a, b) => a - b) } : {}),
  };
  // A war or a crisis is tied to its place within its clause; a visit or a summit to its sentence.
  const placeOnly = groups.every((g) => kindOf.get(g.entities[0]!) === 'place');
  return {
    triggers,
    with: groups,
    ...(Object.keys(when).length > 0 ? { when } : {}),
    ...(placeOnly ? { window: 'clause' as const } : {}),
  };
}
