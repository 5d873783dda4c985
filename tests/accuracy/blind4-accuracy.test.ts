/**
 * Scores the engine with the bundled pack's aliases and event frames on blind4.jsonl in
 * tests/corpus/: 89 passages in eleven languages (13 English, 10 Russian, 10 Hindi, 7 each in
 * German, Spanish, French, Italian, Chinese, Arabic, Bengali and Urdu) modelled on real coverage
 * found with a search of stored news pages, written for the event frames BEFORE reading the pack,
 * the matcher or the other sets: the visit and the summit named generically ("the annual summit",
 * "госвизит", "दो दिवसीय यात्रा", "Staatsbesuch", "国是访问", "زيارة دولة", "সফর", "دورہ"), the
 * commission in short forms and transliterations, the war as invasion, conflict or crisis, and
 * look-alikes (earlier summits and visits, Modi's trips to Russia, Putin's trips to Turkmenistan
 * and China, other leaders' state visits, the trade commission, the China–Russia commission, other
 * wars, namesakes). Same labelling rules as the dev corpus (tests/corpus/README.md).
 *
 *   npx vitest run tests/accuracy/blind4-accuracy.test.ts
 *
 * Its writer also labelled talks during the visit ("the talks at Hyderabad House", "переговоров в
 * Нью-Дели", "Gesprächen mit Modi", "محادثات نيودلهي") as the visit; the dev corpus leaves such talks
 * unlabelled (d022, d055), and so do the frames, so those six labels stay misses.
 *
 * Its figures before the frames and after: tests/corpus/README.md, "The record of each set".
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND4 = resolve(CORPUS_DIR, 'blind4.jsonl');

/** Just under the figures after the frames: people P 1.000, R 0.983; events P 0.959, R 0.878. */
const BARS = { people: { p: 0.995, r: 0.975 }, events: { p: 0.95, r: 0.865 }, peopleRecallPerLanguage: 0.86 };

/** Wrong people the engine cannot yet tell apart; none on this set, so any wrong person fails. */
const KNOWN_WRONG_PEOPLE: string[] = [];

describe('accuracy on the fourth blind set', () => {
  itScoresSet('meets its bars', 'blind4 set', BLIND4, BARS, KNOWN_WRONG_PEOPLE);
});
