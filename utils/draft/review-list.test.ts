import { describe, expect, it } from 'vitest';
import { validatePack } from '@/utils/pack/validate-pack';
import type { Entity, Pack } from '@/utils/pack/schema';
import { briefingOf } from './draft-edits';
import { addEntity, asCopy, isSure, keepOnly, mentionCounts, sureIds } from './review-list';

const sentences = [
  'Russian President Vladimir Putin will visit India.',
  'Putin met Modi in Delhi.',
  'The talks in Delhi were calm.',
  'Sanae Takaichi was not there.',
  'Takaichi spoke later from Tokyo.',
];
const entity = (id: string, aliases: string[], sources: number[], extra: Partial<Entity> = {}): Entity => ({
  id, kind: 'person', name: aliases[0]!, aliases, sources, related: [], briefing: briefingOf(sources, sentences), ...extra,
});
const PACK: Pack = {
  format: 'contextual-briefings/pack', formatVersion: 1, id: 'draft', title: 'Draft', language: 'en', source: 'test',
  article: { headline: 'Draft', summary: sentences[0]!, keyPoints: [sentences[0]!], sentences, timeline: [] },
  entities: [
    entity('vladimir-putin', ['Vladimir Putin', 'Putin'], [0, 1], { role: 'Russian President', related: ['narendra-modi'] }),
    entity('narendra-modi', ['Modi'], [1]),
    entity('delhi', ['Delhi'], [1, 2], { kind: 'place' }),
  ],
};

describe('review list', () => {
  it('counts each entity’s mentions in the article', () => {
    expect(Object.fromEntries(mentionCounts(PACK))).toEqual({ 'vladimir-putin': 2, 'narendra-modi': 1, delhi: 2 });
  });

  it('counts by the aliases that parse while one being edited does not', () => {
    const editing = { ...PACK, entities: [{ ...PACK.entities[0]!, aliases: ['Vladimir Putin', 'Putin*'] }, ...PACK.entities.slice(1)] };
    expect(mentionCounts(editing).get('vladimir-putin')).toBe(1);
  });

  it('ticks names the article repeats and people it gives a title; not a name said once', () => {
    expect(sureIds(PACK, mentionCounts(PACK))).toEqual(['vladimir-putin', 'delhi']);
    expect(isSure(PACK.entities[1]!, 1)).toBe(false);
    expect(isSure({ ...PACK.entities[1]!, role: 'Prime Minister' }, 1)).toBe(true);
  });

  it('keeps only the ticked entities, dropping references to the rest', () => {
    const kept = keepOnly(PACK, ['vladimir-putin', 'delhi']);
    expect(kept.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'delhi']);
    expect(kept.entities[0]!.related).toEqual([]);
  });

  it('adds a missed name with the sentences that name it, in order, verbatim, and no role', () => {
    const added = addEntity(PACK, ' Sanae  Takaichi ', 'person');
    if (!added.ok) throw new Error(added.reason);
    const entity = added.pack.entities.at(-1)!;
    expect(entity).toEqual({ id: 'sanae-takaichi', kind: 'person', name: 'Sanae Takaichi', aliases: ['Sanae Takaichi'], sources: [3], related: [], briefing: sentences[3] });
    expect(added.id).toBe('sanae-takaichi');
    const checked = validatePack(added.pack);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('gives an added name a free id', () => {
    const added = addEntity(PACK, 'Delhi', 'place');
    expect(added.ok && added.id).toBe('delhi-2');
  });

  it('refuses a name the article does not contain, an empty one, or one the alias language cannot hold', () => {
    expect(addEntity(PACK, 'Narendra Modi', 'person')).toEqual({ ok: false, reason: 'not-named', name: 'Narendra Modi' });
    expect(addEntity(PACK, '  ', 'person')).toEqual({ ok: false, reason: 'empty', name: '' });
    expect(addEntity(PACK, 'Putin [x]', 'person')).toEqual({ ok: false, reason: 'unusable', name: 'Putin [x]' });
  });

  it('makes a copy to keep beside an installed pack', () => {
    expect(asCopy(PACK, 2)).toMatchObject({ id: 'draft-2', title: 'Draft (2)' });
  });
});
