import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, type Entity, type Pack } from '@/utils/pack/schema';
import { briefingOf, candidateSentences, fitsBriefing, mergeEntities, parseAliases, removeEntity, retitle, toggleSource, updateEntity } from './draft-edits';

const sentences = [
  'Russian President Vladimir Putin will visit India.',
  'Putin met Modi.',
  'President Putin spoke.',
  'Prime Minister Narendra Modi agreed.',
  'Delhi was calm.',
];
const entity = (id: string, aliases: string[], sources: number[], extra: Partial<Entity> = {}): Entity => ({
  id, kind: 'person', name: aliases[0]!, role: 'Person named in the article', aliases, sources, related: [],
  briefing: briefingOf(sources, sentences), ...extra,
});
const pack = (entities: Entity[], timelineIds: string[] = []): Pack => ({
  format: 'contextual-briefings/pack', formatVersion: 1, id: 'draft', title: 'Draft', language: 'en', source: 'test',
  article: {
    headline: 'Draft', summary: sentences[0]!, keyPoints: [sentences[0]!], sentences,
    timeline: [{ when: '2025-12-04', label: 'The visit', sources: [0], entities: timelineIds }],
  },
  entities,
});
const PUTINS = pack(
  [
    entity('vladimir-putin', ['Vladimir Putin'], [0]),
    entity('putin', ['Putin', 'President Putin'], [2, 0], { when: '2025-12-04', related: ['narendra-modi'] }),
    entity('narendra-modi', ['Narendra Modi', 'Modi'], [3], { related: ['putin', 'vladimir-putin'] }),
  ],
  ['putin', 'narendra-modi'],
);

