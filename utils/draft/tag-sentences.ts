/**
 * Words of a sentence with their offsets and compromise's part-of-speech tags. compromise is the
 * only NLP dependency; it runs locally (no network, no model files) and is imported only by this
 * module, so it loads only where drafting runs (the options page's drafter chunk and the CLI).
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written, punctuation around it excluded ("Belousov’s"). */
  text: string;
  /** Without a possessive ending ("Belousov"). */
  bare: string;
  /** `bare`, lower-cased. */
  lower: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  possessive: boolean;
  /** Punctuation (not only spaces) sits between this word and the next one. */
  breakAfter: boolean;
  /** A nickname in quotes between a given name and a surname ("Zaldy" of `Elizaldy "Zaldy" Co`). */
  nickname: boolean;
}

const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } }; hooks: string[] } }).world();
const lexicon = world.model.one.lexicon;
// compromise groups words into phrase chunks after tagging, a quarter of its time on a long
// article; the drafter reads words and tags only (the tags are the same without it).
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

/** Whether compromise's lexicon knows the word in lower case ("register"): a common word, not a name. */
export function knownWord(token: Pick<Token, 'lower'>): boolean {
  return Object.hasOwn(lexicon, token.lower) && !/Organization|Place|Country|City|Person|Name/u.test(lexicon[token.lower] ?? '');
}

/**
 * Whether a sentence reads as prose (enough words, mostly lower-case): page chrome, bylines and
 * menus ("Skip to main content", "Dan Goodin Dan Goodin") are kept as sentences but not mined for names.
 */
export function isProse(sentence: string): boolean {
  const words = sentence.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}

const POSSESSIVE = /['’]s?$/u;

export function tagSentence(sentence: string): Token[] {
  return tokensOf(sentence, termsOf(sentence).flat());
}

/** What tagging reads of a compromise term: its text, its tags and the whitespace around it. */
interface TaggedTerm {
  text: string;
  tags: ReadonlySet<string>;
  pre?: string;
  post?: string;
}

/** compromise's terms of a text, sentence by sentence (read from the document; `json()` would copy them all). */
function termsOf(text: string): TaggedTerm[][] {
  return (nlp(text) as unknown as { docs: TaggedTerm[][] }).docs;
}

const NEWLINE = /\n/gu;

/**
 * Tags several sentences in one compromise call: one line each, so compromise never joins two
 * of them, and each gets the terms and tags compromise gives it alone (its tagger never looks
 * past a sentence). Much of compromise's cost is per call, so this is much faster than one call
 * per sentence. Should compromise ever read one of its sentences across a line break, the
 * sentences are tagged one by one instead.
 */
export function tagSentences(sentences: readonly string[]): Token[][] {
  if (sentences.length <= 1) return sentences.map(tagSentence);
  const terms: TaggedTerm[][] = sentences.map(() => []);
  let line = 0;
  for (const part of termsOf(sentences.join('\n'))) {
    const first = line;
    for (const term of part) {
      line += term.pre?.match(NEWLINE)?.length ?? 0;
      terms[line]?.push(term);
      if (line !== first) return sentences.map(tagSentence);
      line += term.post?.match(NEWLINE)?.length ?? 0;
    }
  }
  if (line !== sentences.length - 1) return sentences.map(tagSentence);
  return sentences.map((sentence, i) => tokensOf(sentence, terms[i]!));
}

function tokensOf(sentence: string, terms: readonly TaggedTerm[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const term of terms) {
    const text = term.text;
    if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
    const start = sentence.indexOf(text, cursor);
    if (start < 0) continue;
    let end = start + text.length;
    // An initial after a given name keeps its period ("Frank D. Yeary"): it is part of the name,
    // not a break in it. ("Plan B. Smith said…" is two sentences the splitter left joined.)
    const before = tokens.at(-1);
    const afterGivenName = before !== undefined && before.end === start - 1 && /^\p{Lu}/u.test(before.text) &&
      ['FirstName', 'MaleName', 'FemaleName', 'Person'].some((tag) => before.tags.has(tag));
    const initial = afterGivenName && /^\p{Lu}$/u.test(text) && sentence.charAt(end) === '.' && /^\s+\p{Lu}/u.test(sentence.slice(end + 1, end + 3));
    // "Ruben Santos Jr.": the suffix keeps its period as the article writes it.
    const suffix = /^[JS]r$/u.test(text) && sentence.charAt(end) === '.' && before !== undefined && before.end === start - 1;
    if (initial || suffix) end++;
    cursor = end;
    const word = initial || suffix ? `${text}.` : text;
    const tags = new Set(term.tags);
    // compromise marks every word of a possessive name ("Susan Choi's"); only the word that carries
    // the mark is one ("Choi's", or "Jones" before its apostrophe), and a possessive pronoun ("My").
    const possessive = /[\p{L}]['’]s$/u.test(word) || (tags.has('Possessive') && (tags.has('Pronoun') || /^['’]/u.test(term.post ?? '')));
    const bare = possessive ? word.replace(POSSESSIVE, '') : word;
    tokens.push({ text: word, bare, lower: bare.toLowerCase(), start, end, tags, capitalised: /^\p{Lu}/u.test(bare), possessive, breakAfter: false, nickname: false });
  }
  joinHyphenated(sentence, tokens);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const gap = sentence.slice(token.end, next ? next.start : sentence.length);
    token.breakAfter = !next || /[^\s]/u.test(gap) || token.possessive;
  });
  // `Elizaldy "Zaldy" Co`, `Richard "Dick" Eastland`: a one-word nickname in quotes inside a name
  // neither breaks it nor belongs to it.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [given, nick, surname] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    const opens = /^\s+["“]$/u.test(sentence.slice(given.end, nick.start));
    const closes = /^["”]\s+$/u.test(sentence.slice(nick.end, surname.start));
    if (opens && closes && given.capitalised && nick.capitalised && surname.capitalised && !given.possessive && !nick.possessive) {
      nick.nickname = true;
      given.breakAfter = false;
      nick.breakAfter = false;
    }
  }
  return tokens;
}

/**
 * compromise splits "Russian-Indian", "Indo-Pacific" and "military-technical" in two; the article
 * writes one word, and names and aliases need it whole. The joined word keeps the last part's tags
 * (the head of the compound), and counts as a proper noun when any part is one.
 */
function joinHyphenated(sentence: string, tokens: Token[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.possessive || !/^[-‐‑–]$/u.test(sentence.slice(a.end, b.start))) continue;
    const text = sentence.slice(a.start, b.end);
    const tags = new Set(b.tags);
    if (a.tags.has('ProperNoun')) tags.add('ProperNoun');
    if (!a.tags.has('Place')) for (const tag of ['Place', 'Country', 'City', 'Region']) tags.delete(tag);
    tokens.splice(i, 2, { ...b, text, bare: text.slice(0, b.bare.length + (b.start - a.start)), lower: '', start: a.start, tags, capitalised: a.capitalised });
    const joined = tokens[i]!;
    joined.lower = joined.bare.toLowerCase();
  }
}
