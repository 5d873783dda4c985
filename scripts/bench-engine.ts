/**
 * Engine benchmark (issue 3), in Node:
 *
 *   npm run bench
 *
 * Prints, in one run: findMentions throughput over ≥ 5 MB of news-like text against a bare
 * charCodeAt loop over the same text (goal ≥ 1/3 of its speed), with the bundled pack and with a
 * generated 10,000-alias pack (goal: about the same), and index build time at 10,000 aliases
 * (goal ≤ 50 ms). The text is split into paragraphs, as the content script scans blocks.
 * Figures only: nothing here asserts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndex, findMentions, type MatcherEntity, type MentionIndex } from '../utils/matcher/index';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_CHARS = 5 * 1024 * 1024;
const RUNS = 5;

/** Deterministic PRNG (mulberry32) so every run measures the same text and pack. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSentences(): string[] {
  const article = readFileSync(resolve(ROOT, '../shared/article/article.txt'), 'utf8').split('\n');
  let corpus: string[] = [];
  try {
    corpus = readFileSync(resolve(ROOT, '../shared/corpus/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    // The corpus lives outside the repo; the article and filler are enough without it.
  }
  return [...article, ...corpus].filter((s) => s.trim());
}

const FILLER_WORDS = (
  'the of and to in a is that for on was with he as it by at from his an were are which this be has ' +
  'government minister officials said talks week market prices energy oil trade deal security ' +
  'cooperation economy growth report analysts election parliament court ruling police city council ' +
  'Washington Beijing London Tokyo Berlin Europe China Brussels Reuters Monday Tuesday Friday'
).split(' ');

/** Paragraphs of ~5 MB: article and corpus sentences interleaved with filler sentences. */
function buildText(): string[] {
  const random = rng(42);
  const sentences = loadSentences();
  const paragraphs: string[] = [];
  let total = 0;
  while (total < TARGET_CHARS) {
    const parts: string[] = [];
    const count = 3 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      if (random() < 0.4) parts.push(sentences[Math.floor(random() * sentences.length)]!);
      else {
        const words = Array.from({ length: 8 + Math.floor(random() * 20) }, () => FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)]!);
        const s = words.join(' ');
        parts.push(`${s[0]!.toUpperCase()}${s.slice(1)}.`);
      }
    }
    const p = parts.join(' ');
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs;
}

/** 10,000 aliases over 2,500 entities: people, events and some phrases starting with common words. */
function generatedPack(base: readonly MatcherEntity[]): MatcherEntity[] {
  const random = rng(7);
  const syllables = 'ka ri mo de su na li vo ten ber sha gor vin ta lu pe ro mi zan kov dra ush el an'.split(' ');
  const name = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += syllables[Math.floor(random() * syllables.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const entities: MatcherEntity[] = [...base];
  let aliases = base.reduce((n, e) => n + e.aliases.length, 0);
  for (let i = 0; aliases < 10_000; i++) {
    const given = name(2);
    const family = name(3);
    const place = name(2);
    const generated: string[] = [`${given} ${family}`, family, `${family}'s visit to ${place}`, `the ${place} (summit|conference)`];
    const take = generated.slice(0, 10_000 - aliases);
    entities.push({ id: `gen-${i}`, kind: i % 2 ? 'event' : 'person', aliases: take });
    aliases += take.length;
  }
  return entities;
}

function best(f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function main(): void {
  const paragraphs = buildText();
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const mb = chars / (1024 * 1024);
  const pack = JSON.parse(readFileSync(resolve(ROOT, 'data/briefing-pack.json'), 'utf8')) as { entities: MatcherEntity[] };
  const bundled = buildIndex(pack.entities);
  const big = generatedPack(pack.entities);
  const bigAliases = big.reduce((n, e) => n + e.aliases.length, 0);
  const bigIndex = buildIndex(big);

  let sink = 0;
  const bare = best(() => {
    let s = 0;
    for (const p of paragraphs) for (let i = 0; i < p.length; i++) s = (s + p.charCodeAt(i)) | 0;
    sink ^= s;
  });
  const engine = (index: MentionIndex) => {
    let found = 0;
    const ms = best(() => {
      found = 0;
      for (const p of paragraphs) found += findMentions(p, index).length;
    });
    return { ms, found };
  };
  const withBundled = engine(bundled);
  const withBig = engine(bigIndex);
  const build = best(() => void buildIndex(big));

  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`;
  const row = (label: string, ms: number, extra = '') =>
    console.log(`${label.padEnd(42)} ${ms.toFixed(1).padStart(7)} ms  ${rate(ms)}  ${extra}`);
  console.log(`text: ${mb.toFixed(2)} MB of UTF-16 text in ${paragraphs.length} paragraphs; best of ${RUNS} runs\n`);
  row('bare charCodeAt loop', bare);
  row(`findMentions, bundled pack (${pack.entities.reduce((n, e) => n + e.aliases.length, 0)} aliases)`, withBundled.ms,
    `ratio ${(bare / withBundled.ms).toFixed(2)} of bare (goal ≥ 0.33), ${withBundled.found} mentions`);
  row(`findMentions, generated pack (${bigAliases} aliases)`, withBig.ms,
    `ratio ${(bare / withBig.ms).toFixed(2)} of bare, ${(withBundled.ms / withBig.ms).toFixed(2)} of bundled-pack speed, ${withBig.found} mentions`);
  console.log(`\nbuildIndex, ${bigAliases} aliases: ${build.toFixed(1)} ms (goal ≤ 50 ms)`);
  if (sink === 0.5) console.log(''); // keeps the bare loop's result alive
}

main();
