/**
 * Scores the engine with the bundled pack's aliases on blind.jsonl in tests/corpus/: 134 passages
 * written BEFORE reading heldout.jsonl, the pack's alias lists or the matcher's rule code, in the
 * style of real coverage (wire copy, live blogs, headlines, captions, opinion, TV transcripts, quoted
 * posts; English, Russian, Hindi, Italian), about two thirds ordinary coverage and one third hard
 * cases. Same labelling rules as the dev corpus (tests/corpus/README.md) and the decisions of
 * heldout-accuracy.test.ts; scored by corpus-score.ts. Prints the scores and every miss and false hit.
 *
 *   npx vitest run tests/accuracy/blind-accuracy.test.ts
 *
 * Decisions taken here: words that contain a name are not mentions ("Putinism", "Putinversteher",
 * "Modinomics", "putinismo", "Putinka", "Modinagar"), nor are plurals ("the Modis"); "Владимир
 * Владимирович" (name and patronymic) is Putin, "NaMo" is Narendra Modi, "СВО" is the war; "ВВП" is
 * never Putin here (it is GDP); "МПК по ВТС" is the commission, "ВТС" alone (the cooperation) is not.
 *
 * Its figures before any fix it led to, and after: tests/corpus/README.md, "The record of each set".
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND = resolve(CORPUS_DIR, 'blind.jsonl');

/** Just under the figures this set scores, so one more miss or wrong hit in a group fails. */
const BARS = { people: { p: 0.99, r: 0.99 }, events: { p: 0.98, r: 0.97 } };

/**
 * Wrong people the engine cannot yet tell apart, with why; any other wrong person fails the test.
 * - b071: "ПУТИНА-2025: НА КАМЧАТКЕ…" is the fishing season (путина) in a headline in capitals, where
 *   case gives no signal and the genitive of Путин is a common headline form ("ВИЗИТ ПУТИНА В
 *   ИНДИЮ"); the same homograph as h064 of the held-out set.
 */
const KNOWN_WRONG_PEOPLE = ['b071 false hit vladimir-putin "ПУТИНА" @0'];

describe('accuracy on the blind set', () => {
  itScoresSet('meets its bars', 'blind set', BLIND, BARS, KNOWN_WRONG_PEOPLE);
});
