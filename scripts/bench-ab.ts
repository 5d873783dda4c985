/**
 * Two or more builds side by side on the cost bench's quiet pages, in one run:
 *
 *   npm run bench:ab -- DIR_A DIR_B [--visits 9]
 *
 * Each DIR is an unpacked Chrome build (a copy of .output/chrome-mv3 made before a change, and the
 * build after it). Every build gets its own Chromium; the visits alternate between them, so a
 * machine that slows down mid-run slows every build alike. For each build it prints the medians of
 * the main-thread script time (CDP ScriptDuration) and of the CPU under extension code (a CPU
 * profile, scripts/bench/visit-metrics.ts), on the quiet page and on the same page with 23 frames
 * (scripts/bench/quiet-pages.ts). Between runs of the full bench these figures swing by half;
 * side by side in one run, a change of a tenth shows. Figures only: nothing here asserts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBench, waitForExtension, type BenchBrowser } from './bench/chromium';
import { writeCostPages } from './bench/cost';
import { median, table } from './bench/format';
import { startBenchServer, type BenchServer } from './bench/server';
import { measureVisit } from './bench/visit-metrics';

interface Args {
  builds: string[];
  visits: number;
}

function parseArgs(argv: readonly string[]): Args {
  const builds: string[] = [];
  let visits = 9;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--visits') {
      const given = argv[++i];
      visits = Number(given);
      if (given === undefined || !Number.isInteger(visits) || visits < 1) throw new Error(`--visits takes a whole number of visits, at least 1 (got ${given ?? 'nothing'})`);
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg} (usage: npm run bench:ab -- DIR_A DIR_B [--visits N])`);
    } else {
      const dir = path.resolve(arg);
      if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${arg} is not an unpacked build: it has no manifest.json`);
      builds.push(dir);
    }
  }
  if (builds.length < 2) throw new Error('give at least two unpacked builds to compare (usage: npm run bench:ab -- DIR_A DIR_B [--visits N])');
  return { builds, visits };
}

interface Samples {
  quietScript: number[];
  framedScript: number[];
  quietCpu: number[];
  framedCpu: number[];
}

async function main(): Promise<void> {
  const { builds, visits } = parseArgs(process.argv.slice(2));
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-ab-'));
  const roots = { pages: path.resolve('tests/fixtures/pages'), generated, fixtures: path.resolve('tests/fixtures/bench') };
  const browsers: BenchBrowser[] = [];
  const servers: BenchServer[] = [];
  try {
    const server = await startBenchServer(roots, '');
    servers.push(server);
    // The ad frames come from a second origin, as on the cost bench.
    const adServer = await startBenchServer(roots, '');
    servers.push(adServer);
    const pages = writeCostPages(generated, adServer.origin);
    for (const build of builds) {
      const browser = await launchBench(build);
      await waitForExtension(browser.context);
      browsers.push(browser);
    }
    const samples: Samples[] = builds.map(() => ({ quietScript: [], framedScript: [], quietCpu: [], framedCpu: [] }));
    // One visit each first, left out: the first visit of a fresh browser compiles everything.
    for (let round = 0; round <= visits; round++) {
      process.stderr.write(`  round ${round}/${visits}\n`);
      for (const [i, browser] of browsers.entries()) {
        const quiet = await measureVisit(browser.context, server.origin + pages.quiet, { profile: true });
        const framed = await measureVisit(browser.context, server.origin + pages.ads, { profile: true });
        if (round === 0) continue;
        const own = samples[i]!;
        own.quietScript.push(quiet.scriptMs);
        own.framedScript.push(framed.scriptMs);
        own.quietCpu.push(quiet.extensionCpuMs ?? Number.NaN);
        own.framedCpu.push(framed.extensionCpuMs ?? Number.NaN);
      }
    }
    const cell = (xs: number[]) => `${median(xs).toFixed(1)} ms`;
    console.log(`Builds side by side, medians of ${visits} alternating visits each (Chromium, headless).`);
    console.log(
      table(
        ['build', 'quiet: script', 'quiet: CPU (profile)', 'framed: script', 'framed: CPU (profile)'],
        builds.map((build, i) => {
          const own = samples[i]!;
          return [path.relative(process.cwd(), build) || build, cell(own.quietScript), cell(own.quietCpu), cell(own.framedScript), cell(own.framedCpu)];
        }),
      ),
    );
  } finally {
    for (const browser of browsers) await browser.close();
    for (const server of servers) await server.close();
    fs.rmSync(generated, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
