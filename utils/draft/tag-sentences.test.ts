import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';
import { tagSentence, tagSentences } from './tag-sentences';

const article = readFileSync(resolve(__dirname, '../../data/briefing-article.txt'), 'utf8');

describe('tagSentences', () => {
  it('tags many sentences in one call exactly as one by one', () => {
    const sentences = splitSentences(article);
    expect(sentences.length).toBeGreaterThan(20);
    expect(tagSentences(sentences)).toEqual(sentences.map(tagSentence));
  });

  it('keeps each sentence to itself where compromise would read across lines (an open quote, an open bracket)', () => {
    const sentences = ['He said “we will not sign it.', 'Then Andrei Belousov left the room.', 'She added (and he agreed.', 'Vladimir Putin spoke next.'];
    const tagged = tagSentences(sentences);
    expect(tagged).toEqual(sentences.map(tagSentence));
    expect(tagged[1]!.map((t) => t.text)).toEqual(['Then', 'Andrei', 'Belousov', 'left', 'the', 'room']);
  });

  it('gives a sentence compromise splits in two all of its words', () => {
    const [tokens] = tagSentences(['Mr. Modi arrived. Then he spoke to reporters at length', 'Nothing else happened that day at all.']);
    expect(tokens!.map((t) => t.text)).toEqual(tagSentence('Mr. Modi arrived. Then he spoke to reporters at length').map((t) => t.text));
    expect(tokens!.map((t) => t.text)).toContain('reporters');
  });
});
