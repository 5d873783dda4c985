import { describe, expect, it } from 'vitest';
import bundled from '@/data/briefing-pack.json';
import { BRIEFING_SLACK, BRIEFING_WORDS, briefingLead, cardText, contentWords, cutBriefing, restates, saySame, splitSentences } from './card-text';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A sentence of `n` words, numbered so each is told apart. */
const sentenceOf = (n: number, tag: string) => [`${tag}`, ...Array.from({ length: n - 2 }, () => 'word'), 'end.'].join(' ');

describe('splitSentences', () => {
  it.each([
    ['One sentence. Another one! A third? Yes.', ['One sentence.', 'Another one!', 'A third?', 'Yes.']],
    ['The Kremlin calls it ‘privileged.’ The talks go on.', ['The Kremlin calls it ‘privileged.’', 'The talks go on.']],
    ['The U.S. President spoke. Then he left.', ['The U.S. President spoke.', 'Then he left.']],
    ['Putin visits on December 4–5. 22 agreements may follow.', ['Putin visits on December 4–5.', '22 agreements may follow.']],
    ['It costs 4.5 billion. e.g. lower case does not start one.', ['It costs 4.5 billion. e.g. lower case does not start one.']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('cutBriefing (about forty words, on a sentence or word boundary)', () => {
  it('keeps a short briefing whole', () => {
    expect(cutBriefing(['Short one.', 'Short two.'])).toEqual({ lead: 'Short one. Short two.', rest: '', cutInSentence: false });
  });

  it('takes whole sentences up to forty words and a few more, the rest goes behind "More"', () => {
    const sentences = [sentenceOf(20, 'A'), sentenceOf(25, 'B'), sentenceOf(10, 'C')];
    const cut = cutBriefing(sentences);
    expect(cut).toEqual({ lead: `${sentences[0]} ${sentences[1]}`, rest: sentences[2], cutInSentence: false });
    expect(wordCount(cut.lead)).toBeLessThanOrEqual(BRIEFING_WORDS + BRIEFING_SLACK);
  });

  it('stops before a sentence that would run far past forty words', () => {
    const sentences = [sentenceOf(30, 'A'), sentenceOf(30, 'B')];
    expect(cutBriefing(sentences)).toEqual({ lead: sentences[0], rest: sentences[1], cutInSentence: false });
  });

  it('cuts a long first sentence between two words at forty, nothing lost', () => {
    const long = sentenceOf(70, 'A');
    const cut = cutBriefing([long, 'Next.']);
    expect(cut.cutInSentence).toBe(true);
    expect(wordCount(cut.lead)).toBe(BRIEFING_WORDS);
    expect(`${cut.lead} ${cut.rest}`).toBe(`${long} Next.`);
  });

  it('prefers a comma a few words before forty, and drops it from the lead', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i + 1}`);
    words[35] = 'w36,';
    const cut = cutBriefing([`${words.join(' ')}.`]);
    expect(cut.lead).toBe(words.slice(0, 35).join(' ') + ' w36');
    expect(cut.rest.startsWith('w37 ')).toBe(true);
  });

  it('runs a short lead on into the next, long sentence rather than stop at a dozen words', () => {
    const sentences = [sentenceOf(12, 'A'), sentenceOf(60, 'B')];
    const cut = cutBriefing(sentences);
    expect(cut.cutInSentence).toBe(true);
    expect(wordCount(cut.lead)).toBe(BRIEFING_WORDS);
    expect(cut.lead.startsWith(sentences[0]!)).toBe(true);
  });
});

describe('says the same (content words)', () => {
  it('compares content words by their stem, without short and function words or the name', () => {
    expect([...contentWords('The Russian President’s visit to India', contentWords('Vladimir Putin'))]).toEqual(['russi', 'presi', 'visit', 'india']);
    expect([...contentWords('Putin and Russia', contentWords('Vladimir Putin'))]).toEqual(['russi']);
  });

  it('counts a piece as a repeat when most of its words are in the other, and never a piece too short to judge', () => {
    const quote = contentWords('Putin will visit India on December 4–5, where the talks are expected to reach a new level.');
    expect(restates(contentWords('He visits India in December.'), quote)).toBe(true);
    expect(restates(quote, contentWords('He visits India in December.'))).toBe(false);
    expect(saySame(quote, contentWords('He visits India in December.'))).toBe(true);
    expect(restates(contentWords('India.'), quote)).toBe(false);
    expect(saySame(contentWords('Belousov leads the commission in New Delhi.'), contentWords('Modi hosts a dinner for the visiting delegation.'))).toBe(false);
  });
});

describe('cardText (no statement said twice)', () => {
  it('drops a briefing sentence that restates the role, and keeps the rest', () => {
    const text = cardText({
      name: 'Kremlin',
      role: 'Seat of the Russian government, which calls the relationship with India ‘privileged’',
      briefing: 'The Kremlin describes the relationship between Russia and India as ‘privileged’. That relationship has grown in the context of the war in Ukraine.',
    });
    expect(text.lead).toBe('That relationship has grown in the context of the war in Ukraine.');
  });

  it('keeps the only briefing sentence even when it restates the role', () => {
    const text = cardText({ name: 'Narendra Modi', role: 'Indian Prime Minister', briefing: 'India’s Prime Minister.' });
    expect(text.lead).toBe('India’s Prime Minister.');
  });

  it('leaves out the quote when a briefing sentence says the same, in the lead or behind "More"', () => {
    const quote = 'The upcoming visit of Russian President Vladimir Putin to India, scheduled for December 4-5, is expected to elevate these discussions to a new level.';
    const briefing = 'The Russian President is scheduled to visit India on December 4–5, a visit expected to elevate the discussions between the two countries to a new level.';
    expect(cardText({ name: 'Vladimir Putin', role: 'Russian President', briefing, quote }).quote).toBeNull();
    const behindMore = `${sentenceOf(40, 'A')} ${briefing}`;
    const text = cardText({ name: 'Vladimir Putin', role: 'Russian President', briefing: behindMore, quote });
    expect(text.rest).toContain('scheduled to visit India');
    expect(text.quote).toBeNull();
  });

  it('leaves out a quote that only restates the role', () => {
    const text = cardText({ name: 'Kremlin', role: 'Seat of the Russian government', briefing: 'It speaks for Moscow.', quote: 'The Kremlin, seat of the Russian government.' });
    expect(text.quote).toBeNull();
  });

  it('keeps a quote that adds to the briefing', () => {
    const quote = 'However, the backdrop of the war in Ukraine casts a long shadow over these discussions.';
    const text = cardText({ name: 'War in Ukraine', role: 'The war', briefing: 'India has kept a balance between Russia and the West.', quote });
    expect(text.quote).toBe(quote);
  });

  it('on the bundled pack: every card leads with about forty words and says each thing once', () => {
    for (const entity of bundled.entities) {
      const quote = bundled.article.sentences[entity.sources[0]!];
      const text = cardText({ name: entity.name, role: entity.role, briefing: entity.briefing, quote });
      const ignore = contentWords(entity.name);
      const role = contentWords(entity.role, ignore);
      const shown = splitSentences(`${text.lead} ${text.rest}`);
      expect(wordCount(text.lead), entity.id).toBeLessThanOrEqual(BRIEFING_WORDS + BRIEFING_SLACK);
      if (text.rest) expect(wordCount(text.lead), entity.id).toBeGreaterThanOrEqual(25);
      if (shown.length > 1) for (const sentence of shown) expect(restates(contentWords(sentence, ignore), role), `${entity.id}: ${sentence}`).toBe(false);
      if (text.quote) for (const sentence of shown) expect(saySame(contentWords(text.quote, ignore), contentWords(sentence, ignore)), entity.id).toBe(false);
    }
  });
});

describe('briefingLead', () => {
  it('is the card\'s lead, with an ellipsis only where the lead stops inside a sentence', () => {
    const short = { name: 'Ann Lee', briefing: 'Ann Lee chairs the board. She was elected in May.' };
    expect(briefingLead(short)).toBe(cardText(short).lead);
    const long = { name: 'Ann Lee', briefing: `${sentenceOf(30, 'first')} ${sentenceOf(40, 'second')}` };
    expect(cardText(long).cutInSentence).toBe(true);
    expect(briefingLead(long)).toBe(`${cardText(long).lead}…`);
  });
});
