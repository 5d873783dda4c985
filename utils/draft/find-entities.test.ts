import { describe, expect, it } from 'vitest';
import { findEntities } from './find-entities';
import { tagSentences } from './tag-sentences';

const people = (sentences: string[]) =>
  findEntities(tagSentences(sentences))
    .candidates.filter((c) => c.kind === 'person')
    .map((c) => ({ name: c.name, role: c.role, names: c.names }));

describe('findEntities: people', () => {
  it('keeps lower-case particles inside a name, and calls the person by particle and surname', () => {
    const found = people(['The country once harbored Osama bin Laden, officials said.', 'Later the French honoured Charles de Gaulle, officials said.']);
    expect(found).toContainEqual({ name: 'Osama bin Laden', role: undefined, names: ['Osama bin Laden', 'bin Laden'] });
    expect(found).toContainEqual({ name: 'Charles de Gaulle', role: undefined, names: ['Charles de Gaulle', 'de Gaulle'] });
  });

  it('keeps an attached article in a name, and merges the surname said without it', () => {
    const found = people(['Sudan’s President Omar Hassan al-Bashir was indicted.', 'Officials said Mr. Bashir must be held accountable.']);
    expect(found).toEqual([{ name: 'Omar Hassan al-Bashir', role: 'President', names: ['Omar Hassan al-Bashir', 'Bashir'] }]);
  });

  it('splits a job word off a person’s name into the role, but not off a name that is no one’s', () => {
    const found = people(['Photographer Oleg Urusov took the picture.', 'Aerospace Writer Marcia Dunn contributed to this report.', 'The User Agreement changed.']);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Oleg Urusov', 'Photographer'],
      ['Marcia Dunn', 'Aerospace Writer'],
    ]);
  });

  it('does not take a job word before a single word as evidence of a person', () => {
    expect(people(['Developer Mojang released the patch.'])).toEqual([]);
  });
});
