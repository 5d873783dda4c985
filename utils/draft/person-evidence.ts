/**
 * The words around a run of Capitalised words that say it names a person: a description after it
 * (", who…", ", a spokeswoman for…"), a credit, an affiliation ("of Osaka University"), a job or an
 * office before it, a verb only people do ("said X", "led by X"), an owner ("Iran's"), a list it
 * continues. Each rule reads the run's sentence only; find-entities.ts decides with them.
 */
import { knownWord, type Token } from './tag-sentences';
import {
  isAcronym, isDateOrNumber, isDemonym, isListedTitle, isOrgTagged, isPersonTagged, isPlaceTagged, isTitle, namesOnly,
} from './token-kinds';
import {
  AGENT_VERBS, AMBIGUOUS_TITLES, FIRM_NOUNS, JOB_WORDS, ORG_WORDS, PERSON_NOUNS, RELATION_NOUNS, SPEECH_VERBS, WORK_NOUNS,
} from './word-lists';

/** A run of Capitalised words in a sentence. */
export interface Run {
  sentence: number;
  tokens: Token[];
  /** Index in the sentence of the first token. */
  first: number;
  /** The whole sentence's tokens, for context. */
  context: Token[];
}

/** Words that open a credit line: "Reporting by Frank Phiri; Editing by Alexander Winning". */
const CREDITS = new Set(['reporting', 'editing', 'writing', 'photo', 'photos', 'photograph', 'photography', 'illustration', 'compiled', 'produced']);

/** "Reporting by Frank Phiri", "Editing by Ed Osmond": a credit names a person. */
export function creditBefore(run: Run): boolean {
  const by = run.context[run.first - 1];
  const credit = run.context[run.first - 2];
  return by?.lower === 'by' && credit !== undefined && CREDITS.has(credit.lower);
}

/** Adverbs that may open a description after a name. */
const TIME_ADVERBS = new Set(['formerly', 'now', 'currently', 'once', 'also', 'previously']);

/**
 * A name set off by a comma and described as a person: "Xavi Simons, who has struggled…",
 * "Shosh Bedrosian, a spokeswoman for Netanyahu,", "Wi Sung-lac, head of the Office…".
 * `length` is the run's length before trimming its title.
 */
export function describedAfter(run: Run, length: number): boolean {
  const last = run.context[run.first + length - 1];
  let at = run.first + length;
  let next = run.context[at];
  if (!last?.breakAfter || !next) return false;
  // "Mikael Dolsten, formerly Pfizer's chief scientific officer": an adverb of time first.
  while (next && TIME_ADVERBS.has(next.lower) && !next.breakAfter) next = run.context[++at];
  if (!next) return false;
  if (next.lower === 'who') return true;
  // "Elon Musk, whose SpaceX…"; a band or a firm has a "whose" too ("Quiet Riot, whose…").
  if (next.lower === 'whose') return namesOnly(run.tokens.slice(-2));
  if ((isListedTitle(next) || RELATION_NOUNS.has(next.lower)) && !next.capitalised) return true;
  // "Hakan Fidan, Türkiye's foreign minister,", "Aliko Dangote, Africa's richest man,".
  const owned = next.capitalised && next.possessive;
  if (next.lower !== 'a' && next.lower !== 'an' && next.lower !== 'the' && !owned) return false;
  // The description's noun, after any adjectives: a title or a word for someone's job ("a
  // spokeswoman for…", "a senior member of…"; not "the city where…").
  for (let i = at + 1; i < run.context.length && i <= at + 5; i++) {
    const word = run.context[i]!;
    if (isListedTitle(word) || (word.tags.has('Actor') && !word.capitalised)) return true;
    if ((JOB_WORDS.has(word.lower) || PERSON_NOUNS.has(word.lower)) && !word.capitalised) return true;
    // "the Georgian who…": a nationality said as a noun.
    if (isDemonym(word) && run.context[i + 1]?.lower === 'who') return true;
    // Adjectives, nationalities among them, and the name of a place or body it works for: "a
    // veteran Iranian director", "a China CDC researcher", "a University of Washington astronomer".
    const modifier =
      word.tags.has('Adjective') || isDemonym(word) || word.capitalised || word.lower === 'of' || /-based$|^\d+-year-old$/u.test(word.lower) ||
      // A noun of what someone does ("the cosmetics heir"), not a place or a time ("the city where").
      (word.tags.has('Noun') && !word.capitalised && !word.tags.has('Date'));
    if (word.breakAfter || !modifier) return false;
  }
  return false;
}

