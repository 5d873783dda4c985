import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import rawBundledPack from '../../data/briefing-pack.json';
import { bundledPack, requireValidPack } from './bundled-pack';
import type { EntityKind } from './schema';
import { validatePack } from './validate-pack';

const { article, entities } = bundledPack;
const entity = (id: string) => entities.find((e) => e.id === id);

describe('the bundled pack', () => {
  it('validates', () => {
    expect(validatePack(rawBundledPack)).toMatchObject({ ok: true });
  });

  // Tests elsewhere and outside tools (the dev corpus, the accuracy test) use these ids.
  it.each<[string, EntityKind]>([
    ['andrei-belousov', 'person'],
    ['vladimir-putin', 'person'],
    ['droupadi-murmu', 'person'],
    ['narendra-modi', 'person'],
    ['military-technical-commission', 'event'],
    ['putin-india-visit', 'event'],
    ['war-in-ukraine', 'event'],
  ])('has %s as a %s', (id, kind) => {
    expect(entity(id)?.kind).toBe(kind);
  });

  it('holds the article one sentence per item, verbatim', () => {
    expect(article.sentences).toHaveLength(25);
    expect(article.sentences[0]).toMatch(/^Russian Defense Minister Andrei Belousov’s arrival in India/);
    expect(article.sentences[9]).toContain('scheduled for December 4-5');
    expect(article.sentences[11]).toContain('described by the Kremlin as ‘privileged,’');
  });

  it('holds exactly the sentences of its source article, data/briefing-article.txt', () => {
    const source = readFileSync(resolve(__dirname, '../../data/briefing-article.txt'), 'utf8');
    expect(article.sentences).toEqual(source.split('\n').filter((line) => line.trim() !== ''));
  });

  it('cites only sentences that exist', () => {
    const cited = [...entities.flatMap((e) => e.sources), ...article.timeline.flatMap((t) => t.sources)];
    for (const index of cited) expect(article.sentences[index], `sentence ${index}`).toBeDefined();
  });

  // The card quotes sources[0] behind "Source", so it should name what the card is about.
  it.each([
    ['andrei-belousov', 'Belousov'],
    ['vladimir-putin', 'Putin'],
    ['droupadi-murmu', 'Murmu'],
    ['narendra-modi', 'Modi'],
    ['military-technical-commission', 'intergovernmental commission on military and military-technical cooperation'],
    ['putin-india-visit', 'visit of Russian President Vladimir Putin to India'],
    ['war-in-ukraine', 'war in Ukraine'],
    ['kremlin', 'Kremlin'],
    ['donbass', 'Donbass'],
    ['indo-pacific', 'Indo-Pacific'],
  ])('quotes a sentence that names %s first', (id, words) => {
    const first = entity(id)?.sources[0];
    expect(first === undefined ? undefined : article.sentences[first]).toContain(words);
  });

  it('dates Putin’s visit to December 4–5 in the timeline and on its card', () => {
    const visit = article.timeline.find((t) => t.entities.includes('putin-india-visit'));
    expect(visit).toMatchObject({ when: 'December 4–5', start: '--12-04', end: '--12-05' });
    expect(visit?.entities).toContain('vladimir-putin');
    expect(entity('putin-india-visit')?.when).toBe('December 4–5');
  });

  it('puts Belousov’s visit for the commission’s 22nd session first in the timeline', () => {
    expect(article.timeline[0]?.entities).toEqual(['andrei-belousov', 'military-technical-commission']);
    expect(article.timeline[0]?.label).toContain('22nd session');
  });

  it.each([
    ['narendra-modi', ['Lalit Modi', 'Nirav Modi', 'Sushil Kumar Modi']],
    ['droupadi-murmu', ['Girish Chandra Murmu', 'GC Murmu']],
  ])('keeps the namesakes of %s out', (id, namesakes) => {
    expect(entity(id)?.exclusions).toEqual(expect.arrayContaining(namesakes));
  });

  it.each([
    ['vladimir-putin', ['Путин~', 'पुतिन']],
    ['narendra-modi', ['Нарендра~ Моди', 'मोदी']],
    ['droupadi-murmu', ['Мурму', 'मुर्मू']],
    ['andrei-belousov', ['Белоусов~', 'बेलौसोव']],
  ])('names %s in Russian and Hindi too', (id, aliases) => {
    expect(entity(id)?.aliases).toEqual(expect.arrayContaining(aliases));
  });
});

describe('no new facts: what the pack says comes from the article', () => {
  /** Words of a text; hyphens, dashes and apostrophes split words, so "China’s" gives "China". */
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const articleWords = new Set(words(article.sentences.join(' ')).map((w) => w.toLowerCase()));

  /**
   * Numbers and Capitalised words (names, places, dates) that the article never uses. A sentence's
   * first word is capitalised by grammar, not because it is a name, so it is not checked.
   */
  function unsupported(text: string, ownName = ''): string[] {
    const allowed = new Set(words(ownName).map((w) => w.toLowerCase()));
    return text
      .split(/(?<=[.!?;:])\s+/)
      .flatMap((sentence) => words(sentence).slice(1))
      .filter((w) => /\p{N}|^\p{Lu}/u.test(w))
      .filter((w) => !articleWords.has(w.toLowerCase()) && !allowed.has(w.toLowerCase()));
  }

  it('catches an invented fact (the checker itself works)', () => {
    expect(unsupported('Putin met Xi Jinping in Beijing in 2024.')).toEqual(['Xi', 'Jinping', 'Beijing', '2024']);
    expect(unsupported('The 23rd summit opened on December 4.')).toEqual(['23rd']);
    expect(unsupported('Putin visits India on December 4–5.')).toEqual([]);
  });

  const texts: Array<[string, string, string?]> = [
    ['title', bundledPack.title],
    ['article.headline', article.headline],
    ['article.summary', article.summary],
    ...article.keyPoints.map((text, i): [string, string] => [`article.keyPoints[${i}]`, text]),
    ...article.timeline.flatMap((t, i): Array<[string, string]> => [
      [`article.timeline[${i}].when`, t.when],
      [`article.timeline[${i}].label`, t.label],
    ]),
    ...entities.flatMap((e): Array<[string, string, string]> => [
      [`${e.id}.role`, e.role ?? '', e.name],
      [`${e.id}.briefing`, e.briefing, e.name],
      [`${e.id}.when`, e.when ?? '', e.name],
    ]),
  ];

  it.each(texts)('%s names nothing the article does not', (_field, text, ownName) => {
    expect(unsupported(text, ownName)).toEqual([]);
  });
});

describe('requireValidPack', () => {
  it('throws an error that names the file and the field', () => {
    expect(() => requireValidPack({ ...rawBundledPack, entities: [] }, 'data/broken.json')).toThrow(
      /^data\/broken\.json is not a valid briefing pack:\nentities: must list at least one entity$/,
    );
  });

  it('returns a valid pack as is', () => {
    expect(requireValidPack(rawBundledPack, 'data/briefing-pack.json')).toEqual(bundledPack);
  });
});
