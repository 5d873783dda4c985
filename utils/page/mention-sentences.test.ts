/** The page's own sentences around its mentions: cut by Intl.Segmenter, white space collapsed, one per sentence and entity. */
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionRecord } from './mention-record';
import { MAX_SENTENCE_CHARS, MAX_SENTENCES_PER_ENTITY, mentionSentences, sentenceAround } from './mention-sentences';

/** Records for every occurrence of `word` in the text nodes of `block`, as the annotator would make them. */
function mentionsOf(block: Element, word: string, entityId: string): MentionRecord[] {
  const records: MentionRecord[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + word.length)) {
      records.push(new MentionRecord(entityId, 'person', node, at, node, at + word.length, word.length, [node], block, true));
    }
  }
  return records;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('mentionSentences', () => {
  it('quotes the sentence around each mention, with the mention’s place in it', () => {
    document.body.innerHTML =
      '<p id="p">Talks began on Thursday. Russian President Vladimir <b>Putin</b>   arrived\n in Delhi on Friday. Trade was next.</p>';
    const block = document.getElementById('p')!;
    const [sentence] = mentionSentences(mentionsOf(block, 'Putin', 'vladimir-putin'));
    expect(sentence).toEqual({
      entityId: 'vladimir-putin',
      text: 'Russian President Vladimir Putin arrived in Delhi on Friday.',
      start: 27,
      end: 32,
      mention: 0,
    });
    expect(sentence!.text.slice(sentence!.start, sentence!.end)).toBe('Putin');
  });

  it('keeps one quote for a sentence that names the entity twice, and numbers mentions in page order', () => {
    document.body.innerHTML = '<p id="a">Modi met Modi’s guests.</p><p id="b">Later, Modi spoke.</p>';
    const records = [
      ...mentionsOf(document.getElementById('a')!, 'Modi', 'narendra-modi'),
      ...mentionsOf(document.getElementById('b')!, 'Modi', 'narendra-modi'),
    ];
    const sentences = mentionSentences(records);
    expect(sentences.map((s) => [s.text, s.mention])).toEqual([
      ['Modi met Modi’s guests.', 0],
      ['Later, Modi spoke.', 2],
    ]);
  });

  it('gives each entity at most a dozen sentences', () => {
    document.body.innerHTML = `<p id="p">${Array.from({ length: 20 }, (_, i) => `Putin said ${i}.`).join(' ')}</p>`;
    const sentences = mentionSentences(mentionsOf(document.getElementById('p')!, 'Putin', 'vladimir-putin'));
    expect(sentences).toHaveLength(MAX_SENTENCES_PER_ENTITY);
  });

  it('skips a mention whose text has left its block', () => {
    document.body.innerHTML = '<p id="p">Putin spoke.</p><p id="q"></p>';
    const records = mentionsOf(document.getElementById('p')!, 'Putin', 'vladimir-putin');
    document.getElementById('q')!.append(records[0]!.range.startContainer);
    expect(mentionSentences(records)).toEqual([]);
  });
});

describe('sentenceAround', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

  it('cuts a long run of text around the mention at word boundaries', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    const text = `${words.slice(0, 100).join(' ')} Belousov ${words.slice(100).join(' ')}`;
    const start = text.indexOf('Belousov');
    const cut = sentenceAround(segmenter, text, start, start + 'Belousov'.length)!;
    expect(cut.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    expect(cut.text.slice(cut.start, cut.end)).toBe('Belousov');
    expect(cut.text).toMatch(/^…word\d+ .* word\d+…$/);
  });

  it('reads Russian and Hindi sentences', () => {
    const ru = 'Встреча прошла в Дели. Путин прибыл в пятницу. Переговоры продолжатся.';
    const at = ru.indexOf('Путин');
    expect(sentenceAround(new Intl.Segmenter('ru', { granularity: 'sentence' }), ru, at, at + 5)!.text).toBe('Путин прибыл в пятницу.');
    const hi = 'बैठक दिल्ली में हुई। मोदी ने स्वागत किया। बातचीत जारी रहेगी।';
    const m = hi.indexOf('मोदी');
    expect(sentenceAround(new Intl.Segmenter('hi', { granularity: 'sentence' }), hi, m, m + 4)!.text).toBe('मोदी ने स्वागत किया।');
  });
});
