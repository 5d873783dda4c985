/** What both benchmarks build their news-like text from (scripts/bench-engine.ts, news-page.ts). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Deterministic PRNG (mulberry32) so every run measures the same text. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The story's sentences: the bundled article's lines and the dev corpus passages. */
export function storySentences(): string[] {
  const article = readFileSync(resolve(ROOT, 'data/briefing-article.txt'), 'utf8').split('\n');
  const corpus = readFileSync(resolve(ROOT, 'tests/corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return [...article, ...corpus].filter((s) => s.trim());
}
