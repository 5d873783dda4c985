/**
 * Is a bare surname really our person? A reader says no when the word before it is another given
 * name or an initial ("Lalit Modi", "Sushil Kumar Modi", "G. C. Murmu", "GC Murmu"), and yes when it
 * is a title ("PM Modi", "Mr. Putin", "Defence Minister Belousov") or an ordinary word that happens
 * to start a sentence ("When Modi met…"). The lists below are those titles and words, lower-cased;
 * any other Capitalised word directly before the surname is taken to be a given name. That errs on
 * the side of silence, which the product wants: a wrong card costs more than a missed one.
 * Caseless scripts (Devanagari) give no such signal; packs list their namesakes as exclusions.
 */
import { APOS, IGNORABLE, SPACE, WORD, charClass, isAllCaps, isCyrillic, lowerUnit, startsUpper, stripIgnorables, upperUnit } from './char-class';

/**
 * Offices: a title that names what our person is called in office ("PM Modi", "President Murmu",
 * "Defence Minister Belousov"). Such a title also clears the namesake memory for that mention:
 * after "Sushil Modi", "PM Modi" is still ours. (Offices someone else holds, "Lieutenant Governor
 * Murmu", "Deputy CM Modi", are the pack's exclusions.)
 */
const OFFICES = new Set(
  (
    'president prime pm premier minister chancellor presidente ministro ministra primo ' +
    'президент президента президенту президентом премьер министр министра министром'
  ).split(' '),
);

/** Titles, honorifics and role words that may stand directly before a surname. */
const TITLES = new Set(
  (
    // English
    'mr mrs ms miss mx dr prof sir dame lord lady shri sri smt shrimati pm cm mp mla president prime minister ' +
    'premier chancellor chief general gen lt col capt maj adm admiral marshal secretary leader counterpart king ' +
    'queen tsar czar comrade ambassador governor defence defense foreign external home finance deputy vice head ' +
    'chairman chair spokesman spokeswoman envoy senator rep congressman mayor judge justice rashtrapati mantri ' +
    // Modifiers that stand before a leader's surname ("Russian Putin" in headlines, "Kremlin chief"),
    // and the country or ministry a title is of ("Президент РФ Путин", "премьер-министр Индии Моди",
    // "ministro della Difesa Belousov")
    'russian indian kremlin russia india рф россии индии российский индийский difesa esteri ' +
    // Italian, French, Spanish, Portuguese
    'presidente premier primo ministro ministra signor sig dott on ministre président monsieur señor senhor ' +
    // Russian
    'президент президента президентом премьер министр министра министром глава главы генерал ' +
    'господин господина лидер коллега ' +
    // Hindi (caseless, listed for completeness of headline forms in Latin transliteration)
    'ji'
  ).split(' '),
);

/** Capitalised words that start sentences and clauses, never given names. */
const COMMON = new Set(
  (
    'a an the and but or nor so yet as at by for from in into of on onto to with without about after before ' +
    'since until while when whenever where why how what who whom whose which that this these those there here ' +
    'then now also still even only thus hence however meanwhile moreover indeed perhaps both either neither ' +
    'if though although because unless once today yesterday tomorrow tonight earlier later last next ' +
    'says said asked told did does do will would can could should shall may might must has had have was ' +
    'is are were be been being not no yes thanks according like unlike under over between among during ' +
    'against despite via per mister welcome meet meets met ' +
    // Title Case headlines capitalise every word: "As Trump Reaches Toward Putin", "Biden Slams Putin".
    // Prepositions and the verbs headlines put before a leader's name are never given names.
    'toward towards across around through throughout behind beyond near inside outside upon within amid ' +
    'amidst versus vs ahead along alongside beside besides off out up down past than ' +
    'slams slammed blasts blasted warns warned urges urged hosts hosted greets greeted calls called ' +
    'thanks thanked tells praises praised backs backed visits visited invites invited receives received ' +
    'welcomes welcomed holds held signs signed hails hailed rejects rejected accuses accused blames blamed ' +
    'reaches reached joins joined snubs snubbed courts courted woos wooed embraces embraced defends defended ' +
    'attacks attacked criticises criticised criticizes criticized questions questioned challenges challenged ' +
    'congratulates congratulated phones phoned dials spoke speaks talks talked writes wrote names named ' +
    'gifts gifted lands landed arrives arrived meet leaves left flies flew ' +
    'appoints appointed rebukes rebuked lauds lauded chides chided hugs hugged joins sees saw expects ' +
    'expected awaits awaited reassures reassured assures assured asks briefs briefed pressures pressured ' +
    'confronts confronted counters countered mocks mocked dismisses dismissed ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december ' +
    'ieri oggi domani secondo per con e ma quando anche il lo la le gli i un una del della che come dopo ' +
    'когда но и а как по в на с что сам также вчера сегодня завтра после до при ' +
    // question words and adverbs that open a sentence or a headline ("Почему Моди не осудил…")
    'почему зачем где куда откуда кто чем тогда теперь затем потом однако хотя если пока лишь только даже ' +
    'именно поэтому итак зато perché mentre dove chi cosa poi così ' +
    // Russian prepositions that start a sentence ("О Белоусове…", "С Путиным…")
    'о об обо во со к ко у из от за над под про без для через перед между'
  ).split(' '),
);

