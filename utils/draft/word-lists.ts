/** Word lists behind the drafting heuristics; each list says what it guards against. */

/** Capitalised words that are never a name on their own: sentence openers, pronouns, months, weekdays. */
export const COMMON_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'however', 'meanwhile', 'yet', 'while', 'although', 'though', 'but', 'and', 'or', 'so',
  'as', 'at', 'in', 'on', 'of', 'for', 'to', 'from', 'by', 'with', 'after', 'before', 'during', 'since', 'until', 'when',
  'where', 'what', 'who', 'why', 'how', 'if', 'then', 'there', 'here', 'also', 'still', 'even', 'now', 'today', 'tomorrow',
  'yesterday', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'finally', 'first', 'second',
  'third', 'last', 'next', 'many', 'some', 'most', 'all', 'both', 'each', 'every', 'other', 'such', 'no', 'not', 'one',
  'two', 'three', 'western', 'eastern', 'northern', 'southern', 'global', 'international',
  'national', 'old', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'according', 'said', 'says', 'read', 'more', 'related', 'advertisement', 'photo', 'image',
  'video', 'share', 'subscribe', 'updated', 'published', 'editor', 'reporter', 'staff', 'ok', 'yes', 'dear',
]);

/** Words of a title before a name ("Russian Defense Minister", "Prime Minister"); they become the role line. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'premier', 'chancellor', 'secretary', 'secretary-general', 'general',
  'deputy', 'foreign', 'defense', 'defence', 'finance', 'interior', 'home', 'external', 'affairs', 'health', 'trade',
  'economy', 'energy', 'justice', 'state', 'attorney', 'chief', 'executive', 'ceo', 'cfo', 'coo', 'cto', 'exchequer', 'king', 'queen', 'prince', 'princess',
  'emperor', 'pope', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov', 'gov.', 'mayor', 'ambassador', 'envoy', 'commissioner', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair',
  'director', 'judge', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'colonel', 'captain', 'lieutenant',
  'admiral', 'sergeant', 'marshal', 'professor', 'prof', 'prof.', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'madame', 'mme', 'monsieur', 'mademoiselle', 'herr', 'frau', 'señor', 'señora', 'signor', 'signora', 'senhor', 'senhora',
  'ceo', 'founder', 'coach', 'manager', 'sheriff', 'officer', 'president-elect', 'opposition', 'former', 'acting',
  'supreme', 'head', 'party', 'cabinet', 'sir', 'dame', 'lord', 'lady', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam',
  'sheikh', 'crown', 'first', 'member', 'engineer', 'lawyer', 'analyst', 'researcher', 'economist',
  'correspondent', 'editor', 'scientist', 'doctor', 'nurse', 'teacher', 'mp', 'mep', 'councillor', 'councilor',
  'prosecutor', 'inspector', 'auditor', 'comptroller', 'magistrate', 'registrar', 'ombudsman', 'adviser', 'advisor',
]);

/**
 * Title words that only qualify another ("Foreign Minister", "Home Secretary", "Former President"):
 * before a name on their own they are no title ("Foreign Subsidies Regulation", "State Bank").
 */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'home', 'external', 'affairs', 'health', 'trade', 'economy', 'energy', 'finance', 'interior', 'state', 'defence',
  'defense', 'first', 'former', 'acting', 'opposition', 'party', 'cabinet', 'supreme', 'crown', 'vice', 'prime', 'executive',
]);

/**
 * Nouns for what firms do ("chemicals maker Covestro", "British publisher Jonathan Cape"): compromise
 * tags some as someone's job, but before a name they say it is a company's.
 */
export const FIRM_NOUNS = new Set([
  'maker', 'manufacturer', 'developer', 'operator', 'carrier', 'retailer', 'lender', 'insurer', 'supplier',
  'publisher', 'distributor', 'provider', 'broadcaster', 'exporter', 'importer', 'refiner', 'miner', 'builder', 'shipper',
  'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'brewer', 'bottler', 'grocer', 'outfitter', 'bootmaker',
]);

/**
 * Nouns for someone's work that compromise does not tag as one (its Actor tag covers "rapper",
 * "novelist", "minister"): in lower case before a name they say whose it is ("pop star Dua Lipa").
 */
export const JOB_WORDS = new Set([
  'star', 'superstar', 'legend', 'rapper', 'singer', 'songwriter', 'expert', 'specialist', 'heir', 'heiress', 'candidate', 'nominee',
  'contender', 'poet',
  // Players' positions, as sports reports put them before a name ("lock Tadhg Beirne", "Flanker François Cros").
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'playmaker', 'skipper', 'batter', 'bowler',
  'batsman', 'pitcher', 'quarterback', 'flanker', 'hooker', 'prop', 'lock', 'fly-half', 'scrum-half', 'full-back', 'fullback',
]);

