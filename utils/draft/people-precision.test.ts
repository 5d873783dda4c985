/**
 * Precision of the people the drafter proposes (correct people / people proposed), on the issue's
 * article, our fictional story and saved news pages. The labels list every real person each text
 * names in prose, checked by reading it; a proposal counts as correct only with the right full name.
 * Run with `npx vitest run utils/draft/people-precision` to see the figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../pack/validate-pack';
import { articleText } from './article-text';
import { draftPack } from './draft-pack';

const ROOT = resolve(__dirname, '../..');

/** A saved page read as the CLI reads it: linkedom, then `articleText`. */
function pageText(file: string): { text: string; title?: string } {
  const { text, headline } = articleText(parseHTML(readFileSync(file, 'utf8')).document);
  return { text, title: headline };
}

const CASES: { name: string; load(): { text: string; title?: string }; people: string[] }[] = [
  { name: 'data/briefing-article.txt', load: () => ({ text: readFileSync(resolve(ROOT, 'data/briefing-article.txt'), 'utf8') }), people: ['Andrei Belousov', 'Vladimir Putin', 'Droupadi Murmu', 'Narendra Modi'] },
  { name: 'tests/fixtures/articles/harbour-bridge.txt', load: () => ({ text: readFileSync(resolve(ROOT, 'tests/fixtures/articles/harbour-bridge.txt'), 'utf8') }), people: ['Helen Okafor', 'Tomas Lindqvist', 'Priya Raman'] },
  // The Minecraft exploit story: its researcher (the byline "Dan Goodin" sits in page chrome, not prose).
  { name: 'tests/fixtures/pages/ars-1.html', load: () => pageText(resolve(ROOT, 'tests/fixtures/pages/ars-1.html')), people: ['Ammar Askar', 'Dan Goodin'] },
  // The student-journalism essay: the editors it names.
  { name: 'tests/fixtures/pages/medium-1.html', load: () => pageText(resolve(ROOT, 'tests/fixtures/pages/medium-1.html')), people: ['Kate Hudson', 'Brent Rose', 'Nicholas Maronese', 'Asad Chishti'] },
  // Obama's BBC interview on gun laws, with its related-story links.
  { name: 'tests/fixtures/pages/bbc-1.html', load: () => pageText(resolve(ROOT, 'tests/fixtures/pages/bbc-1.html')), people: ['Barack Obama', 'Jon Sopel', 'Sandra Bland', 'Taylor Swift'] },
  // Māori tribes and whale strandings ("Project Jonah" is a rescue group, so a wrong proposal).
  { name: 'tests/fixtures/pages/guardian-1.html', load: () => pageText(resolve(ROOT, 'tests/fixtures/pages/guardian-1.html')), people: ['Te Kaurinui Robert Parata', 'Buck Cullen', 'Jamie Werner'] },
];

describe('people precision', () => {
  const rows = CASES.map(({ name, load, people }) => {
    const { text, title } = load();
    const { pack } = draftPack(text, { title });
    const proposed = pack.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    const correct = proposed.filter((p) => people.includes(p));
    return { name, pack, proposed, correct: correct.length, recall: `${correct.length}/${people.length}` };
  });

  it.each(rows)('$name drafts a valid pack', ({ pack }) => {
    const checked = validatePack(pack);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('proposes mostly real people', () => {
    const total = rows.reduce((n, r) => n + r.proposed.length, 0);
    const correct = rows.reduce((n, r) => n + r.correct, 0);
    const lines = rows.map((r) => `  ${r.name}: ${r.correct}/${r.proposed.length} correct (found ${r.recall} labelled): ${r.proposed.join(', ')}`);
    console.log(`People precision: ${correct}/${total} = ${((100 * correct) / total).toFixed(0)}%\n${lines.join('\n')}`);
    expect(correct / total).toBeGreaterThanOrEqual(0.85);
  });
});
