/**
 * About 10,000 words of real article text for the draft benchmark and the draft golden test: the
 * articles Readability finds in the saved English pages (tests/fixtures/pages), one after another,
 * paragraph by paragraph until 10,000 words — the same article the brief-from-page e2e measures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle } from '../../utils/article/extract-article';
import { parseOffline } from '../offline-dom';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages');
const PAGE_NAMES = ['guardian-1', 'medium-1', 'wikipedia', 'bbc-1', 'nytimes-1', 'ars-1', 'cnn', 'yahoo-2'];
export const LONG_READ_WORDS = 10_000;

export function longReadParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const name of PAGE_NAMES) {
    const page = parseOffline(readFileSync(resolve(PAGES, `${name}.html`), 'utf8'));
    const extraction = extractArticle(page.document);
    void page.close();
    if (extraction.ok) paragraphs.push(...extraction.article.paragraphs);
  }
  const kept: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (words >= LONG_READ_WORDS) break;
    kept.push(paragraph);
    words += paragraph.split(' ').length;
  }
  return kept;
}

/** The long read as the draft page hands it to the drafter: one paragraph per line. */
export function longReadText(): string {
  return longReadParagraphs().join('\n');
}
