import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, checkAlias, findMentions } from '../matcher/index';
import { validatePack } from '../pack/validate-pack';
import type { Pack } from '../pack/schema';
import { draftPack, draftPackAsync, toAlias, toId } from './draft-pack';

const ROOT = resolve(__dirname, '../..');
const ARTICLE = readFileSync(resolve(ROOT, 'data/briefing-article.txt'), 'utf8');
const FICTION = readFileSync(resolve(ROOT, 'tests/fixtures/articles/harbour-bridge.txt'), 'utf8');

/** Every sentence-like text in the draft is an article sentence, or sentences joined by single spaces. */
function expectNothingInvented(pack: Pack, articleText: string): void {
  const { sentences } = pack.article;
  for (const sentence of sentences) expect(articleText).toContain(sentence);
  const joined = (indexes: readonly number[]) => indexes.map((i) => sentences[i]).join(' ');
  for (const point of pack.article.keyPoints) expect(sentences).toContain(point);
  expect(isJoinOfSentences(pack.article.summary, sentences)).toBe(true);
  for (const entity of pack.entities) {
    expect(entity.briefing).toBe(joined(entity.sources));
    // The card quotes the first source: it must name the entity.
    expect(entity.sources.length).toBeGreaterThan(0);
  }
  for (const entry of pack.article.timeline) {
    for (const i of entry.sources) expect(sentences[i]).toContain(entry.when);
  }
}

/** Whether `text` is article sentences joined by single spaces. */
function isJoinOfSentences(text: string, sentences: readonly string[]): boolean {
  if (text === '') return true;
  return sentences.some((s) => (text === s || text.startsWith(`${s} `)) && isJoinOfSentences(text.slice(s.length + 1), sentences));
}

function expectUsable(pack: Pack): void {
  const checked = validatePack(pack);
  expect(checked.ok ? [] : checked.issues).toEqual([]);
  const ids = pack.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  for (const alias of pack.entities.flatMap((e) => e.aliases)) expect(checkAlias(alias)).toBeNull();
  // The engine finds every entity in the sentences it cites, first of all in the quoted one.
  const index = buildIndex(pack.entities);
  for (const entity of pack.entities) {
    const found = findMentions(pack.article.sentences[entity.sources[0]!]!, index).some((m) => m.entityId === entity.id);
    expect(found, `${entity.id} in its first source`).toBe(true);
  }
}

