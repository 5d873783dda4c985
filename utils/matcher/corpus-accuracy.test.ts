/**
 * Scores the engine with the bundled pack's aliases on the labelled dev corpus
 * (../shared/corpus/dev.jsonl, format in its README): overlap-based precision and recall for
 * people and for events. Prints the scores and every miss and false hit.
 *
 *   npx vitest run utils/matcher/corpus-accuracy.test.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MatcherEntity } from './index';
import { parsePassages, precision, recall, score, scoreLine } from './corpus-score';

const ROOT = resolve(__dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');
const PACK = resolve(ROOT, 'data/briefing-pack.json');

/** The bars from issue 3. */
const BARS = { people: { p: 0.98, r: 0.97 }, events: { p: 0.95, r: 0.85 } };

describe('accuracy on the dev corpus', () => {
  it.runIf(existsSync(PACK) && existsSync(CORPUS))('meets the bars of issue 3', () => {
    const passages = parsePassages(readFileSync(CORPUS, 'utf8'));
    const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { entities: MatcherEntity[] };
    const { tallies, report } = score(passages, pack.entities);
    console.log(
      [`dev corpus, ${passages.length} passages`, scoreLine('people', tallies.people), scoreLine('events', tallies.events), ...report].join('\n'),
    );
    expect(precision(tallies.people)).toBeGreaterThanOrEqual(BARS.people.p);
    expect(recall(tallies.people)).toBeGreaterThanOrEqual(BARS.people.r);
    expect(precision(tallies.events)).toBeGreaterThanOrEqual(BARS.events.p);
    expect(recall(tallies.events)).toBeGreaterThanOrEqual(BARS.events.r);
  });
});