/**
 * "the Port Alder library": the run is a modifier of the noun after it, not a name of its own. A
 * span of time after it is no such noun ("minister Chrystia Freeland hours before…").
 */
export function modifiesNoun(run: Run): boolean {
  const last = run.tokens.at(-1)!;
  const next = run.context[run.first + run.tokens.length];
  return !last.breakAfter && next !== undefined && !next.capitalised && next.tags.has('Noun') && !next.tags.has('Duration') && !next.tags.has('Date');
}

/**
 * "Shimon Sakaguchi of Osaka University": a name of words no lexicon knows (or given names and
 * surnames it knows), followed by "of" and an institution, is someone's with their affiliation.
 */
export function affiliated(run: Run, name: readonly Token[]): boolean {
  // Not a name given to a thing just named: "the journal Infectious Diseases of Poverty".
  const before = run.context[run.first - 1];
  if (before && !before.capitalised && before.tags.has('Noun') && !isTitle(before) && !RELATION_NOUNS.has(before.lower)) return false;
  const end = run.first + run.tokens.length;
  const of = run.context[end];
  let next = run.context[end + 1];
  // "Yuichiro Tamaki of the Democratic Party for the People".
  if (next?.lower === 'the' && !next.breakAfter) next = run.context[end + 2];
  return !name.at(-1)!.breakAfter && of?.lower === 'of' && !of.breakAfter && next?.capitalised === true && namesOnly(name);
}

/**
 * A word for someone's job in lower case right before the run ("pop star Dua Lipa", "the rapper
 * Stormzy"; not a firm's, "chemicals maker Covestro"). compromise's Actor tag also falls on words
 * of a phrase around a title ("president of"), so a one-word name needs "the" or "a" before the job.
 */
export function jobBefore(run: Run, nameLength: number): boolean {
  const job = run.context[run.first - 1];
  if (!job || FIRM_NOUNS.has(job.lower) || !(JOB_WORDS.has(job.lower) || (job.tags.has('Actor') && job.tags.has('Singular')))) return false;
  const article = run.context[run.first - 2]?.lower;
  return nameLength >= 2 || article === 'the' || article === 'a' || article === 'an';
}

/** Does the run follow a person's name in a list: "Tony Iommi, Geezer Butler", "Geezer Butler and Bill Ward"? */
export function listedAfterPerson(run: Run, personEnds: ReadonlySet<Token>): boolean {
  // An owner may open the item: "Zambia's President Hakainde Hichilema, Burundi's Évariste Ndayishimiye".
  let at = run.first;
  const owner = run.context[at - 1];
  if (owner?.possessive && owner.capitalised) at--;
  const before = run.context[at - 1];
  if (!before) return false;
  if (personEnds.has(before)) return before.breakAfter && !before.possessive && run.context[at]!.start - before.end === 2;
  const person = run.context[at - 2];
  return before.lower === 'and' && person !== undefined && personEnds.has(person) && !person.breakAfter;
}

/** Names only, or a given name and then any name words ("Simon Hall", "Karen Shore"). */
const namesOrGivenFirst = (name: readonly Token[]) => namesOnly(name) || name[0]!.tags.has('FirstName');

/**
 * A full name said to do something only people do, by the words around it: "said Željko Ivezić,",
 * "led by Natthaphong Ruengpanyawut", "the 19-year-old Désiré Doué", "Joachim Trier's drama",
 * "her predecessor Srettha Thavisin".
 */