/** Devanagari spellings of Latin letter names: "जी.सी. मुर्मू" is G. C. Murmu. */
const DEVANAGARI_INITIALS = new Set(
  'ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड'.split(' '),
);

/**
 * Words after a bare surname that make it the name of a place or a firm ("Modi Road", "the Modi
 * Group"), when written with a capital.
 */
const NAMED_AFTER = new Set(
  (
    'road rd street st marg lane avenue nagar colony chowk bridge mills group industries enterprises ' +
    'university college school hospital stadium airport station institute foundation trust ' +
    // the words Indian firm names are made of ("Modi Naturals", "Modi Rubber", "Modi Textiles Ltd")
    'ltd limited pvt inc corp corporation company co sons brothers bros exports textiles rubber ' +
    'naturals foods chemicals steel sugar motors pharma pharmaceuticals jewellers diamonds'
  ).split(' '),
);

/**
 * Plural determiners before a bare surname: the word is a common noun ("TUTTI I MODI", Italian "all
 * the ways", in a headline in capitals), never a person's name.
 */
const PLURAL_DETERMINERS = new Set('i gli dei degli nei negli ai agli sui sugli dai dagli tutti molti alcuni questi quei'.split(' '));

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
): number {
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
    if (lowerUnit(c) === c && upperUnit(c) !== c) return NEUTRAL;
  }
  for (const o of others) if (o.end === p && !o.t.exclusion) return NEUTRAL;
  const word = stripIgnorables(text.slice(q, p));
  const folded = word.toLowerCase();
  if (OFFICES.has(folded)) return OFFICE;
  if (TITLES.has(folded)) return NEUTRAL;
  // "R. Modi" / "G.C.Murmu" / "जी.सी. मुर्मू": an initial, ours when it is our person's ("В.В.
  // Путин"). "…in Delhi. Modi said": a sentence end.
  if (sawDot) {
    if (DEVANAGARI_INITIALS.has(word)) return NAMESAKE;
    if (word.length > 2 || !startsUpper(word)) return NEUTRAL;
    return initials.includes(folded.charAt(0)) ? NEUTRAL : NAMESAKE;
  }
  // A headline in capitals that ends at a line break ("…ON TARMAC\nPutin’s visit"): its last word
  // is no given name.
  if (sawBreak && word.length > 1 && isAllCaps(word)) return NEUTRAL;
  // "India's Modi": the word before is a possessive "s".
  if (q > 0 && charClass(text.charCodeAt(q - 1)) === APOS) return NEUTRAL;
  if (PLURAL_DETERMINERS.has(folded)) return COMMON_NOUN;
  if (COMMON.has(folded)) return NEUTRAL;
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
export function isNamedAfter(text: string, end: number): boolean {
  let p = end;
  while (p < text.length && p - end < 4 && charClass(text.charCodeAt(p)) === SPACE) p++;
  if (p === end) return false;
  let q = p;
  while (q < text.length && q - p < 16 && charClass(text.charCodeAt(q)) === WORD) q++;
  if (q === p || !startsUpper(text.charAt(p))) return false;
  if (q < text.length && charClass(text.charCodeAt(q)) === WORD) return false;
  return NAMED_AFTER.has(text.slice(p, q).toLowerCase());
}
