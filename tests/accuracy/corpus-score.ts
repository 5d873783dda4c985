/**
 * Scoring for the labelled corpora (tests/corpus/: dev.jsonl, heldout.jsonl, blind.jsonl, blind2.jsonl
 * and blind3.jsonl; format in tests/corpus/README.md), shared by the
 * *-accuracy tests so all score the same way: a found mention is right when it overlaps an
 * unused labelled mention of the same entity; precision and recall for people and for events.
 * Test support only: the extension does not import it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { buildIndex, findMentions, type MatcherEntity } from '../../utils/matcher';

const BUNDLED_PACK = resolve(__dirname, '../../data/briefing-pack.json');

/** Where the labelled sets live. */
export const CORPUS_DIR = resolve(__dirname, '../corpus');

export const PEOPLE = ['andrei-belousov', 'vladimir-putin', 'droupadi-murmu', 'narendra-modi'];
export const EVENTS = ['military-technical-commission', 'putin-india-visit', 'war-in-ukraine'];

export interface Labelled {
  entity: string;
  text: string;
  start: number;
  end: number;
}
export interface Passage {
  id: string;
  lang: string;
  text: string;
  mentions: Labelled[];
}

export interface Tally {
  found: number;
  right: number;
  labelled: number;
  recalled: number;
}

/** One passage per non-empty line. */
export function parsePassages(jsonl: string): Passage[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

export function score(passages: readonly Passage[], entities: readonly MatcherEntity[]) {
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

/** People recall per language (`lang` of each passage), for sets written in many languages. */
export function peopleRecallByLanguage(passages: readonly Passage[], entities: readonly MatcherEntity[]): Map<string, Tally> {
  const byLang = new Map<string, Passage[]>();
  for (const p of passages) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);
  return new Map([...byLang].map(([lang, ps]) => [lang, score(ps, entities).tallies.people]));
}

function tally(): Tally {
  return { found: 0, right: 0, labelled: 0, recalled: 0 };
}
export const precision = (t: Tally) => (t.found === 0 ? 1 : t.right / t.found);
export const recall = (t: Tally) => (t.labelled === 0 ? 1 : t.recalled / t.labelled);

/** "people: P 1.000 (40/40)  R 0.975 (40/41)" */
export const scoreLine = (name: string, t: Tally) =>
  `${name}: P ${precision(t).toFixed(3)} (${t.right}/${t.found})  R ${recall(t).toFixed(3)} (${t.recalled}/${t.labelled})`;

export interface SetBars {
  people: { p: number; r: number };
  events: { p: number; r: number };
  /** When given, people recall in every language of the set must reach it. */
  peopleRecallPerLanguage?: number;
}

const WRONG_PERSON = new RegExp(` false hit (${PEOPLE.join('|')}) `);

/**
 * One test that scores the bundled pack on the labelled set in `file` (`label` names it in the
 * output): prints the scores and every miss and false hit, then requires the bars and, given
 * `knownWrongPeople`, exactly those wrong people, so any other wrong person fails whatever the
 * figures (the product's promise is never the wrong person).
 */
export function itScoresSet(title: string, label: string, file: string, bars: SetBars, knownWrongPeople?: readonly string[]): void {
  it(title, () => {
    // A missing set fails here with ENOENT naming the file: never a skip.
    const passages = parsePassages(readFileSync(file, 'utf8'));
    const pack = JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')) as { entities: MatcherEntity[] };
    const { tallies, report } = score(passages, pack.entities);
    const byLang = peopleRecallByLanguage(passages, pack.entities);
    const langLines = byLang.size > 1 ? [...byLang].map(([lang, t]) => scoreLine(`  people ${lang}`, t)) : [];
    console.log([`${label}, ${passages.length} passages`, scoreLine('people', tallies.people), scoreLine('events', tallies.events), ...langLines, ...report].join('\n'));
    if (knownWrongPeople) expect(report.filter((line) => WRONG_PERSON.test(line))).toEqual(knownWrongPeople);
    expect(precision(tallies.people)).toBeGreaterThanOrEqual(bars.people.p);
    expect(recall(tallies.people)).toBeGreaterThanOrEqual(bars.people.r);
    expect(precision(tallies.events)).toBeGreaterThanOrEqual(bars.events.p);
    expect(recall(tallies.events)).toBeGreaterThanOrEqual(bars.events.r);
    const perLanguage = bars.peopleRecallPerLanguage;
    if (perLanguage !== undefined) for (const [lang, t] of byLang) expect(recall(t), `people recall in ${lang}`).toBeGreaterThanOrEqual(perLanguage);
  });
}