describe('briefings from article sentences', () => {
  it('joins the chosen sentences in the order chosen', () => {
    expect(briefingOf([3, 1], sentences)).toBe('Prime Minister Narendra Modi agreed. Putin met Modi.');
  });

  it('lets a sentence in only while the briefing stays within the long-text limit', () => {
    const long = ['x'.repeat(PACK_LIMITS.maxLongText - 2), 'ab', 'a'];
    expect(fitsBriefing([], 0, long)).toBe(true);
    expect(fitsBriefing([0], 2, long)).toBe(true); // exactly at the limit, with the joining space
    expect(fitsBriefing([0], 1, long)).toBe(false);
  });

  it('offers the sentences that name an entity by any alias, its sources first', () => {
    expect(candidateSentences(entity('modi', ['[Narendra] Modi', 'Modi'], [3]), sentences)).toEqual([3, 1]);
    expect(candidateSentences(entity('putin', ['Putin'], [2]), sentences)).toEqual([2, 0, 1]);
  });

  it('offers at most eight, unless the entity already has more sources', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Putin spoke ${i}.`);
    expect(candidateSentences(entity('putin', ['Putin'], [11]), many)).toEqual([11, 0, 1, 2, 3, 4, 5, 6]);
    const sources = [9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(candidateSentences(entity('putin', ['Putin'], sources), many)).toEqual(sources);
  });
});

describe('editing one entity', () => {
  it('reads comma-separated aliases: trimmed, without empties or repeats', () => {
    expect(parseAliases(' Modi, Narendra Modi ,, Modi,NaMo ')).toEqual(['Modi', 'Narendra Modi', 'NaMo']);
    expect(parseAliases(' , ')).toEqual([]);
  });

  it('patches only the entity named', () => {
    const next = updateEntity(PUTINS, 'narendra-modi', { role: 'Prime Minister' });
    expect(next.entities.map((e) => e.role)).toEqual(['Person named in the article', 'Person named in the article', 'Prime Minister']);
    expect(PUTINS.entities[2]!.role).toBe('Person named in the article');
  });

  it('ticks and unticks briefing sentences, rebuilding the briefing, but never leaves none', () => {
    const ticked = toggleSource(PUTINS, 'narendra-modi', 1, true);
    expect(ticked.entities[2]).toMatchObject({ sources: [3, 1], briefing: `${sentences[3]} ${sentences[1]}` });
    const unticked = toggleSource(ticked, 'narendra-modi', 3, false);
    expect(unticked.entities[2]).toMatchObject({ sources: [1], briefing: sentences[1] });
    expect(toggleSource(unticked, 'narendra-modi', 1, false)).toBe(unticked);
    expect(toggleSource(PUTINS, 'nobody', 1, true)).toBe(PUTINS);
  });
});

describe('the pack title', () => {
  it('sets the title and headline, and makes the id from the title', () => {
    expect(retitle(PUTINS, 'Ça va: Putin in India!')).toMatchObject({
      title: 'Ça va: Putin in India!', id: 'ca-va-putin-in-india', article: { headline: 'Ça va: Putin in India!' },
    });
  });

  it('keeps the id when the title has no letters or digits, and cuts a long id at a word', () => {
    expect(retitle(PUTINS, '—!').id).toBe('draft');
    const id = retitle(PUTINS, `${'word '.repeat(11)}end`).id;
    expect(id).toBe('word-word-word-word-word-word-word-word-word-word-word-end'.slice(0, 59));
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id.endsWith('-')).toBe(false);
  });
});

describe('removing an entity', () => {
  it('drops it and the references to it from other entities and the timeline', () => {
    const next = removeEntity(PUTINS, 'putin');
    expect(next.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'narendra-modi']);
    expect(next.entities[1]!.related).toEqual(['vladimir-putin']);
    expect(next.article.timeline[0]!.entities).toEqual(['narendra-modi']);
  });
});

describe('merging entities', () => {
  it('keeps the first in pack order and joins aliases, sources, related ids and the date', () => {
    const next = mergeEntities(PUTINS, ['putin', 'vladimir-putin']);
    expect(next.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'narendra-modi']);
    expect(next.entities[0]).toMatchObject({
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      aliases: ['Vladimir Putin', 'Putin', 'President Putin'],
      sources: [0, 2],
      briefing: `${sentences[0]} ${sentences[2]}`,
      related: ['narendra-modi'],
      when: '2025-12-04',
    });
  });

  it('moves references to the merged ones onto the survivor, once, and never onto itself', () => {
    const next = mergeEntities(PUTINS, ['vladimir-putin', 'putin']);
    expect(next.entities[1]!.related).toEqual(['vladimir-putin']);
    expect(next.article.timeline[0]!.entities).toEqual(['vladimir-putin', 'narendra-modi']);
    const intoModi = mergeEntities(PUTINS, ['putin', 'narendra-modi']);
    // Putin's link to Modi and Modi's to Putin now point at the survivor itself: both go.
    expect(intoModi.entities.find((e) => e.id === 'putin')!.related).toEqual(['vladimir-putin']);
  });

  it('leaves out sources that would make the briefing too long, and aliases past the limit', () => {
    const long = ['x'.repeat(PACK_LIMITS.maxLongText - 10), 'A long sentence.', 'Short.'];
    const aliases = Array.from({ length: PACK_LIMITS.maxAliasesPerEntity }, (_, i) => `Alias ${i}`);
    const base = { ...pack([entity('a', aliases, [0]), entity('b', ['B'], [1, 2])]), article: { ...PUTINS.article, sentences: long, timeline: [] } };
    const merged = mergeEntities(base, ['a', 'b']).entities[0]!;
    expect(merged.sources).toEqual([0, 2]);
    expect(merged.aliases).toEqual(aliases);
  });

  it('leaves the pack alone with fewer than two entities to merge', () => {
    expect(mergeEntities(PUTINS, ['putin'])).toBe(PUTINS);
    expect(mergeEntities(PUTINS, ['putin', 'nobody'])).toBe(PUTINS);
  });

  it('gives the survivor no date when none has one', () => {
    expect(mergeEntities(PUTINS, ['vladimir-putin', 'narendra-modi']).entities[0]).not.toHaveProperty('when');
  });
});

describe('event frames follow removed and merged entities', () => {
  const visit = entity('visit', ['visit of Putin to India'], [0], {
    kind: 'event',
    frames: [{ triggers: ['visit'], with: [{ entities: ['putin'] }, { entities: ['india'], phrases: ['Delhi'] }] }],
  });
  const WITH_VISIT = pack([...PUTINS.entities, entity('india', ['India'], [0], { kind: 'place' }), visit]);
  const framesOf = (p: Pack) => p.entities.find((e) => e.id === 'visit')?.frames;

  it('moves a merged entity in a group to the survivor', () => {
    expect(framesOf(mergeEntities(WITH_VISIT, ['vladimir-putin', 'putin']))).toEqual([
      { triggers: ['visit'], with: [{ entities: ['vladimir-putin'] }, { entities: ['india'], phrases: ['Delhi'] }] },
    ]);
  });

  it('drops a removed entity, a group left empty, and a frame left without groups', () => {
    expect(framesOf(removeEntity(WITH_VISIT, 'india'))).toEqual([{ triggers: ['visit'], with: [{ entities: ['putin'] }, { entities: [], phrases: ['Delhi'] }] }]);
    const bare = removeEntity(removeEntity(pack([entity('putin', ['Putin'], [0]), { ...visit, frames: [{ triggers: ['visit'], with: [{ entities: ['putin'] }] }] }]), 'putin'), 'nobody');
    expect(framesOf(bare)).toBeUndefined();
  });
});
