import { describe, expect, it } from 'vitest';
import { clauseAround, sentenceAround, asciiDigits } from './event-frames';
import { compileIndex, loadCompiledIndex } from './compiled-index';
import { buildIndex, findMentions, type MatcherEntity } from './index';
import { nameGate } from './name-gate';

/** A small pack of its own: a leader, a host, and a visit described by a frame. */
const ENTITIES: MatcherEntity[] = [
  { id: 'leader', kind: 'person', aliases: ['Ivan Petrov', 'Petrov', 'पेत्रोव'] },
  { id: 'host', kind: 'person', aliases: ['Asha Rao', 'Rao', 'राव'] },
  {
    id: 'visit',
    kind: 'event',
    aliases: ["Petrov's visit to Ruritania", 'visita di Petrov in Ruritania'],
    frames: [
      {
        triggers: ['[(state|two-day)] visit', 'visita', 'यात्रा', 'Besuch', 'Gipfel'],
        with: [
          { entities: ['leader'], phrases: ['Petrovs', 'the Borduria leader'] },
          { entities: ['host'], phrases: ['Ruritania', 'रुरितानिया'] },
        ],
        when: { years: [2025], ordinals: [5] },
        against: ['last visit', 'visit to Syldavia', 'ultima'],
      },
    ],
  },
  {
    id: 'war',
    kind: 'event',
    aliases: ['war in Borduria'],
    frames: [{ triggers: ['(war|conflict)'], with: [{ phrases: ['Borduria', 'Bordurian'] }], window: 'clause' }],
  },
];
const index = buildIndex(ENTITIES);
const events = (text: string, at = index) =>
  findMentions(text, at)
    .filter((m) => m.kind === 'event')
    .map((m) => `${m.entityId}:${m.text}`);

