/**
 * Scores the engine with the bundled pack's aliases on blind3.jsonl in tests/corpus/: 90 passages in
 * eleven languages (8 English, 8 Russian, 9 Hindi, 8 German, 7 Spanish, 7 French, 8 Italian, 10
 * Chinese, 9 Arabic, 8 Bengali, 8 Urdu) modelled on real coverage of the story found with a search
 * of stored news pages, written BEFORE reading the pack's alias lists or the matcher's rule code:
 * wire copy, captions, headlines, explainers, and look-alikes (earlier summits and visits with their
 * years and ordinals, Modi's visits to Russia, other leaders' state visits to India, the trade and
 * the China-Russia commissions, namesakes such as Prahlad, Nirav and Lalit Modi, Salkhan, Mandal and
 * Raghunath Murmu; common words: Italian "modi" (ways), German "Modi" (modes), Chinese 莫迪利亚尼
 * (Modigliani), Arabic المحمودي and بوتان). Same labelling rules as the dev corpus
 * (tests/corpus/README.md); scored by corpus-score.ts, with people recall per language.
 *
 *   npx vitest run tests/accuracy/blind3-accuracy.test.ts
 *
 * Decisions taken here: an Arabic preposition or conjunction written onto a name (لبوتين, ومودي) is
 * not part of the span; Bengali case endings are (মোদীর, পুতিনের, মোদীকে), like Russian ones; German
 * genitive "Putins" is labelled "Putin"; Chinese spans are the name's characters inside the run of
 * Han characters (普京, 普丁, 莫迪, 穆爾穆, 別洛烏索夫), and 俄國侵烏 / 俄烏開戰 / 乌克兰战争 are the war;
 * Hindi "भारत का दौरा", "भारत के दौरे" and "यह राजकीय दौरा" beside Putin, and Bengali "ভারত সফর" beside
 * Putin, are the visit; a commission session of another year is still the commission.
 *
 * Its figures before any fix it led to, and after: tests/corpus/README.md, "The record of each set".
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND3 = resolve(CORPUS_DIR, 'blind3.jsonl');

/**
 * Just under the figures this set scores, so one more miss or wrong hit in a group fails; people
 * recall in every language at least the lowest (German, where "Putins" of "Putins erster Besuch"
 * is the genitive and still missed). Events since the event frames: P 0.884, R 0.987. The wrong hits are mostly generic references
 * this set's writer left unlabelled (訪問第二天, 与总理莫迪举行峰会, "жду этой поездки", এই সফর)
 * and earlier visits dated only in another sentence (ru02, es04, ar04, hi07).
 */
const BARS = { people: { p: 0.995, r: 0.985 }, events: { p: 0.87, r: 0.97 }, peopleRecallPerLanguage: 0.88 };

/** Wrong people the engine cannot yet tell apart; none on this set, so any wrong person fails. */
const KNOWN_WRONG_PEOPLE: string[] = [];

describe('accuracy on the third blind set', () => {
  itScoresSet('meets its bars', 'blind3 set', BLIND3, BARS, KNOWN_WRONG_PEOPLE);
});
