/**
 * The word lists the namesake rules read (namesakes.ts): titles, offices, sentence words, place and
 * firm words, plural determiners, and the Hindi words that stand before a name. They are language
 * data, not code: `buildIndex` puts them into every index, and a compiled index carries them as
 * strings, so the per-frame content script (which loads compiled indexes and never builds one)
 * does not ship them as code.
 */
import type { NamesakeWordLists } from './namesakes';

export const NAMESAKE_WORD_LISTS: NamesakeWordLists = {
  /**
   * Offices: a title that names what our person is called in office ("PM Modi", "President Murmu",
   * "Defence Minister Belousov"). Such a title also clears the namesake memory for that mention:
   * after "Sushil Modi", "PM Modi" is still ours. (Offices someone else holds, "Lieutenant Governor
   * Murmu", "Deputy CM Modi", are the pack's exclusions.)
   */
  offices:
    'president prime pm premier minister chancellor presidente ministro ministra primo presidenta ' +
    'präsident präsidentin premierminister premierministerin kanzler kanzlerin ministre présidente ' +
    // Urdu, Arabic, Bengali ("وزیراعظم مودی", "رئيس الوزراء مودي", "প্রধানমন্ত্রী মোদী")
    'وزیراعظم وزیرِاعظم صدر الرئيس الرئيسة الوزراء رئيسة প্রধানমন্ত্রী রাষ্ট্রপতি প্রেসিডেন্ট ' +
    'президент президента президенту президентом премьер министр министра министром',
  /** Titles, honorifics and role words that may stand directly before a surname. */
  titles:
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
    // German, French, Spanish
    'herr frau kremlchef staatschef regierungschef russlands indiens indische indischen russische russischen ' +
    'présidente ministre chef dirigeant russe indien indienne mandatario jefe líder ruso indio presidenta ' +
    // Russian
    'президент президента президентом премьер министр министра министром глава главы генерал ' +
    'господин господина лидер коллега ' +
    // Hindi (caseless, listed for completeness of headline forms in Latin transliteration)
    'ji',
  /** Capitalised words that start sentences and clauses, never given names. */
  common:
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
    'о об обо во со к ко у из от за над под про без для через перед между ' +
    // German, Spanish and French function words that open a sentence ("Für Putin ist…", "Para Putin…")
    'für mit bei nach von vor aus über unter gegen ohne auch aber und oder wenn als wie dass der die das den ' +
    'dem des ein eine einen laut heute gestern seit bis zum zur para sin sobre según tras desde hasta entre ' +
    'los las pero cuando también hoy ayer pour avec sans sur selon après depuis dans les une mais quand aussi hier',
  /** Devanagari spellings of Latin letter names: "जी.सी. मुर्मू" is G. C. Murmu. */
  devanagariInitials:
    'ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड',
  /**
   * Words after a bare surname that make it the name of a place or a firm ("Modi Road", "the Modi
   * Group"), when written with a capital.
   */
  namedAfter:
    'road rd street st marg lane avenue nagar colony chowk bridge mills group industries enterprises ' +
    'university college school hospital stadium airport station institute foundation trust ' +
    // the words Indian firm names are made of ("Modi Naturals", "Modi Rubber", "Modi Textiles Ltd")
    'ltd limited pvt inc corp corporation company co sons brothers bros exports textiles rubber ' +
    'naturals foods chemicals steel sugar motors pharma pharmaceuticals jewellers diamonds',
  /**
   * Plural determiners before a bare surname: the word is a common noun ("TUTTI I MODI", Italian "all
   * the ways", in a headline in capitals), never a person's name.
   */
  pluralDeterminers:
    'i gli dei degli nei negli ai agli sui sugli dai dagli tutti molti alcuni questi quei ' +
    // German: "zwei Modi", "beiden Modi" (modes; German capitalises every noun)
    'zwei drei vier fünf beide beiden mehrere mehreren verschiedene verschiedenen alle allen einige einigen ' +
    'viele vielen diese diesen welche welchen sämtliche sämtlichen',
  /**
   * Devanagari has no capitals, so the word before a bare surname is judged from a list: the words
   * that stand before a name in Hindi (titles, postpositions, conjunctions, pronouns, adverbs and the
   * verbs headlines put first). Any other Devanagari word is taken for a given name ("प्रह्लाद मोदी",
   * "मंडल मुर्मू"), as a Capitalised word is in Latin script; so are words that end like a verb or an
   * oblique plural (-े, -ें, -ीं: "पहुंचे पुतिन", "बोलीं मुर्मू").
   */
  hindiOffices:
    'राष्ट्रपति प्रधानमंत्री पीएम मंत्री रक्षामंत्री प्रेसिडेंट प्रधान',
  hindiBeforeName:
    'ने को से में पर तक का की के कि भी ही तो और व एवं या लेकिन मगर किंतु परंतु जबकि जब तब अब यहां ' +
    'वहां जहां वहीं यहीं इसलिए क्योंकि अगर यदि हालांकि बाद पहले दौरान साथ बीच लिए द्वारा बारे तरह जैसे ' +
    'ऐसे वह यह ये वे उन्होंने इस उस इन उन आज कल फिर बल्कि सिर्फ केवल खुद स्वयं श्री श्रीमती सुश्री जी ' +
    'नेता महामहिम मुख्यमंत्री सीएम समकक्ष राष्ट्राध्यक्ष मिनिस्टर डिफेंस रूसी भारतीय रूस भारत क्रेमलिन ' +
    'विदेश रक्षा सरकार प्रमुख कहा बोला मिला आया गया रहा हुआ किया दिया लिया बताया था थी है हैं ' +
    'साहब दोस्त मित्र',
};
