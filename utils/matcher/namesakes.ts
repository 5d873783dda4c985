/**
 * Is a bare surname really our person? A reader says no when the word before it is another given
 * name or an initial ("Lalit Modi", "Sushil Kumar Modi", "G. C. Murmu", "GC Murmu"), and yes when it
 * is a title ("PM Modi", "Mr. Putin", "Defence Minister Belousov") or an ordinary word that happens
 * to start a sentence ("When Modi met…"). The lists below are those titles and words, lower-cased;
 * any other Capitalised word directly before the surname is taken to be a given name. That errs on
 * the side of silence, which the product wants: a wrong card costs more than a missed one.
 * Caseless scripts (Devanagari) give no such signal; packs list their namesakes as exclusions.
 */
import { APOS, IGNORABLE, SPACE, WORD, charClass, isAllCaps, isCyrillic, isHan, lowerUnit, startsUpper, stripIgnorables, upperUnit } from './char-class';







/**
 * German capitalises every noun, so a Capitalised word before a surname may be a noun ("dessen
 * Beendigung Modi…") or a compound title ("Kremlchef Putin", "Staatspräsidentin Murmu"): told by
 * their endings.
 */
const GERMAN_OFFICE_END = /(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|premier)$/;
const GERMAN_NOUN_END = /..(ung|heit|keit|schaft|tion|tät|ismus)$/;


/** The lists of namesake-words.ts, each a space-separated string. */
export interface NamesakeWordLists {
  offices: string;
  titles: string;
  common: string;
  devanagariInitials: string;
  namedAfter: string;
  pluralDeterminers: string;
  hindiOffices: string;
  hindiBeforeName: string;
}

/** The same lists as sets, as an index holds them. */
export type NamesakeWords = { readonly [K in keyof NamesakeWordLists]: ReadonlySet<string> };

/** Sets from the lists; throws on a list that is not a string. */
export function namesakeWords(lists: NamesakeWordLists): NamesakeWords {
  const sets: Record<string, Set<string>> = {};
  const keys: (keyof NamesakeWordLists)[] = ['offices', 'titles', 'common', 'devanagariInitials', 'namedAfter', 'pluralDeterminers', 'hindiOffices', 'hindiBeforeName'];
  for (const key of keys) {
    const list = lists[key];
    if (typeof list !== 'string') throw new TypeError(`namesake words: ${key} is not a string`);
    sets[key] = new Set(list.split(' '));
  }
  return sets as unknown as NamesakeWords;
}

function isDevanagari(c: number): boolean {
  return c >= 0x900 && c <= 0x97f;
}

function judgeDevanagari(word: string, words: NamesakeWords): number {
  if (words.hindiOffices.has(word)) return OFFICE;
  if (words.hindiBeforeName.has(word) || /(\u0947|\u0947\u0902|\u0940\u0902|\u0948\u0902)$/.test(word)) return NEUTRAL;
  return NAMESAKE;
}

/** Middle dots that join a Chinese transliterated given name to the surname ("德米特里·别洛乌索夫"). */
const MIDDLE_DOTS = '·・‧•･';

/** A Han surname after a middle dot: the Han name before the dot is a given name, ours or not. */
function judgeHanDot(text: string, start: number, initials: string): number {
  let q = start - 1;
  while (q > 0 && isHan(text.charCodeAt(q - 1))) q--;
  if (q === start - 1) return NEUTRAL;
  return initials.includes(text.charAt(q)) ? NEUTRAL : NAMESAKE;
}

/**
 * Russian case agreement: a given name stands in the case of the surname it goes with ("Игоря
 * Путина", "Андрею Белоусову", "Ксения Белоусова"). A Capitalised word whose ending cannot be that
 * case is a sentence-starting noun or adverb ("Визит Путина в Индию", "Ранее Белоусову показали"),
 * not a given name. Only surnames in -ов/-ев/-ин/-ын with a case ending are judged; a nominative
 * surname, or one that does not decline (Моди, Мурму), gives no signal.
 */
const RU_CASE: readonly [RegExp, RegExp][] = [
  [/(ов|ев|ин|ын)а$/, /[аяыи]$/],
  [/(ов|ев|ин|ын)у$/, /[ую]$/],
  [/(ов|ев|ин|ын)(ым|ом)$/, /(ом|ем|ём|ой|ей|ёй)$/],
  [/(ов|ев|ин|ын)е$/, /е$/],
];
function disagreesInCase(givenFolded: string, surnameFolded: string): boolean {
  if (!/^[а-яё]+$/.test(givenFolded)) return false;
  for (const [surname, given] of RU_CASE) if (surname.test(surnameFolded)) return !given.test(givenFolded);
  return false;
}

/** What the word before a bare surname says about it. */
export const NEUTRAL = 0;
/** Someone else's given name or initial: "Lalit Modi", "G. C. Murmu". */
export const NAMESAKE = 1;
/** An office title: "PM Modi", "President Murmu" (ours even after a namesake). */
export const OFFICE = 2;
/** A plural determiner: the word is a common noun ("TUTTI I MODI"); dropped, without memory. */
export const COMMON_NOUN = 3;

