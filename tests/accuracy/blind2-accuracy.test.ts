/**
 * Scores the engine with the bundled pack's aliases on blind2.jsonl in tests/corpus/: 93 passages
 * (42 English, 22 Russian, 17 Hindi, 12 Italian) written BEFORE reading the pack's alias lists, the
 * matcher's rule code or the other labelled sets (dev, heldout.jsonl, blind.jsonl): about two thirds
 * ordinary coverage (wire copy, live blogs, explainers, opinion, captions, TV transcripts) and one
 * third hard cases (ids x001-x026 and a few others: namesakes such as Lalit, Nirav and Girish Chandra
 * Murmu, Dmitry Belousov; the trade commission; earlier visits and summits; other leaders' visits to
 * India; other wars; headlines in capitals; curly possessives; spelling variants). Same labelling
 * rules as the dev corpus (tests/corpus/README.md) and the decisions of blind-accuracy.test.ts;
 * scored by corpus-score.ts. Prints the scores and every miss and false hit.
 *
 *   npx vitest run tests/accuracy/blind2-accuracy.test.ts
 *
 * Decisions taken here: a bare "the visit" or "the summit" is not labelled, but "the annual summit"
 * beside Putin and "Putin's two-day trip" are the event; the short commission names ("the
 * Inter-Governmental Commission", "the military-technical commission", "अंतर-सरकारी आयोग") are the
 * commission when the passage is about it; "full-scale invasion" is the war.
 *
 * Its figures before any fix it led to, and after: tests/corpus/README.md, "The record of each set".
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND2 = resolve(CORPUS_DIR, 'blind2.jsonl');

/** Just under the figures this set scores, so one more miss or wrong hit in a group fails. */
/** Events precision 0.979 since the event frames ("as the visit entered its second day", x011, unlabelled). */
const BARS = { people: { p: 0.995, r: 0.995 }, events: { p: 0.97, r: 0.95 } };

/** Wrong people the engine cannot yet tell apart, with why; none on this set, so any wrong person fails. */
const KNOWN_WRONG_PEOPLE: string[] = [];

describe('accuracy on the second blind set', () => {
  itScoresSet('meets its bars', 'blind2 set', BLIND2, BARS, KNOWN_WRONG_PEOPLE);
});
