import { describe, expect, it } from 'vitest';
import { appositive, describedAfter, doerOf, jobBefore, modifiesNoun, type Run } from './person-evidence';
import { tagSentence } from './tag-sentences';

/** The run of `words` (as written, space-separated) in `sentence`. */
function runOf(sentence: string, words: string): Run {
  const context = tagSentence(sentence);
  const wanted = words.split(' ');
  const first = context.findIndex((_, i) => wanted.every((w, k) => context[i + k]?.bare === w));
  if (first < 0) throw new Error(`"${words}" is not in "${sentence}"`);
  return { sentence: 0, tokens: context.slice(first, first + wanted.length), first, context };
}

describe('person evidence', () => {
  it('reads a description after a name: who, a job, a nationality and a body, an owner and a job', () => {
    const cases: [string, string, boolean][] = [
      ['Xavi Simons, who has struggled, played.', 'Xavi Simons', true],
      ['Ren Dong, a China CDC researcher, agreed.', 'Ren Dong', true],
      ['Hakan Fidan, Türkiye\'s foreign minister, spoke.', 'Hakan Fidan', true],
      ['Santa Clara, the city where it began, grew.', 'Santa Clara', false],
    ];
    for (const [sentence, name, expected] of cases) {
      const run = runOf(sentence, name);
      expect(describedAfter(run, run.tokens.length), sentence).toBe(expected);
    }
  });

  it('reads what only people do around a full name', () => {
    const cases: [string, string, boolean][] = [
      ['"Yes," said Zeljko Ivezic, an astronomer.', 'Zeljko Ivezic', true],
      ['The party led by Somchai Rattanakorn won.', 'Somchai Rattanakorn', true],
      ["It went to Teodor Lindqvist's drama.", 'Teodor Lindqvist', true],
      ['Shares of Vorta Kelm rose.', 'Vorta Kelm', false],
    ];
    for (const [sentence, name, expected] of cases) {
      const run = runOf(sentence, name);
      expect(doerOf(run, run.tokens), sentence).toBe(expected);
    }
  });

  it('reads an office or a job before a name, set off by commas or not, and a name that modifies a noun', () => {
    const office = runOf('Then the Speaker, Kenji Moritani, announced it.', 'Kenji Moritani');
    expect(appositive(office, office.tokens)).toBe(true);
    const product = runOf('It shipped the HTML editor, Mozilla Composer, too.', 'Mozilla Composer');
    expect(appositive(product, product.tokens)).toBe(false);
    expect(jobBefore(runOf('Pop star Dua Lipa chose it.', 'Dua Lipa'), 2)).toBe(true);
    expect(jobBefore(runOf('Shares of chemicals maker Velstra rose.', 'Velstra'), 1)).toBe(false);
    expect(modifiesNoun(runOf('Speaking from the Davis Moritz courthouse, he ruled.', 'Davis Moritz'))).toBe(true);
    expect(modifiesNoun(runOf('It followed minister Marta Velund hours before.', 'Marta Velund'))).toBe(false);
  });
});