/**
 * Judges the word before `start`. `others` are the other candidate mentions: in "Modi Putin
 * talks" the word before "Putin" is a name, but ours. `initials` are the folded first letters of
 * our person's other names ("vв" for Vladimir/Владимир): "В.В. Путин" and "N. Modi" are ours.
 */
export function judgeBefore(
  text: string,
  start: number,
  end: number,
  others: readonly { end: number; t: { exclusion: boolean } }[],
  initials: string,
  words: NamesakeWords,
): number {
  if (start > 1 && MIDDLE_DOTS.includes(text.charAt(start - 1)) && isHan(text.charCodeAt(start))) return judgeHanDot(text, start, initials);
  let p = start;
  let sawSpace = false;
  let sawBreak = false;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    const k = charClass(c);
    if (k === SPACE) {
      sawSpace = true;
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) sawBreak = true;
    } else if (k !== IGNORABLE) break;
    p--;
  }
  let sawDot = false;
  if (p > 0 && text.charCodeAt(p - 1) === 0x2e) {
    sawDot = true;
    p--;
  }
  if (!sawSpace && !sawDot) return NEUTRAL;
  let q = p;
  while (q > 0) {
    const k = charClass(text.charCodeAt(q - 1));
    if (k !== WORD && k !== IGNORABLE) break;
    q--;
  }
  if (q === p) return NEUTRAL;
  // A word starting with a lower-case letter ("said", "with", "ministro") is never a given name or
  // an initial: the common case, decided without building the word.
  if (!sawDot) {
    const c = text.charCodeAt(q);
    // (But a lower-case plural determiner makes it a noun: "in zwei Modi", modes.)
    if (lowerUnit(c) === c && upperUnit(c) !== c) return words.pluralDeterminers.has(text.slice(q, p)) ? COMMON_NOUN : NEUTRAL;
  }
  for (const o of others) if (o.end === p && !o.t.exclusion) return NEUTRAL;
  const word = stripIgnorables(text.slice(q, p));
  const folded = word.toLowerCase();
  if (words.offices.has(folded)) return OFFICE;
  if (words.titles.has(folded)) return NEUTRAL;
  // "R. Modi" / "G.C.Murmu" / "जी.सी. मुर्मू": an initial, ours when it is our person's ("В.В.
  // Путин"). "…in Delhi. Modi said": a sentence end.
  if (sawDot) {
    if (words.devanagariInitials.has(word)) return NAMESAKE;
    if (word.length > 2 || !startsUpper(word)) return NEUTRAL;
    return initials.includes(folded.charAt(0)) ? NEUTRAL : NAMESAKE;
  }
  // A headline in capitals that ends at a line break ("…ON TARMAC\nPutin’s visit"): its last word
  // is no given name.
  if (sawBreak && word.length > 1 && isAllCaps(word)) return NEUTRAL;
  // "India's Modi": the word before is a possessive "s".
  if (q > 0 && charClass(text.charCodeAt(q - 1)) === APOS) return NEUTRAL;
  if (words.pluralDeterminers.has(folded)) return COMMON_NOUN;
  if (words.common.has(folded)) return NEUTRAL;
  if (isDevanagari(word.charCodeAt(0)) && isDevanagari(text.charCodeAt(start))) return judgeDevanagari(word, words);
  if (GERMAN_OFFICE_END.test(folded)) return OFFICE;
  if (GERMAN_NOUN_END.test(folded)) return NEUTRAL;
  // "GC Murmu", "S Jaishankar": run-together initials.
  if (word.length <= 3 && isAllCaps(word)) return word.length === 1 && initials.includes(folded) ? NEUTRAL : NAMESAKE;
  if (isCyrillic(text.charCodeAt(end - 1)) && disagreesInCase(folded, stripIgnorables(text.slice(start, end)).toLowerCase()))
    return NEUTRAL;
  return startsUpper(word) ? NAMESAKE : NEUTRAL;
}

/**
 * Is the name at [start, end), ending in a Russian patronymic ("Владимир Владимирович"), followed
 * directly by a Capitalised Cyrillic word? Then that word is the surname of someone else
 * ("Владимир Владимирович Маяковский"); our person's own surname would have made a longer match.
 */
export function hasOtherSurnameAfter(text: string, start: number, end: number): boolean {
  if (!isCyrillic(text.charCodeAt(end - 1)) || !/(ович|евич)(а|у|ем|е)?$/i.test(stripIgnorables(text.slice(start, end))))
    return false;
  let p = end;
  while (p < text.length && p - end < 4 && charClass(text.charCodeAt(p)) === SPACE) p++;
  if (p === end || p >= text.length) return false;
  const c = text.charCodeAt(p);
  return c >= 0x410 && c <= 0x42f;
}

/** Is the name at [start, end) the first word of a place's or a firm's name ("Modi Road")? */
export function isNamedAfter(text: string, end: number, words: NamesakeWords): boolean {
  let p = end;
  while (p < text.length && p - end < 4 && charClass(text.charCodeAt(p)) === SPACE) p++;
  if (p === end) return false;
  let q = p;
  while (q < text.length && q - p < 16 && charClass(text.charCodeAt(q)) === WORD) q++;
  if (q === p || !startsUpper(text.charAt(p))) return false;
  if (q < text.length && charClass(text.charCodeAt(q)) === WORD) return false;
  return words.namedAfter.has(text.slice(p, q).toLowerCase());
}
