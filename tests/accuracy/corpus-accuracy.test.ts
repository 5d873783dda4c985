/**
 * Scores the engine with the bundled pack's aliases on the labelled dev corpus
 * (tests/corpus/dev.jsonl, format in tests/corpus/README.md): overlap-based precision and recall for
 * people and for events. Prints the scores and every miss and false hit.
 *
 *   npx vitest run tests/accuracy/corpus-accuracy.test.ts
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const CORPUS = resolve(CORPUS_DIR, 'dev.jsonl');

/** The bars the dev corpus must meet. */
/**
 * Events precision sits lower since the event frames: "यह राजकीय दौरा" beside Putin (d021) and "the
 * trip comes while…" (d051) are this visit, unlabelled here; "визита … 4-5 октября" (d071) is the 2018
 * visit, dated by a month the frames do not read.
 */
const BARS = { people: { p: 0.98, r: 0.97 }, events: { p: 0.88, r: 0.95 } };

describe('accuracy on the dev corpus', () => {
  itScoresSet('meets its bars', 'dev corpus', CORPUS, BARS);
});
