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
import { buildIndex, findMentions, type MatcherEntity } from './index';

const ROOT = resolve(__dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');
const PACK = resolve(ROOT, 'data/briefing-pack.json');

const PEOPLE = ['andrei-belousov', 'vladimir-putin', 'droupadi-murmu', 'narendra-modi'];
const EVENTS = ['military-technical-commission', 'putin-india-visit', 'war-in-ukraine'];

/** The bars from issue 3. */
const BARS = { people: { p: 0.98, r: 0.97 }, events: { p: 0.95, r: 0.85 } };

interface Labelled {
  entity: string;
  text: string;
  start: number;
  end: number;
}
interface Passage {
  id: string;
  lang: string;
  text: string;
  mentions: Labelled[];
}

interface Tally {
  found: number;
  right: number;
  labelled: number;
  recalled: number;
}

function score(passages: readonly Passage[], entities: readonly MatcherEntity[]) {
  const index = buildIndex(entities);
  const tallies = { people: tally(), events: tally() };
  const report: string[] = [];
  for (const p of passages) {
    const groupOf = (id: string) => (PEOPLE.includes(id) ? tallies.people : EVENTS.includes(id) ? tallies.events : null);
    const used = new Set<number>();
    for (const m of findMentions(p.text, index)) {
      const t = groupOf(m.entityId);
      if (!t) continue; // entities outside the seven labelled ids are not scored
      t.found++;
      const hit = p.mentions.findIndex(
        (l, i) => !used.has(i) && l.entity === m.entityId && l.start < m.end && m.start < l.end,
      );
      if (hit >= 0) {
        used.add(hit);
        t.right++;
      } else report.push(`${p.id} false hit ${m.entityId} "${m.text}" @${m.start}`);
    }
    p.mentions.forEach((l, i) => {
      const t = groupOf(l.entity)!;
      t.labelled++;
      if (used.has(i)) t.recalled++;
      else report.push(`${p.id} missed    ${l.entity} "${l.text}" @${l.start}`);
    });
  }
  return { tallies, report };
}

function tally(): Tally {
  return { found: 0, right: 0, labelled: 0, recalled: 0 };
}
const precision = (t: Tally) => (t.found === 0 ? 1 : t.right / t.found);
const recall = (t: Tally) => (t.labelled === 0 ? 1 : t.recalled / t.labelled);

describe('accuracy on the dev corpus', () => {
  it.runIf(existsSync(PACK) && existsSync(CORPUS))('meets the bars of issue 3', () => {
    const passages = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Passage);
    const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { entities: MatcherEntity[] };
    const { tallies, report } = score(passages, pack.entities);
    const line = (name: string, t: Tally) =>
      `${name}: P ${precision(t).toFixed(3)} (${t.right}/${t.found})  R ${recall(t).toFixed(3)} (${t.recalled}/${t.labelled})`;
    console.log(
      [`dev corpus, ${passages.length} passages`, line('people', tallies.people), line('events', tallies.events), ...report].join('\n'),
    );
    expect(precision(tallies.people)).toBeGreaterThanOrEqual(BARS.people.p);
    expect(recall(tallies.people)).toBeGreaterThanOrEqual(BARS.people.r);
    expect(precision(tallies.events)).toBeGreaterThanOrEqual(BARS.events.p);
    expect(recall(tallies.events)).toBeGreaterThanOrEqual(BARS.events.r);
  });
});
