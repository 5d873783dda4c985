/**
 * Is a bare surname really our person? A reader says no when the word before it is another given
 * name or an initial ("Lalit Modi", "Sushil Kumar Modi", "G. C. Murmu", "GC Murmu"), and yes when it
 * is a title ("PM Modi", "Mr. Putin", "Defence Minister Belousov") or an ordinary word that happens
 * to start a sentence ("When Modi met…"). The lists below are those titles and words, lower-cased;
 * any other Capitalised word directly before the surname is taken to be a given name. That errs on
 * the side of silence, which the product wants: a wrong card costs more than a missed one.
 * Caseless scripts (Devanagari) give no such signal; packs list their namesakes as exclusions.
 */
import { APOS, IGNORABLE, SPACE, WORD, charClass, isAllCaps, lowerUnit, startsUpper, stripIgnorables, upperUnit } from './char-class';

/** Titles, honorifics and role words that may stand directly before a surname. */
const TITLES = new Set(
  (
    // English
    'mr mrs ms miss mx dr prof sir dame lord lady shri sri smt shrimati pm cm mp mla president prime minister ' +
    'premier chancellor chief general gen lt col capt maj adm admiral marshal secretary leader counterpart king ' +
    'queen tsar czar comrade ambassador governor defence defense foreign external home finance deputy vice head ' +
    'chairman chair spokesman spokeswoman envoy senator rep congressman mayor judge justice ' +
    // Modifiers that stand before a leader's surname ("Russian Putin" in headlines, "Kremlin chief")
    'russian indian kremlin ' +
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
    'appoints appointed rebukes rebuked lauds lauded chides chided hugs hugged joins sees saw expects ' +
    'expected awaits awaited reassures reassured assures assured asks briefs briefed pressures pressured ' +
    'confronts confronted counters countered mocks mocked dismisses dismissed ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december ' +
    'ieri oggi domani secondo per con e ma quando anche il lo la le gli i un una del della che come dopo ' +
    'когда но и а как по в на с что сам также вчера сегодня завтра после до при'
  ).split(' '),
);

/**
 * True when the word before `start` marks the name at `start` as someone else's. `others` are the
 * other candidate mentions: in "Modi Putin talks" the word before "Putin" is a name, but ours.
 */
export function hasNamesakeBefore(
  text: string,
  start: number,
  others: readonly { end: number; t: { exclusion: boolean } }[],
): boolean {
  let p = start;
  let sawSpace = false;
  while (p > 0) {
    const k = charClass(text.charCodeAt(p - 1));
    if (k === SPACE) sawSpace = true;
    else if (k !== IGNORABLE) break;
    p--;
  }
  let sawDot = false;
  if (p > 0 && text.charCodeAt(p - 1) === 0x2e) {
    sawDot = true;
    p--;
  }
  if (!sawSpace && !sawDot) return false;
  let q = p;
  while (q > 0) {
    const k = charClass(text.charCodeAt(q - 1));
    if (k !== WORD && k !== IGNORABLE) break;
    q--;
  }
  if (q === p) return false;
  // A word starting with a lower-case letter ("said", "with", "ministro") is never a given name or
  // an initial: the common case, decided without building the word.
  if (!sawDot) {
    const c = text.charCodeAt(q);
    if (lowerUnit(c) === c && upperUnit(c) !== c) return false;
  }
  for (const o of others) if (o.end === p && !o.t.exclusion) return false;
  const word = stripIgnorables(text.slice(q, p));
  const folded = word.toLowerCase();
  if (TITLES.has(folded)) return false;
  // "R. Modi" / "G.C.Murmu": an initial. "…in Delhi. Modi said": a sentence end.
  if (sawDot) return word.length <= 2 && startsUpper(word);
  // "India's Modi": the word before is a possessive "s".
  if (q > 0 && charClass(text.charCodeAt(q - 1)) === APOS) return false;
  if (COMMON.has(folded)) return false;
  // "GC Murmu", "S Jaishankar": run-together initials.
  if (word.length <= 3 && isAllCaps(word)) return true;
  return startsUpper(word);
}
