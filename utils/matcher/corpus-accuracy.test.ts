/**
 * Scores the engine with the bundled pack's aliases on the labelled dev corpus
 * (../shared/corpus/dev.jsonl, format in its README): overlap-based precision and recall for
 * people and for events. Prints the scores and every miss and false hit.
 *
 *   npx vitest run utils/matcher/corpus-accuracy.test.ts
 */
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { itScoresSet } from './corpus-score';

const ROOT = resolve(__dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');

/** The bars from issue 3. */
const BARS = { people: { p: 0.98, r: 0.97 }, events: { p: 0.95, r: 0.85 } };

describe('accuracy on the dev corpus', () => {
  itScoresSet('meets the bars of issue 3', 'dev corpus', CORPUS, BARS);
});
