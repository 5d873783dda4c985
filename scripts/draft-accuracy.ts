/**
 * How well the pack drafter finds an article's PEOPLE on pages its rules were not written from:
 * precision and recall against the hand labels in tests/corpus/draft-heldout/*.json.
 *
 *   npx tsx scripts/draft-accuracy.ts [labels folder]     (default: tests/corpus/draft-heldout)
 *
 * Each labelled page is drafted as `pack:draft` drafts a saved page (happy-dom, Readability, then
 * `draftPack` with the page's title, source line and day), and its entities of kind `person` are
 * scored against the labels.
 *
 * Matching rule (`matchLabel`), names compared lower-cased with whitespace collapsed:
 *   1. the drafted name equals the label's name or one of its aliases; else
 *   2. the drafted name's last word equals the last word of the label's name, and the first words
 *      are compatible: the drafted name is that one word (a surname alone), or both names have a
 *      first word and those are equal, or one of them is an initial ("J" or "J.") of the other.
 *      So "Reeves" and "Eric Reeves" match "Eric Reeves"; "Hillary Clinton" does not match
 *      "Bill Clinton" (a namesake), nor "Michelle Obama" a label "Obama" with no given name.
 * The first label that matches is taken. Scoring (`scorePeople`): a drafted person matching no label
 * is a false positive; the first drafted person matching a label is a true positive, and any later
 * one matching the same label is a false positive (a duplicate); a label no drafted person matches
 * is a miss. P = TP / drafted, R = TP / labelled; the totals are micro-averaged over all pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { draftPack } from '../utils/draft/index';
import { readArticle } from './pack-draft';

/** One labelled person: the full name as the article gives it and the other forms it uses. */
export interface LabelledPerson {
  name: string;
  aliases: string[];
}

/** One labelled page (a tests/corpus/draft-heldout/*.json file). */
export interface LabelledPage {
  page: string;
  people: LabelledPerson[];
  notes: string;
}

export interface PeopleScore {
  labelled: number;
  drafted: number;
  tp: number;
  /** Drafted names that matched no label, or a label already matched (a duplicate). */
  falsePositives: { name: string; duplicateOf?: string }[];
  /** Names of the labels no drafted person matched. */
  misses: string[];
}

/** Lower-cased, whitespace collapsed: the form names are compared in. */
const norm = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** "J" or "J." */
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);

/** Whether two first words can name the same person: equal, or one is the other's initial. */
function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (isInitial(a)) return b.startsWith(a[0]!);
  if (isInitial(b)) return a.startsWith(b[0]!);
  return false;
}

/** The index of the first label the drafted name matches (see the header's rule), else -1. */
export function matchLabel(drafted: string, labels: readonly LabelledPerson[]): number {
  const name = norm(drafted);
  const exact = labels.findIndex((l) => [l.name, ...l.aliases].some((form) => norm(form) === name));
  if (exact >= 0) return exact;
  const words = name.split(' ');
  return labels.findIndex((l) => {
    const labelWords = norm(l.name).split(' ');
    if (words.at(-1) !== labelWords.at(-1)) return false;
    if (words.length === 1) return true;
    return labelWords.length > 1 && compatibleFirst(words[0]!, labelWords[0]!);
  });
}

/** Scores the drafted people of one page against its labels. */
export function scorePeople(drafted: readonly string[], labels: readonly LabelledPerson[]): PeopleScore {
  const matchedBy = new Map<number, string>();
  const falsePositives: PeopleScore['falsePositives'] = [];
  for (const name of drafted) {
    const i = matchLabel(name, labels);
    if (i < 0) falsePositives.push({ name });
    else if (matchedBy.has(i)) falsePositives.push({ name, duplicateOf: labels[i]!.name });
    else matchedBy.set(i, name);
  }
  const misses = labels.filter((_, i) => !matchedBy.has(i)).map((l) => l.name);
  return { labelled: labels.length, drafted: drafted.length, tp: matchedBy.size, falsePositives, misses };
}

/** A ratio to three places, or "n/a" when there is nothing to divide by. */
const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');

/** The drafted people of a saved page, drafted as scripts/pack-draft.ts drafts one. */
async function draftedPeople(file: string): Promise<string[]> {
  const article = await readArticle(file, readFileSync(file, 'utf8'));
  const { pack } = draftPack(article.text, { title: article.title, source: article.source ?? basename(file), published: article.published });
  return pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'tests/corpus/draft-heldout');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no labels (*.json) in ${dir}`);
  const total = { labelled: 0, drafted: 0, tp: 0 };
  for (const f of files) {
    const labelled = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledPage;
    const score = scorePeople(await draftedPeople(join(root, labelled.page)), labelled.people);
    const fps = score.falsePositives.map((fp) => (fp.duplicateOf ? `${fp.name} (duplicate of ${fp.duplicateOf})` : fp.name));
    console.log(
      `${basename(labelled.page)}: labelled ${score.labelled}, drafted ${score.drafted}, TP ${score.tp}, ` +
        `P ${ratio(score.tp, score.drafted)}, R ${ratio(score.tp, score.labelled)}\n` +
        `  FP ${fps.length}: ${fps.join('; ') || '-'}\n` +
        `  misses ${score.misses.length}: ${score.misses.join('; ') || '-'}`,
    );
    total.labelled += score.labelled;
    total.drafted += score.drafted;
    total.tp += score.tp;
  }
  console.log(
    `total (micro): labelled ${total.labelled}, drafted ${total.drafted}, TP ${total.tp}, ` +
      `FP ${total.drafted - total.tp}, misses ${total.labelled - total.tp}, ` +
      `P ${ratio(total.tp, total.drafted)}, R ${ratio(total.tp, total.labelled)}`,
  );
}

// Run only as a script, so the test can import the scoring functions.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
