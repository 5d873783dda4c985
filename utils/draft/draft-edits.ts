/**
 * The edits the draft review makes to a drafted pack, as plain functions of the pack: each returns
 * a new pack (or a value derived from one) and leaves its arguments alone, so the view only keeps
 * state and calls them.
 */
import { PACK_LIMITS, type Entity, type Pack } from '@/utils/pack/schema';

/** Article sentences offered per entity as briefing material. */
const MAX_CANDIDATES = 8;

/** Lower-case words joined by hyphens, as pack ids are. */
function kebab(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** An entity's briefing: its source sentences, in the order chosen, joined by spaces. */
export const briefingOf = (sources: readonly number[], sentences: readonly string[]) => sources.map((i) => sentences[i]).join(' ');

/** Whether adding sentence `index` keeps the briefing within the pack format's limit for long text. */
export const fitsBriefing = (sources: readonly number[], index: number, sentences: readonly string[]) =>
  briefingOf([...sources, index], sentences).length <= PACK_LIMITS.maxLongText;

/** Plain words of an alias, for spotting the sentences that mention an entity: "[Vladimir] Putin" → "vladimir putin". */
const aliasWords = (alias: string) => alias.replace(/[[\]()|~#]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Sentences that name the entity (by any alias), its current sources first; at most eight unless it has more sources. */
export function candidateSentences(entity: Entity, sentences: readonly string[]): number[] {
  const needles = entity.aliases.map(aliasWords).filter(Boolean);
  const matching = sentences.flatMap((sentence, i) => (needles.some((n) => sentence.toLowerCase().includes(n)) ? [i] : []));
  const rest = matching.filter((i) => !entity.sources.includes(i));
  return [...entity.sources, ...rest].slice(0, Math.max(MAX_CANDIDATES, entity.sources.length));
}

/** The aliases typed as comma-separated text: trimmed, empty ones and repeats dropped. */
export const parseAliases = (text: string) => [...new Set(text.split(',').map((a) => a.trim()).filter(Boolean))];

/**
 * Drops ids that no longer exist from `related`, the timeline and event frames' groups, mapping
 * merged ids to the survivor; a group left with nothing goes, and a frame left with no group.
 */
function relink(pack: Pack, entities: Entity[], renamed: ReadonlyMap<string, string> = new Map()): Pack {
  const ids = new Set(entities.map((e) => e.id));
  const map = (list: readonly string[], self?: string) => [...new Set(list.map((id) => renamed.get(id) ?? id))].filter((id) => ids.has(id) && id !== self);
  const reframe = (e: Entity): Pick<Entity, 'frames'> => {
    if (!e.frames) return {};
    const frames = e.frames
      .map((f) => ({ ...f, with: f.with.map((g) => ({ ...g, ...(g.entities ? { entities: map(g.entities, e.id) } : {}) })).filter((g) => (g.entities?.length ?? 0) + (g.phrases?.length ?? 0) > 0) }))
      .filter((f) => f.with.length > 0);
    return frames.length ? { frames } : {};
  };
  return {
    ...pack,
    entities: entities.map(({ frames: _frames, ...e }) => ({ ...e, related: map(e.related, e.id), ...reframe({ ...e, frames: _frames }) })),
    article: { ...pack.article, timeline: pack.article.timeline.map((t) => ({ ...t, entities: map(t.entities) })) },
  };
}

/** The pack titled `title`: the headline follows it, and the id too while the title has letters or digits. */
export const retitle = (pack: Pack, title: string): Pack => ({ ...pack, title, id: kebab(title) || pack.id, article: { ...pack.article, headline: title } });

/** The pack with entity `id` changed by `patch`. */
export const updateEntity = (pack: Pack, id: string, patch: Partial<Entity>): Pack => ({
  ...pack,
  entities: pack.entities.map((e) => (e.id === id ? { ...e, ...patch } : e)),
});

/** The pack without entity `id`, and without the references to it from other entities and the timeline. */
export const removeEntity = (pack: Pack, id: string): Pack => relink(pack, pack.entities.filter((e) => e.id !== id));

/**
 * The pack with sentence `index` ticked or unticked in entity `id`'s briefing (the briefing is
 * rebuilt from the sources); unchanged when that would leave the entity without a sentence.
 */
export function toggleSource(pack: Pack, id: string, index: number, on: boolean): Pack {
  const entity = pack.entities.find((e) => e.id === id);
  if (!entity) return pack;
  const sources = on ? [...entity.sources, index] : entity.sources.filter((i) => i !== index);
  if (!sources.length) return pack;
  return updateEntity(pack, id, { sources, briefing: briefingOf(sources, pack.article.sentences) });
}

/**
 * The pack with the entities in `ids` merged into the first of them in pack order: it keeps its
 * id, name, kind and role, takes everyone's aliases (up to the format's limit), sources (while the
 * briefing fits), related ids and the first date found; references to the others move to it.
 * Unchanged when fewer than two of the ids are in the pack.
 */
export function mergeEntities(pack: Pack, ids: readonly string[]): Pack {
  const chosen = pack.entities.filter((e) => ids.includes(e.id));
  const [target, ...others] = chosen;
  if (!target || !others.length) return pack;
  const { sentences } = pack.article;
  const aliases = [...new Set(chosen.flatMap((e) => e.aliases))].slice(0, PACK_LIMITS.maxAliasesPerEntity);
  const sources: number[] = [];
  for (const i of chosen.flatMap((e) => e.sources)) {
    if (!sources.includes(i) && fitsBriefing(sources, i, sentences)) sources.push(i);
  }
  const when = target.when ?? others.find((e) => e.when)?.when;
  const merged: Entity = {
    ...target,
    aliases,
    sources,
    briefing: briefingOf(sources, sentences),
    related: chosen.flatMap((e) => e.related),
    ...(when ? { when } : {}),
  };
  const renamed = new Map(others.map((e) => [e.id, target.id]));
  const entities = pack.entities.filter((e) => !renamed.has(e.id)).map((e) => (e.id === target.id ? merged : e));
  return relink(pack, entities, renamed);
}