export function doerOf(run: Run, name: readonly Token[]): boolean {
  if (run.tokens[0] !== name[0] || !namesOrGivenFirst(name)) return false;
  const before = run.context[run.first - 1];
  const before2 = run.context[run.first - 2];
  const last = name.at(-1)!;
  // "Simon Hall, 57, in a leather jacket": an age set off by commas after the name.
  const age = run.context[run.first + run.tokens.length];
  if (name.at(-1)!.breakAfter && age && /^\d{1,3}$/u.test(age.bare) && age.breakAfter && Number(age.bare) < 120) return true;
  if (before && !before.breakAfter) {
    // "said Željko Ivezić": the speaker; "told Xi Jinping": the one spoken to, a person if the
    // words are names ("told Sky Sports" is a channel).
    if (SPEECH_VERBS.has(before.lower) && (namesOnly(name) || (before.lower !== 'told' && before.lower !== 'asked'))) return true;
    if (before.lower === 'by' && before2 && !before2.breakAfter && AGENT_VERBS.has(before2.lower)) return true;
    if (/^\d+-year-old$/u.test(before.lower) || RELATION_NOUNS.has(before.lower)) return true;
  }
  // A possessive name before the work it made, across adjectives ("Hafsia Herzi's coming-of-age
  // drama"), or before the party, team or firm it leads ("Jitan Ram Manjhi's Hindustani Awam
  // Morcha", "Franco Colapinto's Alpine"; not a firm's own person, "Morgan Stanley's Joseph Moore").
  if (last.possessive && namesOnly(name)) {
    const next = run.context[run.first + run.tokens.length];
    if (next?.capitalised && !isPersonTagged(next) && !isDateOrNumber(next)) return true;
    for (let i = run.first + run.tokens.length; i < run.context.length && i <= run.first + run.tokens.length + 3; i++) {
      const word = run.context[i]!;
      if (WORK_NOUNS.has(word.lower)) return true;
      if (word.capitalised || word.breakAfter) break;
    }
  }
  return false;
}

/**
 * "Iran's Jafar Panahi", "Brazil's Fernanda Torres", "Labour's Karen Shore": a full name owned by
 * a country, a party or a firm, its words names or words no lexicon knows, or a given name first.
 */
export function ownedByPlace(run: Run, name: readonly Token[]): boolean {
  const owner = run.context[run.first - 1];
  if (owner === undefined || !owner.possessive || !owner.capitalised || run.tokens[0] !== name[0]) return false;
  if (isPlaceTagged(owner)) return namesOnly(name);
  // A party's or a firm's person, named by one word or letters ("Labour's Karen Shore", "BJP's
  // Chhoti Kumari"); not what a person owns ("Jitan Ram Manjhi's Hindustani Awam Morcha").
  const ownerRun = run.context[run.first - 2];
  const oneWord = !ownerRun || !ownerRun.capitalised || ownerRun.breakAfter;
  return oneWord && (isOrgTagged(owner) || isAcronym(owner)) && namesOrGivenFirst(name);
}

/**
 * "Pakistan's prime minister, Shehbaz Sharif, said", "the committee's chair, Jørgen Watne
 * Frydnes, described": a full name set off by commas right after a title or a job in lower case,
 * its words names or words no lexicon knows.
 */
export function appositive(run: Run, name: readonly Token[]): boolean {
  const title = run.context[run.first - 1];
  const last = name.at(-1)!;
  if (name.length < 2 || title === undefined || !title.breakAfter || title.possessive || run.tokens[0]!.start - title.end !== 2 || !last.breakAfter || last.possessive) return false;
  // An office, in either case ("the Speaker, Fukushiro Nukaga,", "the captain, Shubman Gill,").
  if (isListedTitle(title) && !AMBIGUOUS_TITLES.has(title.lower)) return true;
  // A job or a relation in lower case, before names only: not a product after a job word ("the
  // HTML editor, Mozilla Composer,").
  return !title.capitalised && (isTitle(title) || RELATION_NOUNS.has(title.lower)) && !FIRM_NOUNS.has(title.lower) && namesOnly(name);
}

/** A lower-case title before a name and the words that belong to it: "Council member", "Chief engineer". */
export function titleBefore(run: Run): Token[] {
  const words: Token[] = [];
  for (let i = run.first - 1; i >= 0 && words.length < 4; i--) {
    const t = run.context[i]!;
    if (t.breakAfter) break;
    if (!(isTitle(t) || isDemonym(t) || ORG_WORDS.has(t.lower) || t.capitalised && t.tags.has('ProperNoun'))) break;
    words.unshift(t);
  }
  return words;
}
