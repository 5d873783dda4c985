/**
 * What the briefing card says, decided from the pack's text without editing it: the briefing cut
 * to about forty words (the rest behind "More"), and no statement said twice.
 *
 * The no-repeat rule. Text on a card reads in one order: role, briefing, quote. Two pieces *say the
 * same* when at least `SAME_SHARE` of the content words of one are also in the other (content
 * words: four letters or more, not a common function word, compared by their first five letters so
 * "Russia" and "Russian" count as one; the entity's own name never counts, every piece names it).
 * - The role always shows: it is one line, and it says who or what this is.
 * - A briefing sentence made mostly of the role's words is left out, unless it is the only one.
 * - The quote is left out when it says the same as the role or any briefing sentence kept.
 */

/** About this many words of briefing show before "More". */
export const BRIEFING_WORDS = 40;
/** Whole sentences may run this far past `BRIEFING_WORDS` rather than be cut. */
export const BRIEFING_SLACK = 8;
/** A lead shorter than this takes words of the next sentence instead of stopping short. */
export const BRIEFING_MIN_WORDS = 25;
/** Share of one piece's content words found in another for the two to say the same. */
export const SAME_SHARE = 0.6;
/** Below this many content words a piece is too short to judge, and never counts as a repeat. */
export const MIN_JUDGED_WORDS = 3;
/** Content words are compared by this many leading letters. */
const STEM = 5;

const FUNCTION_WORDS = new Set(
  (
    'about above after also among been before being between both could does each from have having ' +
    'here into its itself more most much other over same should since some such than that their ' +
    'them then there these they this those through under until very were what when where which ' +
    'while whom whose will with would your'
  ).split(' '),
);

/** The briefing as the card shows it. */
export interface CardText {
  /** The first ~40 words, whole sentences where they fit. */
  lead: string;
  /** The rest, behind "More"; empty when the lead is everything. */
  rest: string;
  /** The lead stops inside a sentence (the card shows "…" after it). */
  cutInSentence: boolean;
  /** The quote to show behind "Source", or null when it says what the card already says. */
  quote: string | null;
}

/**
 * Splits plain text into sentences: after `.`, `!`, `?` or `…` (and any closing quotes or
 * brackets) followed by a space and an upper-case letter, digit or opening quote. A single capital
 * before the stop ("U.S. President") is an initial, not a sentence end.
 */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=(?<!\b\p{Lu})[.!?…]['"’”)\]]*)\s+(?=[\p{Lu}\p{N}'"‘“(])/u)
    .filter((sentence) => sentence.length > 0);
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The content words of `text` (see the module comment), without those in `ignore`. */
export function contentWords(text: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 4 || FUNCTION_WORDS.has(word)) continue;
    const stem = word.slice(0, STEM);
    if (!ignore.has(stem)) found.add(stem);
  }
  return found;
}

/** Whether most of `a`'s content words are in `b` (`a` says nothing `b` does not). */
export function restates(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < MIN_JUDGED_WORDS) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / a.size >= SAME_SHARE;
}

/** Whether two pieces say the same, either way round. */
export const saySame = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => restates(a, b) || restates(b, a);

/**
 * Cuts `sentences` into a lead of about `BRIEFING_WORDS` words and the rest: whole sentences while
 * they stay within `BRIEFING_WORDS + BRIEFING_SLACK`; when that leaves fewer than
 * `BRIEFING_MIN_WORDS` (a long sentence comes first or next), the lead runs on word by word to
 * `BRIEFING_WORDS` and stops between two words.
 */
export function cutBriefing(sentences: readonly string[]): Pick<CardText, 'lead' | 'rest' | 'cutInSentence'> {
  const lead: string[] = [];
  let count = 0;
  let next = 0;
  for (; next < sentences.length; next++) {
    const length = words(sentences[next]!).length;
    if (count + length > BRIEFING_WORDS + BRIEFING_SLACK) break;
    lead.push(sentences[next]!);
    count += length;
  }
  const remaining = sentences.slice(next);
  if (remaining.length === 0) return { lead: lead.join(' '), rest: '', cutInSentence: false };
  if (count >= BRIEFING_MIN_WORDS) return { lead: lead.join(' '), rest: remaining.join(' '), cutInSentence: false };
  const split = words(remaining[0]!);
  const take = BRIEFING_WORDS - count;
  // A comma, colon or dash among the last words taken is a gentler place to stop than any word.
  let at = take;
  for (let i = take; i > Math.max(1, take - 8); i--) {
    if (/[,;:–—]$/.test(split[i - 1]!)) {
      at = i;
      break;
    }
  }
  const head = split.slice(0, at).join(' ').replace(/[,;:–—]$/, '');
  return {
    lead: [...lead, head].join(' '),
    rest: [split.slice(at).join(' '), ...remaining.slice(1)].join(' '),
    cutInSentence: true,
  };
}

/** The card's briefing and quote for an entity, by the rules in the module comment. */
export function cardText({ name, role = '', briefing, quote }: { name: string; role?: string; briefing: string; quote?: string }): CardText {
  const ignore = contentWords(name);
  const roleWords = contentWords(role, ignore);
  const all = splitSentences(briefing);
  const kept = all.filter((sentence) => !restates(contentWords(sentence, ignore), roleWords));
  const sentences = kept.length > 0 ? kept : all;
  const cut = cutBriefing(sentences);
  let shownQuote: string | null = quote ?? null;
  if (quote !== undefined) {
    const quoteWords = contentWords(quote, ignore);
    if (restates(quoteWords, roleWords) || sentences.some((sentence) => saySame(quoteWords, contentWords(sentence, ignore)))) shownQuote = null;
  }
  return { ...cut, quote: shownQuote };
}

/**
 * The briefing's first words as the lists show them (the side panel's entry, the popup's
 * description of a mention): the card's lead, with "…" where it stops inside a sentence.
 */
export function briefingLead(entity: { name: string; role?: string; briefing: string }): string {
  const { lead, cutInSentence } = cardText(entity);
  return cutInSentence ? `${lead}…` : lead;
}
