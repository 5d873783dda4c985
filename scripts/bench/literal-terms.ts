/**
 * The pack's aliases as the literal phrases a plain-text highlighter needs (the mark.js baseline):
 * every expansion of `[optional]` and `(a|b)` that `parseAlias` produces, written back out with a
 * space, hyphen, apostrophe or the literal punctuation between words, and every Russian case
 * ending of a `~` word. Phrases with `#` (any number) have no literal form and are left out;
 * exclusions are not terms. Case-insensitive duplicates are dropped, as mark.js ignores case.
 */
import type { MatcherEntity } from '../../utils/matcher';
import { JOIN_APOS, JOIN_DASH, JOIN_LITERAL, JOIN_NONE, JOIN_SPACE, parseAlias, type Atom } from '../../utils/matcher/parse-alias';

function joinerText(joiner: number): string {
  if (joiner === JOIN_NONE) return '';
  if (joiner === JOIN_SPACE) return ' ';
  if (joiner === JOIN_DASH) return '-';
  if (joiner === JOIN_APOS) return "'";
  return String.fromCharCode(joiner - JOIN_LITERAL);
}

/** Every written form of one atom: the word as written, or its stem with each case ending. */
function atomForms(atom: Atom): string[] {
  if (atom.tilde) return atom.tilde.endings.map((ending) => atom.tilde!.stem + ending);
  return [atom.form ?? atom.key];
}

export function literalTerms(entities: readonly MatcherEntity[]): string[] {
  const seen = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      for (const phrase of parseAlias(alias).phrases) {
        if (phrase.some((atom) => atom.number)) continue;
        let texts = [''];
        for (const atom of phrase) {
          const glue = joinerText(atom.joiner);
          texts = texts.flatMap((t) => atomForms(atom).map((form) => t + glue + form));
        }
        for (const text of texts) if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
      }
    }
  }
  return [...seen.values()];
}
