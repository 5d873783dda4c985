/**
 * Splits an article into sentences, verbatim. Lines come first (pasted articles and text taken
 * from HTML blocks hold one paragraph, often one sentence, per line); within a line a sentence
 * ends at `.`, `!`, `?` or `…` (with closing quotes or brackets) followed by whitespace and a
 * capital letter, digit or opening quote — unless the word before the stop is an abbreviation or
 * an initial ("Mr.", "U.S.", "G. C. Murmu").
 */

/** Words that end with a full stop without ending a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'no', 'nos', 'inc', 'corp',
  'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'approx', 'dept', 'est', 'fig', 'mt', 'ft', 'rev', 'hon', 'pres', 'gov', 'mx',
]);

/** Sentence stop, closing marks, whitespace, then what may start the next sentence. */
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** A sentence longer than this is split further at `;` or, failing that, between words (the pack allows 2,000). */
export const MAX_SENTENCE_CHARS = 2_000;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.split(/\r?\n|\r|\u2028|\u2029/)) {
    const line = rawLine.trim();
    if (!line) continue;
    let start = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const stopAt = match.index;
      if (match[1] === '.' && isAbbreviation(line.slice(start, stopAt))) continue;
      const end = stopAt + match[1]!.length + match[2]!.length;
      pushSentence(sentences, line.slice(start, end));
      start = end + match[3]!.length;
    }
    pushSentence(sentences, line.slice(start));
  }
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘(\[]+/u, '');
  // An initial ("G." in "G. C. Murmu") or a dotted abbreviation ("U.S").
  if (/^\p{L}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function pushSentence(out: string[], sentence: string): void {
  let rest = sentence.trim();
  while (rest.length > MAX_SENTENCE_CHARS) {
    const window = rest.slice(0, MAX_SENTENCE_CHARS);
    let cut = window.lastIndexOf('; ') + 1;
    if (cut <= 0) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE_CHARS;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
}
