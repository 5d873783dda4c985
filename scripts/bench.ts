/**
 * `npm run bench`: the engine benchmark in Node (scripts/bench-engine.ts), the draft benchmark
 * in Node (scripts/bench-draft.ts), then the page benchmark in Chromium (scripts/bench-page.ts),
 * one after the other so they never share the CPU. Each runs as its own process; extra arguments go to the page benchmark.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
const tsx = path.resolve(here, '../node_modules/.bin/tsx');

function run(title: string, script: string, args: string[] = []): number {
  console.log(`\n=== ${title} ===\n`);
  const result = spawnSync(tsx, [path.join(here, script), ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

const engine = run('Engine (Node)', 'bench-engine.ts');
const draft = run('Draft (Node)', 'bench-draft.ts');
const page = run('Page (Chromium)', 'bench-page.ts', process.argv.slice(2));
process.exitCode = engine || draft || page;