/**
 * Lower-case particles inside a name ("Osama bin Laden", "Charles de Gaulle", "Ludwig van
 * Beethoven"): part of the name when a capitalised word follows them inside the same name.
 */
export const NAME_PARTICLES = new Set([
  'bin', 'bint', 'ibn', 'ben', 'abu', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das',
  'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'wa', 'arap',
]);

/** Arabic-style articles joined to a name by a hyphen ("al-Bashir", "el-Sisi", "ad-Din"): a name word. */
export const ATTACHED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ben|abu)-\p{Lu}[\p{L}\p{M}]+$/u;

/** Titles that only address someone; a role made of these alone says nothing. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady',
  // The forms of address English news keeps from other languages ("Madame Le Pen", "Herr Scholz").
  'madame', 'mme', 'monsieur', 'mademoiselle', 'herr', 'frau', 'señor', 'señora', 'signor', 'signora', 'senhor', 'senhora',
]);

/** Last words of organisation names ("Ministry of Defence" is handled by allowing "of" inside). */
export const ORG_WORDS = new Set([
  'ministry', 'commission', 'council', 'union', 'party', 'bank', 'fund', 'organization', 'organisation', 'agency',
  'committee', 'court', 'parliament', 'assembly', 'congress', 'senate', 'corporation', 'corp', 'inc', 'ltd', 'llc',
  'group', 'university', 'institute', 'association', 'federation', 'department', 'office', 'board', 'authority',
  'forces', 'army', 'navy', 'police', 'service', 'foundation', 'league', 'club', 'company', 'academy', 'bureau',
  'times', 'post', 'news', 'press', 'network', 'alliance', 'coalition', 'movement', 'front', 'guard', 'industries',
  'airlines', 'systems', 'labs', 'technologies', 'holdings', 'society', 'centre', 'center', 'kremlin', 'pentagon', 'nato',
  'research', 'securities', 'capital', 'partners', 'ventures', 'auto', 'motors', 'airways', 'shimbun', 'house', 'companies', 'parish', 'cabinet',
]);

/**
 * First words of names that are institutions or places, never people's ("Fundação Getulio Vargas",
 * "Santa Clara", "San Jose").
 */
export const NOT_PERSON_FIRST = new Set([
  'fundação', 'fundación', 'fondation', 'fondazione', 'stiftung', 'banco', 'banca', 'instituto', 'istituto', 'institut',
  'universidad', 'universidade', 'université', 'università', 'universität', 'museo', 'musée', 'museum', 'santa', 'san',
  'são', 'sankt', 'fort', 'port', 'mount', 'lake', 'cape', 'gulf', 'ile', 'île', 'isla', 'isola', 'rue', 'plaza', 'piazza',
  'avenida', 'palais', 'palazzo', 'château', 'castillo', 'castello', 'pont', 'puerto', 'porto', 'mont', 'monte', 'ciudad',
  'cidade', 'città', 'autódromo', 'autodromo', 'estadio', 'estádio', 'stade', 'stadio',
]);

/**
 * Last words of names of things named after people ("James Webb Space Telescope", "Mann Act",
 * "Rubin Observatory", "Wankhede Stadium"): never a person's.
 */
export const NOT_PERSON_LAST = new Set([
  'act', 'observatory', 'telescope', 'stadium', 'arena', 'airport', 'courthouse', 'prize', 'award', 'awards', 'museum',
  'library', 'theatre', 'theater', 'hospital', 'highway', 'expressway', 'trophy', 'medal', 'lecture', 'doctrine', 'dish',
  'cup', 'plate', 'bowl', 'accords', 'accord', 'treaty',
]);

/** Letters after a name that only people carry ("Diana Piekusis KC", "Jane Roe QC", "John Smith Jr"). */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'SAN', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Jr.', 'Sr', 'Sr.']);

