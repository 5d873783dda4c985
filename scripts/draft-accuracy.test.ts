import { describe, expect, it } from 'vitest';
import { matchLabel, scorePeople, type LabelledPerson } from './draft-accuracy';

const LABELS: LabelledPerson[] = [
  { name: 'Bill Clinton', aliases: ['President Bill Clinton', 'Mr. Clinton'] },
  { name: 'Eric Reeves', aliases: ['Mr. Reeves'] },
  { name: 'Obama', aliases: ['President Obama'] },
  { name: 'Donald J. Trump', aliases: [] },
];

describe('matchLabel', () => {
  it('matches the name or an alias, case-insensitive and whitespace-collapsed', () => {
    expect(matchLabel('bill   clinton', LABELS)).toBe(0);
    expect(matchLabel('Mr. Reeves', LABELS)).toBe(1);
    expect(matchLabel('President  Obama', LABELS)).toBe(2);
  });

  it('matches by surname when the first words are compatible', () => {
    expect(matchLabel('Reeves', LABELS)).toBe(1);
    expect(matchLabel('Trump', LABELS)).toBe(3);
    expect(matchLabel('Donald Trump', LABELS)).toBe(3);
    expect(matchLabel('D. Trump', LABELS)).toBe(3);
  });

  it('does not match a namesake with another given name, or a title not among the aliases', () => {
    expect(matchLabel('Hillary Clinton', LABELS)).toBe(-1);
    expect(matchLabel('Michelle Obama', LABELS)).toBe(-1);
    expect(matchLabel('Senator Reeves', LABELS)).toBe(-1);
    expect(matchLabel('Keanu Reeves', LABELS)).toBe(-1);
    expect(matchLabel('Sudan', LABELS)).toBe(-1);
  });
});

describe('scorePeople', () => {
  it('counts true positives, false positives with duplicates, and misses', () => {
    const score = scorePeople(['Bill Clinton', 'Mr. Clinton', 'Hillary Clinton', 'Eric Reeves', 'Khartoum'], LABELS);
    expect(score).toEqual({
      labelled: 4,
      drafted: 5,
      tp: 2,
      falsePositives: [{ name: 'Mr. Clinton', duplicateOf: 'Bill Clinton' }, { name: 'Hillary Clinton' }, { name: 'Khartoum' }],
      misses: ['Obama', 'Donald J. Trump'],
    });
  });

  it('scores an unlabelled page on false positives only', () => {
    expect(scorePeople(['Ahiza Garcia'], [])).toEqual({ labelled: 0, drafted: 1, tp: 0, falsePositives: [{ name: 'Ahiza Garcia' }], misses: [] });
    expect(scorePeople([], LABELS.slice(0, 1))).toEqual({ labelled: 1, drafted: 0, tp: 0, falsePositives: [], misses: ['Bill Clinton'] });
  });
});
