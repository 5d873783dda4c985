/**
 * Draft benchmark, in Node (a section of `npm run bench`; alone: `npx tsx scripts/bench-draft.ts`):
 * drafting a 10,000-word article (scripts/bench/long-read.ts) with `draftPack`, the work between
 * the review page's load and its review screen. Prints the median over runs of wall time and of
 * CPU time (process.cpuUsage, user + system), since the machine is often shared and CPU time
 * moves less with other processes' load; and the load average next to them. Figures only.
 */
import { loadavg } from 'node:os';
import { draftPack } from '../utils/draft/draft-pack';
import { longReadText } from './bench/long-read';

const RUNS = Number(process.env.DRAFT_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const text = longReadText();
const words = text.split(/\s+/u).filter(Boolean).length;
// One warm-up: compromise builds its lexicon and the JIT settles on the first draft.
const first = draftPack(text);
const wall: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  draftPack(text);
  wall.push(performance.now() - started);
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000);
}
const load = loadavg().map((n) => n.toFixed(2)).join(', ');
console.log(`draft: ${words.toLocaleString('en')} words, ${first.diagnostics.sentenceCount} sentences, ${first.pack.entities.length} entities`);
console.log(`draft: median of ${RUNS} runs: ${median(cpu).toFixed(0)} ms CPU, ${median(wall).toFixed(0)} ms wall (goal for click → review: ≤ 1,500 ms)`);
console.log(`draft: load average ${load}`);
