/**
 * What the compact draft review lists for each entity: how many times the article names it (as
 * the mention engine counts on pages, so the number is what a reader will see underlined), and
 * whether the draft is sure enough of it to tick it for installing. Also the two edits the list
 * adds to the ones in draft-edits.ts: adding a name the drafter missed, and keeping only the
 * ticked entities.
 */
import { buildIndex, checkAlias, findMentions } from '../matcher/index';
import { PACK_LIMITS, type Entity, type EntityKind, type Pack } from '../pack/schema';
import { briefingOf, fitsBriefing, removeEntity } from './draft-edits';

/** Mentions of each entity in the article's sentences, by entity id. */
export function mentionCounts(pack: Pack): Map<string, number> {
  const counts = new Map<string, number>(pack.entities.map((e) => [e.id, 0]));
  // An alias being typed may not parse yet: count by the ones that do.
  const index = buildIndex(pack.entities.map((e) => ({ ...e, aliases: e.aliases.filter((a) => checkAlias(a) === null) })));
  for (const sentence of pack.article.sentences) {
    for (const mention of findMentions(sentence, index)) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether the draft ticks `entity` for installing: a name the article repeats, or a person the
 * article gives a title. A name said once with nothing about it is offered, unticked.
 */
export const isSure = (entity: Entity, mentions: number): boolean => mentions >= 2 || (entity.kind === 'person' && Boolean(entity.role));

/** The ids the review starts with ticked. */
export function sureIds(pack: Pack, counts: ReadonlyMap<string, number>): string[] {
  return pack.entities.filter((e) => isSure(e, counts.get(e.id) ?? 0)).map((e) => e.id);
}

/** The pack with only the entities in `ids` (references to the others dropped). */
export function keepOnly(pack: Pack, ids: readonly string[]): Pack {
  return pack.entities.filter((e) => !ids.includes(e.id)).reduce((current, e) => removeEntity(current, e.id), pack);
}

/** Lower-case words joined by hyphens, free among `taken`. */
function freeId(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Why a name cannot be added: `name` is the name as typed, spaces collapsed. */
export type AddRefusal = { ok: false; reason: 'empty' | 'unusable' | 'not-named'; name: string };

/**
 * The pack with a new entity for `name`, which the drafter missed: its briefing the sentences that
 * name it, in the article's order (up to three, within the format's length), its role empty. A
 * name the article does not contain, or cannot be an alias, is refused with the reason (the view
 * words it in the reader's language).
 */
export function addEntity(pack: Pack, name: string, kind: EntityKind): { ok: true; pack: Pack; id: string } | AddRefusal {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return { ok: false, reason: 'empty', name: trimmed };
  if (trimmed.length > PACK_LIMITS.maxAliasChars || checkAlias(trimmed) !== null || /[[\]()|~#]/.test(trimmed)) {
    return { ok: false, reason: 'unusable', name: trimmed };
  }
  const taken = new Set(pack.entities.map((e) => e.id));
  const id = freeId(trimmed, taken);
  const probe: Entity = { id, kind, name: trimmed, briefing: '-', sources: [0], related: [], aliases: [trimmed] };
  const index = buildIndex([probe]);
  const { sentences } = pack.article;
  const sources: number[] = [];
  sentences.forEach((sentence, i) => {
    if (sources.length < 3 && findMentions(sentence, index).length && fitsBriefing(sources, i, sentences)) sources.push(i);
  });
  if (!sources.length) return { ok: false, reason: 'not-named', name: trimmed };
  const entity: Entity = { ...probe, sources, briefing: briefingOf(sources, sentences) };
  return { ok: true, pack: { ...pack, entities: [...pack.entities, entity] }, id };
}

/** The pack under the id `<id>-<n>` and title "<title> (n)": a second copy beside an installed one. */
export function asCopy(pack: Pack, n: number): Pack {
  const suffix = `-${n}`;
  return { ...pack, id: `${pack.id.slice(0, 80 - suffix.length)}${suffix}`, title: `${pack.title.slice(0, PACK_LIMITS.maxShortText - 6)} (${n})` };
}
