/**
 * Scores the engine with the bundled pack's aliases on heldout.jsonl in tests/corpus/: passages
 * written for this test, not taken from the dev corpus, under the dev corpus's labelling rules
 * (tests/corpus/README.md), to check that the aliases and rules generalise beyond the sample
 * they were written against. Scored exactly as corpus-accuracy.test.ts scores dev.jsonl (shared
 * code in corpus-score.ts). Prints the scores and every miss and false hit.
 *
 *   npx vitest run tests/accuracy/heldout-accuracy.test.ts
 *
 * Decisions the dev corpus leaves open, taken here: a name inside a compound hashtag (#ModiPutin),
 * a URL or an e-mail address is not a mention, a hashtag that is just the name (#Putin) is;
 * "anti-Putin", "Putin-led" name Putin; "Modi ji" is PM Modi; "talks" between the leaders are not
 * the visit event.
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, itScoresSet } from './corpus-score';

const HELDOUT = resolve(CORPUS_DIR, 'heldout.jsonl');

/**
 * People precision is 1 but for the wrong hits listed in KNOWN_WRONG_PEOPLE: the product's promise
 * is never the wrong person (G. C. Murmu is not President Murmu), so any other wrong person fails
 * the test, whatever the figures. The bars sit just under the figures (people P 0.993, R 1;
 * events P = R = 1), so two more misses or wrong events fail it too.
 */
/**
 * Events precision sits lower since the event frames: they find generic references to the visit
 * and the commission that this set's writer left unlabelled ("calling the visit a milestone" h047,
 * "с государственным визитом" h049, "per una visita di Stato di due giorni" h086, "PUTIN WRAPS UP
 * VISIT" h109, "the commission's session" h005); they count as wrong hits here.
 */
const BARS = { people: { p: 0.98, r: 0.98 }, events: { p: 0.92, r: 0.98 } };

/**
 * Wrong people the engine cannot yet tell apart, with why.
 * - h064: "Путина на Камчатке…" is the fishing season (путина), capitalised only because it starts
 *   the sentence; the genitive of Путин starts sentences too ("Путина встретил Моди"), and the
 *   engine has no part-of-speech signal to separate them.
 */
const KNOWN_WRONG_PEOPLE = ['h064 false hit vladimir-putin "Путина" @0'];

describe('accuracy on the held-out set', () => {
  itScoresSet('meets its bars', 'held-out set', HELDOUT, BARS, KNOWN_WRONG_PEOPLE);
});
