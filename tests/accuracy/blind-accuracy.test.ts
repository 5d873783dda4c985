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
 * The honest figures, measured once before any fix made against this set (engine and pack of commit
 * 1cea1bc): people P 0.972 (137/141), R 0.965 (137/142); events P 0.938 (45/48), R 0.818 (45/55).
 * (The very first run counted 134 passages, one of them an unlabelled draft headline left in by
 * mistake, which scored two false people hits: people P 0.958. It was removed before any fix.)
 * Wrong people then: "Modi Naturals" (firm), "TUTTI I MODI" (Italian noun in capitals), "हेमलाल
 * मुर्मू" (namesake), "ПУТИНА-2025" (fishing season in capitals). Misses: Russian surnames after a
 * sentence-starting noun ("Визит Путина", "Ранее Белоусову"), "Владимир Владимирович", "NaMo";
 * events: "visita in India", "two-day visit to India", "the Putin visit", "23RD ANNUAL SUMMIT",
 * "межправкомиссия по ВТС", "украинского кризиса"; look-alikes taken for the event: "Предыдущий визит
 * Путина в Индию", "2021 में पुतिन की भारत यात्रा", "Nel 2021 il vertice India-Russia".
 * After the fixes they led to, the figures below are fitted to this set, so optimistic like the
 * held-out ones: people P 0.993, R 1.000; events P 1.000, R 0.982. Then the generic visit phrases
 * ("two-day visit to India", "visita in India", "annual bilateral summit") became context aliases,
 * counted only beside a mention of Putin, because anywhere else they name anyone's visit, and the
 * visit named by his title became an alias ("la visita in India del leader russo"): events R 0.982.
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const BLIND = resolve(CORPUS_DIR, 'blind.jsonl');

/** Just under the figures after the fixes, so one more miss or wrong hit in a group fails. */
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