describe('draftPack on the bundled article (its quality bar)', () => {
  const { pack, diagnostics } = draftPack(ARTICLE, { title: 'Russia and India', id: 'russia-india-draft' });
  const people = pack.entities.filter((e) => e.kind === 'person');

  it('proposes the four people with full names, surname aliases and the titles the text gives them', () => {
    expect(people.map((p) => [p.name, p.aliases, p.role])).toEqual([
      ['Andrei Belousov', ['Andrei Belousov', 'Belousov'], 'Russian Defense Minister'],
      ['Vladimir Putin', ['Vladimir Putin', 'Putin'], 'Russian President'],
      ['Droupadi Murmu', ['Droupadi Murmu', 'Murmu'], 'Indian President'],
      ['Narendra Modi', ['Narendra Modi', 'Modi'], 'Prime Minister'],
    ]);
  });

  it('proposes no entity for fragments, common words, months or numbers', () => {
    const names = pack.entities.map((e) => e.name);
    for (const bad of ['The', 'However', 'Western', 'Russian', 'Indian', 'President', 'Minister', 'December', 'Meanwhile', 'Cold War']) {
      expect(names).not.toContain(bad);
    }
    for (const name of names) expect(name).not.toMatch(/^\d|^(?:the|a|an) /iu);
  });

  it('finds the events the article repeats, and the place, organisation and date', () => {
    const events = pack.entities.filter((e) => e.kind === 'event').map((e) => e.name);
    expect(events).toContain('war in Ukraine');
    expect(events).toContain('Russian-Indian intergovernmental commission on military and military-technical cooperation');
    expect(events).toContain('visit of Russian President Vladimir Putin to India');
    expect(pack.entities.find((e) => e.name === 'Donbass')?.kind).toBe('place');
    expect(pack.entities.find((e) => e.name === 'Kremlin')?.kind).toBe('organization');
    expect(pack.article.timeline).toEqual([
      expect.objectContaining({ when: 'December 4-5', start: '--12-04', end: '--12-05', sources: [9] }),
    ]);
    expect(pack.entities.find((e) => e.name.startsWith('visit of'))?.when).toBe('December 4-5');
  });

  it('keeps the article verbatim and invents nothing', () => {
    expect(pack.article.sentences).toEqual(ARTICLE.trim().split('\n'));
    expectNothingInvented(pack, ARTICLE);
    expect(pack.article.keyPoints.length).toBeGreaterThanOrEqual(4);
    expect(pack.article.keyPoints.length).toBeLessThanOrEqual(6);
  });

  it('is a valid pack the engine can use at once, finding the four people in the article', () => {
    expectUsable(pack);
    expect(diagnostics.issues).toEqual([]);
    const index = buildIndex(pack.entities);
    const found = new Set(pack.article.sentences.flatMap((s) => findMentions(s, index).map((m) => m.entityId)));
    for (const id of ['andrei-belousov', 'vladimir-putin', 'droupadi-murmu', 'narendra-modi']) expect(found).toContain(id);
  });

  it('dates the story when told the day it was published, and only with a calendar date', () => {
    expect(draftPack(ARTICLE, { published: '2025-12-03' }).pack.article.published).toBe('2025-12-03');
    expect(draftPack(ARTICLE, { published: 'yesterday' }).pack.article.published).toBeUndefined();
  });

  it('drafts the same pack asynchronously, yielding between chunks with progress that only grows', async () => {
    const progress: number[] = [];
    const result = await draftPackAsync(ARTICLE, { onProgress: (f) => progress.push(f) });
    expect(result.pack).toEqual(draftPack(ARTICLE).pack);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(3);
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    draftPack(ARTICLE, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('draftPack on other articles', () => {
  it('drafts the fictional council story into a valid pack', () => {
    const { pack } = draftPack(FICTION);
    expect(pack.title).toBe('Port Alder council approves repairs to the Kestrel Bridge');
    const people = pack.entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Helen Okafor', 'Mayor'],
      ['Tomas Lindqvist', 'Council member'],
      ['Priya Raman', 'Chief engineer'],
    ]);
    expect(pack.entities.some((e) => e.kind === 'organization' && e.name === 'Northern Rail Authority')).toBe(true);
    expect(pack.entities.some((e) => e.kind === 'event')).toBe(true);
    expectUsable(pack);
    expectNothingInvented(pack, FICTION);
  });

  it('drafts something valid from a sentence with a single name, and refuses nothing silently', () => {
    const { pack } = draftPack('Prime Minister Jacinda Ardern spoke to reporters on Monday. She said the plan works.');
    expect(pack.entities.map((e) => e.name)).toEqual(['Jacinda Ardern']);
    expectUsable(pack);
  });

  it('splits sentences without breaking at initials or titles', () => {
    const { pack } = draftPack('Mr. G. C. Murmu met Dr. Smith in the U.S. on Friday. Then he left! “Why?” she asked.');
    expect(pack.article.sentences).toEqual(['Mr. G. C. Murmu met Dr. Smith in the U.S. on Friday.', 'Then he left!', '“Why?” she asked.']);
  });

  it('reports a draft with no entity as not valid instead of throwing', () => {
    const { diagnostics } = draftPack('nothing here has a name at all.');
    expect(diagnostics.issues.map((i) => i.path)).toContain('entities');
  });
});

describe('toAlias and toId', () => {
  it.each([
    ['Andrei Belousov', 'Andrei Belousov'],
    ['O’Brien', 'O’Brien'],
    ['Modi (BJP)', 'Modi BJP'],
    ['war in Ukraine*', 'war in Ukraine'],
    ['Putin~', 'Putin'],
    ['<b>', null],
    ['US', null],
    ['***', null],
  ])('%s → %s', (input, expected) => expect(toAlias(input)).toBe(expected));

  it('makes kebab-case ids', () => {
    expect(toId('Andrei Belousov')).toBe('andrei-belousov');
    expect(toId('Whangārei — Māori')).toBe('whangarei-maori');
    expect(toId('Путин')).toBe('');
  });
});
