/**
 * What a word of a tagged sentence is, for the drafter's rules: compromise's tags read as places,
 * people, organisations, dates; titles and jobs; the shapes of name words. Shared by the finders
 * of names (find-entities.ts) and of the evidence around them (person-evidence.ts).
 */
import { knownWord, type Token } from './tag-sentences';
import { ATTACHED_ARTICLE, JOB_WORDS, NAME_PARTICLES, TITLE_WORDS } from './word-lists';

/** Proper nouns that compromise knows as places. */
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
export const isPlaceTagged = (t: Token) => PLACE_TAGS.some((tag) => t.tags.has(tag));
export const isPersonTagged = (t: Token) =>
  (t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName') || t.tags.has('FemaleName') || t.tags.has('Person')) &&
  !t.tags.has('Honorific') && !TITLE_WORDS.has(t.lower);
export const isOrgTagged = (t: Token) => t.tags.has('Organization');
export const isDateOrNumber = (t: Token) => t.tags.has('Date') || t.tags.has('Value') || t.tags.has('Month') || t.tags.has('WeekDay') || /\d/u.test(t.bare);
/**
 * A word of the title list, its plural written with a capital ("Justices Flávio Dino and Cristiano
 * Zanin"; not the verb of "who heads Japan's…") or a hyphenated title ending in one
 * ("Statistician-General", "Vice-Chancellor"): before a name it is evidence the name is a person's.
 */
export const isListedTitle = (t: Token) =>
  isTitleWord(t.lower) || (t.capitalised && t.lower.length > 4 && t.lower.endsWith('s') && TITLE_WORDS.has(t.lower.slice(0, -1)));
export function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  return dash > 0 && (TITLE_WORDS.has(lower.slice(dash + 1)) || TITLE_WORDS.has(lower.slice(0, dash)));
}
/**
 * A word of a role before a name, split off it into the role line: the title list, or a noun
 * compromise knows as someone's job ("Writer", "Photographer": its Actor tag) that it does not
 * also know as a given name or surname ("Hunter", "Cooper" stay names). A job word alone is no
 * evidence that what follows is a person ("Developer Mojang" is a company).
 */
export const isTitle = (t: Token) =>
  isListedTitle(t) || JOB_WORDS.has(t.lower) ||
  (t.tags.has('Actor') && !t.tags.has('FirstName') && !t.tags.has('LastName') && !t.tags.has('MaleName') && !t.tags.has('FemaleName'));
/** "Russian", "Indian", "Russian-Indian": compromise's Demonym tag, or a long -ian/-ese word that is not a name. */
export const isDemonym = (t: Token) =>
  t.tags.has('Demonym') || NATIONALITY_NOUN.test(t.bare) || (/^\p{Lu}[\p{L}-]{3,}(?:ian|ese)$/u.test(t.bare) && !isPlaceTagged(t) && !isPersonTagged(t));
/** "Frenchman Octave Lapize": a nationality said as a noun, before a name like a demonym. */
const NATIONALITY_NOUN = /^(?:French|English|Dutch|Welsh|Irish|Scots|Scotch|Cornish|Manx)(?:man|woman|men|women)$/u;
/**
 * A word that can be part of a name: letters, with inner hyphens or apostrophes ("O’Brien",
 * "Al-Sisi"), a lower-case particle ("bin", "de") or an attached article ("al-Bashir").
 */
export const isNameWord = (t: Token) =>
  /^\p{Lu}[\p{L}\p{M}]*(?:[-'’.][\p{L}\p{M}]+)*$/u.test(t.bare) || NAME_PARTICLES.has(t.bare) || ATTACHED_ARTICLE.test(t.bare);
export const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.bare);
/** "II" of "King Abdullah II": a regnal number, a name word only last. */
export const isRegnal = (t: Token) => /^(?:II|III|IV|V|VI|VII|VIII)$/u.test(t.bare);
/** "D." of "Frank D. Yeary": an initial, a name word anywhere but last. */
export const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.bare);
/** Can `t`, word `i` of `n`, stand in a person's name: an initial not last, or a name word with a lower-case letter? */
/** "Jr." of "Ruben Santos Jr.": a suffix that is part of the name, last. */
export const isNameSuffix = (t: Token) => /^[JS]r\.?$/u.test(t.bare);
export const fitsName = (t: Token, i: number, n: number) =>
  // "Michael D Higgins": a middle initial may go without its period.
  isNameSuffix(t) ? i > 0 && i === n - 1 : isInitial(t) || (i > 0 && /^\p{Lu}$/u.test(t.bare)) ? i < n - 1 : isNameWord(t) && /\p{Ll}/u.test(t.bare);
/** A word that may open a name after a title: a given name compromise knows, or no word it knows. */
export const mayBeGivenName = (t: Token) => isPersonTagged(t) || !knownWord(t);
/** Are all of a name's words names, particles or words no lexicon knows ("Željko Ivezić", not "Morgan Composer")? */
export const namesOnly = (name: readonly Token[]) =>
  name.every((w) => isPersonTagged(w) || NAME_PARTICLES.has(w.bare) || (!knownWord(w) && !w.tags.has('Plural')));
