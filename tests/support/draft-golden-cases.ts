/**
 * The texts whose drafts are kept as golden output (tests/fixtures/draft-golden/): the bundled
 * article, the fictional story, the saved pages the people-precision test reads (as the CLI reads
 * them: linkedom, then `articleText`), and the 10,000-word long read the draft benchmark drafts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { longReadText } from '../../scripts/bench/long-read';
import { articleText } from '../../utils/draft/article-text';
import { draftPack } from '../../utils/draft/draft-pack';
import { noteSentence } from '../../utils/draft/note-sentence';
import { englishTranslator } from '../../utils/i18n';

const ROOT = resolve(import.meta.dirname, '../..');

export interface GoldenCase {
  name: string;
  load(): { text: string; title?: string };
}

function page(name: string): GoldenCase {
  return {
    name: `pages/${name}`,
    load() {
      const { text, headline } = articleText(parseHTML(readFileSync(resolve(ROOT, `tests/fixtures/pages/${name}.html`), 'utf8')).document);
      return { text, title: headline };
    },
  };
}

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'briefing-article', load: () => ({ text: readFileSync(resolve(ROOT, 'data/briefing-article.txt'), 'utf8') }) },
  { name: 'harbour-bridge', load: () => ({ text: readFileSync(resolve(ROOT, 'tests/fixtures/articles/harbour-bridge.txt'), 'utf8') }) },
  page('ars-1'),
  page('medium-1'),
  page('bbc-1'),
  page('guardian-1'),
  { name: 'long-read', load: () => ({ text: longReadText() }) },
];

export const GOLDEN_DIR = resolve(ROOT, 'tests/fixtures/draft-golden');

export function goldenFile(name: string): string {
  return resolve(GOLDEN_DIR, `${name.replace('/', '-')}.json`);
}

/**
 * What a golden file holds for a case: `draftPack`'s pack and diagnostics, with the drafter's notes
 * worded in English (notes are data the review words in the reader's language).
 */
export function goldenDraft(goldenCase: GoldenCase) {
  const { text, title } = goldenCase.load();
  const drafted = draftPack(text, { title });
  return { ...drafted, diagnostics: { ...drafted.diagnostics, notes: drafted.diagnostics.notes.map((note) => noteSentence(englishTranslator, note)) } };
}