describe('event frames', () => {
  it.each([
    ['every group in the sentence, the span takes the place', 'Petrov arrived on a two-day visit to Ruritania.', ['visit:two-day visit to Ruritania']],
    ['the host as a person', 'Petrov met Rao during the state visit.', ['visit:state visit']],
    ['a group phrase standing for the leader', 'The Borduria leader began his visit in Ruritania on Monday.', ['visit:visit in Ruritania']],
    ['a place before the trigger in Hindi', 'पेत्रोव की रुरितानिया यात्रा शुरू हुई।', ['visit:रुरितानिया यात्रा']],
    ['the span takes the nearest item written onto it', 'रुरितानिया की पेत्रोव यात्रा शुरू हुई।', ['visit:पेत्रोव यात्रा']],
    ['a group missing', 'Petrov began his visit on Monday.', []],
    ['groups in another sentence', 'Petrov landed in Ruritania. His visit ends today.', []],
    ['after a definite article, groups anywhere in the block', 'Petrov landed in Ruritania on Monday. Talks went on. The visit ends today.', ['visit:visit']],
    ['after a definite article, evidence against in its sentence', 'Petrov landed in Ruritania. The last visit was short.', []],
    ['after a definite article, a clause window stays the clause', 'Bordurian troops crossed. The war goes on.', []],
    ['a demonstrative reaches back one sentence', 'Petrov landed in Ruritania. This visit ends today.', ['visit:visit']],
    ['owned by the leader, no place needed', 'La visita de Petrov terminó.', ['visit:visita de Petrov']],
    ['owned by the leader, German genitive', 'Petrovs erster Besuch endete.', ['visit:Besuch']],
    ['no owner without a possessive', 'Petrov began his visit on Monday, Rao said.', ['visit:visit']],
    ['an against phrase near the trigger', 'Petrov recalled his last visit to Ruritania.', []],
    ['an against phrase far away in its clause stays apart', 'Petrov and Rao opened the visit; the last visit of a minister was dull.', ['visit:visit']],
    ['another year beside the event', 'Petrov and Rao met during the 2019 visit.', []],
    ['another year as the point since which', 'Petrov met Rao on the state visit, the first since 2019.', ['visit:state visit']],
    ['a year that opens the sentence dates all of it', 'In 2019 Petrov flew to meet Rao for a short visit.', []],
    ['a dateline of another year', 'RURITANIA, 5 May 2019 – Petrov met Rao during the visit.', []],
    ['the allowed year', 'Petrov met Rao during the visit of 2025.', ['visit:visit']],
    ['another ordinal before the trigger', 'Petrov and Rao held the 4th Gipfel.', []],
    ['the allowed ordinal', 'Petrov and Rao held the 5th Gipfel.', ['visit:Gipfel']],
    ['another ordinal across a spaced dash, in another clause', 'Petrov and Rao met for the 4th time — Gipfel talks went on.', ['visit:Gipfel']],
    ['the allowed ordinal names the edition where the groups are not in its sentence', 'Petrov è arrivato. L’occasione è il 5esimo Gipfel annuale.', ['visit:Gipfel']],
    ['the allowed ordinal, across a clause mark, does not', 'Petrov è arrivato. It was the 5th time, and the Gipfel was short.', []],
    ['the allowed ordinal of another series, named between them, does not', 'Petrov spoke on Monday. Separately, the 5th Syldavia Gipfel opened.', []],
    ["someone else's possessive", "Rao welcomed Trump's visit while Petrov waited.", []],
    ['a person of another group owns it in Hindi', 'राव की यात्रा पर पेत्रोव ने बात की।', []],
    ['a verb, not an event', 'Petrov hopes to visit Ruritania.', []],
    ['a compound naming another one', 'Petrov and Rao skipped the SOZ-Gipfel.', []],
    ['another destination after the trigger', "Petrov's state visit to Vietnam drew Rao's praise.", []],
    ['a month after "in" is no destination', 'Petrov met Rao on his visit in December.', ['visit:visit']],
    ['a pronoun where the sentence names the event elsewhere', "His visit came before Petrov's visit to Ruritania.", ["visit:Petrov's visit to Ruritania"]],
    ['the clause window', 'The war in the south, said a Bordurian general, is over.', []],
    ['the clause window, inside it', 'The Bordurian war is over.', ['war:Bordurian war']],
    ['an alias wins over the frame', 'The war in Borduria goes on.', ['war:war in Borduria']],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('drops an alias mention dated to another edition by its ordinal or year', () => {
    expect(events("Petrov's visit to Ruritania began.")).toEqual(["visit:Petrov's visit to Ruritania"]);
    expect(events("In 2019, Petrov's visit to Ruritania began.")).toEqual([]);
    expect(events("L'ultima visita di Petrov in Ruritania fu breve.")).toEqual([]);
    // Evidence in the sentence before is about something else.
    expect(events("Era l'ultima. Petrov's visit to Ruritania began.")).toEqual(["visit:Petrov's visit to Ruritania"]);
  });

  it('works the same from a compiled index', () => {
    const loaded = loadCompiledIndex(JSON.parse(JSON.stringify(compileIndex(index))));
    for (const text of ['Petrov arrived on a two-day visit to Ruritania.', 'Petrov and Rao held the 4th Gipfel.', 'La visita de Petrov terminó.']) {
      expect(events(text, loaded)).toEqual(events(text));
    }
  });

  it('lets the name gate through every text a frame can fire in', () => {
    const gate = nameGate(index.gate!);
    for (const text of ['The Bordurian war is over.', 'La visita de Petrov terminó.', 'The Borduria leader began his visit in Ruritania.']) {
      expect(events(text).length).toBeGreaterThan(0);
      expect(gate(text)).toBe(true);
    }
    expect(gate('The weather was fine all week.')).toBe(false);
  });
});

describe('sentences and clauses', () => {
  it('ends a sentence at a stop, not after an initial, a title or a date', () => {
    const text = 'Mr. Petrov met Dr. Rao on Dec. 4 in the U.S. capital. Then he left.';
    expect(text.slice(...sentenceAround(text, 4, 10))).toBe('Mr. Petrov met Dr. Rao on Dec. 4 in the U.S. capital');
  });

  it('ends a sentence after a year or a quantity, not after a day of the month written as an ordinal', () => {
    const text = 'Putin was last in India in 2021. This visit is his first since. Er kam am 5. Dezember 2025 an.';
    expect(text.slice(...sentenceAround(text, 0, 5))).toBe('Putin was last in India in 2021');
    expect(text.slice(...sentenceAround(text, 38, 43))).toBe(' This visit is his first since');
    expect(text.slice(...sentenceAround(text, 66, 69))).toBe(' Er kam am 5. Dezember 2025 an');
  });

  it('ends a sentence after a code ("S-400.") and at a line break only where no stop or break just did', () => {
    const text = 'They bought the S-400. Seven years later it came back.\nPetrov met Rao in 2025.\n\nThis visit was short.';
    expect(text.slice(...sentenceAround(text, 23, 28))).toBe(' Seven years later it came back');
    // The blank line after "2025." ends nothing more: no sentence between them is empty.
    expect(text.slice(...sentenceAround(text, 85, 90))).toBe('\n\nThis visit was short');
    expect(text.slice(...sentenceAround(text, 77, 77))).toBe('\nPetrov met Rao in 2025');
  });

  it('answers for a span across a stop without remembering it for the sentences inside', () => {
    const text = 'Alpha beta. Gamma delta, epsilon.';
    expect(sentenceAround(text, 6, 14)).toEqual([0, 32]);
    expect(sentenceAround(text, 12, 17)).toEqual([11, 32]);
  });

  it('finds each sentence of a block whatever order it is asked in, and each clause inside its own sentence', () => {
    const text = 'One, two. Three, four. Five';
    const ask = (at: number) => text.slice(...sentenceAround(text, at, at + 1));
    expect([ask(10), ask(0), ask(23), ask(17), ask(5)]).toEqual([' Three, four', 'One, two', ' Five', ' Three, four', 'One, two']);
    expect(text.slice(...sentenceAround(text, 8, 8))).toBe('One, two');
    expect(text.slice(...clauseAround(text, 17, 21))).toBe(' four');
    expect(text.slice(...clauseAround(text, 0, 3))).toBe('One');
  });

  it('ends a sentence after a word that ends in a vowel sign, at a danda and at an Urdu full stop, not inside a word', () => {
    const hindi = 'वह आएंगे. यह यात्रा होगी।';
    expect(hindi.slice(...sentenceAround(hindi, 13, 19))).toBe(' यह यात्रा होगी');
    const urdu = 'روس۔یوکرین جنگ۔ دوسرا جملہ';
    expect(urdu.slice(...sentenceAround(urdu, 0, 3))).toBe('روس۔یوکرین جنگ');
  });

  it('parts clauses at commas and spaced dashes, not at brackets, numbers or dashes inside words', () => {
    const text = 'The India–Russia Commission (Trade, Culture) met on 4,5 May — then left';
    expect(text.slice(...clauseAround(text, 17, 27))).toBe('The India–Russia Commission (Trade');
    expect(text.slice(...clauseAround(text, 52, 55))).toBe(' Culture) met on 4,5 May ');
  });

  it('reads the digits of the scripts news is written in', () => {
    expect(asciiDigits('२०२१ ২০২২ ٢٠٢٣ ۲۰۲۴ ２０２５')).toBe('2021 2022 2023 2024 2025');
  });
});