/** Heads of noun phrases that name an event. */
export const EVENT_NOUNS = new Set([
  'war', 'wars', 'visit', 'visits', 'summit', 'summits', 'session', 'sessions', 'commission', 'talks', 'conflict',
  'meeting', 'meetings', 'election', 'elections', 'negotiations', 'ceasefire', 'invasion', 'agreement', 'agreements',
  'deal', 'treaty', 'crisis', 'protest', 'protests', 'strike', 'strikes', 'attack', 'attacks', 'trial', 'referendum',
  'conference', 'forum', 'dialogue', 'exercise', 'exercises', 'campaign', 'inquiry', 'investigation', 'hearing', 'vote',
  'championship', 'olympics', 'festival', 'tournament', 'accord', 'offensive', 'launch', 'merger', 'acquisition',
  'lawsuit', 'storm', 'hurricane', 'earthquake', 'flood', 'outbreak', 'pandemic', 'shooting', 'explosion', 'scandal',
  'ruling', 'budget', 'reform', 'tour', 'closure', 'race', 'match', 'final', 'cup', 'games', 'expedition', 'mission',
]);

/** Adjectives that date or size an event rather than name it ("upcoming visit" is the visit). */
export const GENERIC_MODIFIERS = new Set([
  'upcoming', 'ongoing', 'recent', 'latest', 'first', 'last', 'next', 'previous', 'same', 'broader', 'wider', 'such',
  'other', 'new', 'major', 'big', 'huge', 'long', 'short', 'current', 'possible', 'potential', 'planned', 'expected',
  'further', 'many', 'several', 'some', 'any', 'more', 'most', 'each', 'every', 'this', 'that', 'these', 'those', 'its',
  'their', 'his', 'her', 'our', 'the', 'a', 'an', 'early', 'late', 'full', 'key', 'important', 'significant', 'entire',
]);

/** Prepositions that may carry an event phrase on ("war in Ukraine", "visit … to India"). */
export const EVENT_PREPOSITIONS = new Set(['in', 'of', 'on', 'to', 'with', 'between', 'for', 'over', 'against', 'at']);

/** Prepositions before a place ("in Donbass"); not "to" or "from", which people and firms follow as often. */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout']);

/**
 * Nouns for who someone is to another, before a name set off by commas or right before it ("her
 * predecessor, Srettha Thavisin,", "his wife Maria"): the name is a person's.
 */
export const RELATION_NOUNS = new Set([
  'predecessor', 'successor', 'rival', 'opponent', 'challenger', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'father', 'mother', 'partner', 'widow', 'widower', 'niece', 'nephew', 'cousin', 'grandson', 'granddaughter', 'fiancée',
  'fiancé', 'girlfriend', 'boyfriend', 'mentor', 'protégé', 'teammate', 'colleague', 'co-founder', 'cofounder', 'ally',
]);

/** Nouns for a person in a description after a name ("Africa's richest man", "a local woman"). */
export const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'mother', 'father', 'grandmother', 'grandfather']);

/** Titles that also name things ("the HTML editor, Mozilla Composer,"): before an appositive they need names. */
export const AMBIGUOUS_TITLES = new Set(['editor', 'chair', 'head', 'member', 'party', 'state', 'first', 'former', 'home', 'foreign', 'trade']);

/** Verbs before "by" and a name whose doer is a person: "led by", "run by", "founded by" ("owned by" is often a firm). */
export const AGENT_VERBS = new Set([
  'led', 'run', 'founded', 'co-founded', 'headed', 'chaired', 'directed', 'written', 'coached', 'managed', 'hosted',
  'presented', 'painted', 'composed', 'produced', 'edited', 'authored', 'signed', 'appointed', 'nominated', 'elected',
]);

/** Works a person makes, after a possessive name: "Joachim Trier's drama", "Hafsia Herzi's film". */
export const WORK_NOUNS = new Set([
  'film', 'films', 'drama', 'documentary', 'comedy', 'thriller', 'novel', 'novels', 'book', 'books', 'memoir', 'album',
  'albums', 'song', 'songs', 'single', 'play', 'plays', 'painting', 'paintings', 'poem', 'poems', 'novella', 'debut',
  'movie', 'movies', 'opera', 'symphony', 'essay', 'biography', 'autobiography', 'short', 'feature', 'sculpture',
]);

/** Verbs after a name that make it a speaker, hence a person. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'explained', 'argued', 'noted', 'warned', 'stated']);

/** Words too common for TextRank similarity. */
export const STOPWORDS = new Set([
  ...COMMON_WORDS,
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'about', 'into', 'over', 'under', 'than', 'which', 'whom', 'whose',
  'very', 'only', 'just', 'not', 'also', 'them', 'him', 'us', 'me', 'out', 'up', 'down', 'off', 'again', 'further',
  'once', 'own', 'same', 'too', 'can', 'will', 'don', 'any', 'because', 'between', 'through', 'against', 'above', 'below',
]);
