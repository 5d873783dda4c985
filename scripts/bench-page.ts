/**
 * Page benchmark (the browser part), in one Chromium run:
 *
 *   npm run bench:page            (or `npm run bench`, which runs the engine benchmark first)
 *   npm run bench:page -- --pages nytimes-1,wikipedia   (a subset, while iterating)
 *   npm run bench:page -- --only cost                    (sections: annotate, longtasks, mutating, cost)
 *   npm run bench:page -- --no-build                     (measure .output/chrome-mv3 as it is)
 *   npm run bench:page -- --extension DIR                (measure another unpacked Chrome build)
 *
 * 1. Time to annotate each page, against a bare TreeWalker walk of the same page (goal ≤ 3×) and
 *    against mark.js marking the same phrases (goal: ours ≥ 100× faster). The saved pages in
 *    tests/fixtures/pages and a generated 4 MB news page, with the pages' own scripts off so the DOM
 *    holds still. "Ours" is the content script's own code (createAnnotator + the bundled pack's
 *    index), run from scanAll() until its scheduler drains: `work` is the main-thread time of all
 *    its slices, `wall` includes the idle gaps it yields to the page.
 * 2. The longest task the extension causes: the built extension (.output/chrome-mv3) loaded in
 *    Chromium, each page opened with its scripts on, long tasks recorded by a PerformanceObserver
 *    (every task, from the page's point of view) and a trace (tasks that ran extension code),
 *    with and without the extension (goal ≤ 50 ms).
 * 3. Extra CPU on a page that mutates every 10 ms (tests/fixtures/bench/mutating.html): renderer
 *    main-thread busy time (CDP Performance.getMetrics TaskDuration) over the same wall time with
 *    and without the extension (goal ≤ 2 % of wall time).
 * 4. Per-frame cost (scripts/bench/cost.ts): bytes injected per frame, script time on a quiet page,
 *    on the same page with 23 frames and its JS heap (against an empty content script), a dense
 *    live blog against mark.js (800 kB) and a naive CSS-highlights highlighter (4 MB) with its longest
 *    task and time to the first highlight, the mutating page's extra CPU (section 3's figure) and the
 *    start-up with a 10,000-alias pack; one table of figure, measured, baseline and goal.
 *
 * Nothing leaves 127.0.0.1 (see scripts/bench/chromium.ts). Figures only: nothing here asserts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { snapshotBuild } from './bench/build-snapshot';
import { launchBench, waitForExtension, type BenchBrowser } from './bench/chromium';
import { costBench, costNotes, costRows, writeCostPages, type CostFigures, type OtherCostFigures } from './bench/cost';
import { kb, median, min, ms, sleep, table } from './bench/format';
import { generateNewsPage } from './bench/news-page';
import type { MarkResult, OursResult, WalkResult } from './bench/page-entry';
import { startBenchServer, type BenchServer } from './bench/server';
import { startTrace, summarizeTasks, type TaskSummary } from './bench/trace';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES_DIR = path.resolve(ROOT, 'tests/fixtures/pages');
const FIXTURES_DIR = path.resolve(ROOT, 'tests/fixtures/bench');
const BUILD_DIR = path.resolve(ROOT, '.output/chrome-mv3');

/** The saved pages that are articles (the small test pages — rtl-1, svg-parsing… — add nothing). */
const REAL_PAGES = ['nytimes-1', 'yahoo-2', 'guardian-1', 'wikipedia', 'bbc-1', 'cnn', 'ars-1', 'lemonde-1', 'folha', 'medium-1'];
const GENERATED = 'generated-4mb';

const WALK_RUNS = 7;
const OURS_RUNS = 5;
/** mark.js marks one phrase per pass; a run stops after this long and reports a lower bound. */
const MARK_CAP_MS = Number(process.env.BENCH_MARK_CAP_MS ?? 5_000);
/** Best of this many mark.js runs when one run is quick (it mutates the page: reload each time). */
const MARK_RUNS_IF_QUICK = 3;
const MUTATING_SECONDS = 10;
/**
 * The cost section's mark.js cap on its ~800 kB page: long enough that a capped run still shows
 * whether ours is 100× faster (ours takes some tens of ms there).
 */
const COST_MARK_CAP_MS = Number(process.env.BENCH_COST_MARK_CAP_MS ?? 12_000);

interface Target {
  name: string;
  url: string;
  bytes: number;
}

const SECTIONS = ['annotate', 'longtasks', 'mutating', 'cost'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const only = args.includes('--pages') ? new Set(args[args.indexOf('--pages') + 1]!.split(',')) : null;
const sections = new Set<Section>(args.includes('--only') ? parseSections(args[args.indexOf('--only') + 1] ?? '') : SECTIONS);

/** The unpacked build to measure: `--extension DIR`, or this checkout's own build. */
const EXTENSION_DIR = args.includes('--extension') ? path.resolve(args[args.indexOf('--extension') + 1]!) : BUILD_DIR;

function parseSections(list: string): Section[] {
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length || !names.length) throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')} (got "${list}")`);
  return names as Section[];
}

/** The bench entry for the page's main world; `@wxt-dev/storage` (browser APIs) is stubbed out. */
async function bundleEntry(): Promise<string> {
  const stubStorage: esbuild.Plugin = {
    name: 'stub-wxt-storage',
    setup(build) {
      build.onResolve({ filter: /^@wxt-dev\/storage$/ }, () => ({ path: 'storage', namespace: 'stub' }));
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const storage = { defineItem: () => ({}) };', loader: 'js' }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [path.resolve(import.meta.dirname, 'bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    plugins: [stubStorage],
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** Builds the extension when any source is newer than the build (or there is none). */
function ensureExtensionBuild(): void {
  const manifest = path.join(BUILD_DIR, 'manifest.json');
  const built = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const child of fs.readdirSync(p)) visit(path.join(p, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of ['entrypoints', 'utils', 'components', 'data', 'wxt.config.ts', 'package.json']) visit(path.join(ROOT, p));
  if (built >= newest) return;
  console.log('Building the extension (sources are newer than .output/chrome-mv3)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---- 1. time to annotate ---------------------------------------------------------------------

interface AnnotateRow {
  target: Target;
  walk: WalkResult;
  ours: OursResult[];
  mark: MarkResult[];
  markRegExp: MarkResult;
}

async function openStill(page: Page, server: BenchServer, target: Target, benchJs: string): Promise<void> {
  await page.goto(`${server.origin}${target.url}?noscript`, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(benchJs);
  await page.evaluate(() => window.cbBench.settle());
}

async function annotateBench(browser: BenchBrowser, server: BenchServer, targets: Target[], benchJs: string, markCapMs = MARK_CAP_MS): Promise<AnnotateRow[]> {
  const page = await browser.context.newPage();
  const rows: AnnotateRow[] = [];
  for (const target of targets) {
    await openStill(page, server, target, benchJs);
    const { walk, ours } = await page.evaluate(
      async ({ walkRuns, oursRuns }) => {
        const bench = window.cbBench;
        await bench.ours(); // warm-up: JIT and the character tables, as on a second page visit
        const walks = Array.from({ length: walkRuns }, () => bench.bareWalk());
        const ours = [];
        for (let i = 0; i < oursRuns; i++) ours.push(await bench.ours());
        return { walk: walks.reduce((a, b) => (b.ms < a.ms ? b : a)), ours };
      },
      { walkRuns: WALK_RUNS, oursRuns: OURS_RUNS },
    );
    const mark: MarkResult[] = [];
    for (let i = 0; i < MARK_RUNS_IF_QUICK; i++) {
      if (i > 0) await openStill(page, server, target, benchJs);
      const result = await page.evaluate((cap) => window.cbBench.markJs(window.cbBench.terms(), cap), markCapMs);
      mark.push(result);
      if (result.ms > 1_000) break;
    }
    await openStill(page, server, target, benchJs);
    const markRegExp = await page.evaluate(() => window.cbBench.markJsRegExp(window.cbBench.terms()));
    rows.push({ target, walk, ours, mark, markRegExp });
    process.stderr.write(`  annotated ${target.name}\n`);
  }
  await page.close();
  return rows;
}

function printAnnotate(rows: AnnotateRow[], terms: number): void {
  console.log(`\n1. Time to annotate (scripts of the page off; best of ${WALK_RUNS} walks, ${OURS_RUNS} annotator runs after a warm-up)`);
  const body = rows.map(({ target, walk, ours, mark, markRegExp }) => {
    const work = min(ours.map((o) => o.workMs));
    const wall = median(ours.map((o) => o.wallMs));
    const bestMark = mark.reduce((a, b) => (b.ms < a.ms ? b : a));
    const capped = bestMark.termsDone < bestMark.terms;
    return [
      target.name,
      kb(target.bytes),
      `${walk.textNodes}`,
      `${(walk.chars / 1024).toFixed(0)} k`,
      ms(walk.ms, 2),
      `${ms(work)} / ${ms(wall)}`,
      `${(work / walk.ms).toFixed(0)}×`,
      `${ours[0]!.mentions}`,
      `${capped ? '≥ ' : ''}${ms(bestMark.ms, 0)}${capped ? ` (${bestMark.termsDone}/${bestMark.terms})` : ''} n=${mark.length}`,
      `${capped ? '≥ ' : ''}${(bestMark.ms / work).toFixed(0)}×`,
      ms(markRegExp.ms, 0),
      `${(markRegExp.ms / work).toFixed(1)}×`,
    ];
  });
  console.log(
    table(
      ['page', 'size', 'text nodes', 'chars', 'bare walk ms', 'ours ms work / wall', 'ours ÷ walk', 'mentions', 'mark.js ms', 'speed-up', 'mark.js 1 RegExp ms', 'speed-up'],
      body,
      (i) => i > 0,
    ),
  );
  console.log(
    `   goals: ours ÷ walk ≤ 3×; speed-up over mark.js ≥ 100×. mark.js 8.11.1 marks the pack's ${terms} literal phrases\n` +
      `   (aliases expanded, Russian endings spelled out) with separateWordSearch: false, acrossElements: true,\n` +
      `   diacritics: false (its cheapest setting), one phrase per pass as mark(array) does; a run stops after\n` +
      `   ${MARK_CAP_MS / 1000} s and its time is then a lower bound (phrases done/total). "1 RegExp" is mark.js's fastest\n` +
      `   route — markRegExp with all phrases in one alternation, one pass. "ours" work = min, wall = median.`,
  );
  const slices = rows.map((r) => Math.max(...r.ours.map((o) => o.longestSliceMs)));
  console.log(`   longest annotator slice seen in these runs: ${ms(Math.max(...slices))} ms (budget 8 ms per slice)`);
}

async function breakdownBench(browser: BenchBrowser, server: BenchServer, targets: Target[], benchJs: string): Promise<void> {
  const page = await browser.context.newPage();
  const rows: string[][] = [];
  for (const target of targets) {
    await openStill(page, server, target, benchJs);
    const b = await page.evaluate(() => {
      window.cbBench.breakdown(2);
      return window.cbBench.breakdown(5);
    });
    rows.push([target.name, `${b.blocks}`, ms(b.walk, 1), ms(b.rects, 1), ms(b.visibility, 1), ms(b.match, 1)]);
  }
  await page.close();
  console.log('\n   where the annotator\'s time goes (one synchronous pass per stage over the same blocks, best of 5, ms):');
  console.log(
    table(['   page', 'blocks', 'iterateTextBlocks', 'getBoundingClientRect ×blocks', 'checkVisibility ×blocks', 'findMentions ×blocks'], rows)
      .split('\n')
      .map((l) => (l.startsWith('   ') ? l : `   ${l}`))
      .join('\n'),
  );
}

// ---- 2. long tasks ----------------------------------------------------------------------------

interface LongTaskRow {
  target: Target;
  without: { observed: number; trace: TaskSummary };
  with: { observed: number; trace: TaskSummary; mentions: number };
}

const LONGTASK_OBSERVER = `
  window.__cbLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__cbLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Total highlighted ranges, read from the page's main world (the registry is the document's). */
const highlightCount = () => {
  let n = 0;
  CSS.highlights.forEach((h) => (n += h.size));
  return n;
};

async function loadAndSettle(browser: BenchBrowser, url: string, extension: boolean): Promise<{ observed: number; trace: TaskSummary; mentions: number }> {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: LONGTASK_OBSERVER });
  const cdp = await browser.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // Wait until the highlight count has held still for a second (the scan has drained), 10 s at most.
  let last = -1;
  let stableSince = Date.now();
  const start = Date.now();
  while (Date.now() - start < 10_000) {
    await sleep(100);
    const count = await page.evaluate(highlightCount);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= (extension ? 1_000 : 700)) break;
  }
  const observed = await page.evaluate(() => Math.max(0, ...((window as unknown as { __cbLongTasks: number[] }).__cbLongTasks ?? [])));
  const events = await stop();
  await cdp.detach();
  await page.close();
  return { observed, trace: summarizeTasks(events), mentions: last };
}

async function longTaskBench(withExt: BenchBrowser, withoutExt: BenchBrowser, server: BenchServer, targets: Target[]): Promise<LongTaskRow[]> {
  const rows: LongTaskRow[] = [];
  for (const target of targets) {
    const url = `${server.origin}${target.url}`;
    const without = await loadAndSettle(withoutExt, url, false);
    const withExtension = await loadAndSettle(withExt, url, true);
    rows.push({ target, without, with: withExtension });
    process.stderr.write(`  long tasks ${target.name}\n`);
  }
  return rows;
}

function printLongTasks(rows: LongTaskRow[]): void {
  console.log('\n2. Longest task (page scripts on; built extension vs none; one load each)');
  const body = rows.map(({ target, without, with: w }) => [
    target.name,
    kb(target.bytes),
    ms(without.observed, 0),
    ms(w.observed, 0),
    ms(without.trace.longestMs, 1),
    ms(w.trace.longestMs, 1),
    ms(w.trace.longestExtensionMs, 1),
    `${w.trace.extensionTasks}`,
    ms(w.trace.extensionTaskMs, 1),
    `${w.mentions}`,
  ]);
  console.log(
    table(
      ['page', 'size', 'longtask obs. without', 'with', 'trace longest without', 'with', 'longest extension task', 'ext. tasks', 'ext. task ms total', 'highlights'],
      body,
    ),
  );
  const worst = Math.max(...rows.map((r) => r.with.trace.longestExtensionMs));
  console.log(
    `   goal: longest task caused by the extension ≤ 50 ms — worst here ${ms(worst)} ms. "longtask obs." is the page's own\n` +
      `   PerformanceObserver (0 = no task ≥ 50 ms); "trace" is every renderer main-thread task; "extension task" is a\n` +
      `   task that ran content-script code (its start-up, idle slices, timers, observers), from the trace.`,
  );
  console.log('   inside the longest extension task of each page (event, ms):');
  for (const { target, with: w } of rows) console.log(`     ${target.name}: ${w.trace.longestExtensionAnatomy || '—'}`);
}

// ---- 3. mutating page -------------------------------------------------------------------------

interface CpuSample {
  busyMs: number;
  scriptMs: number;
  wallMs: number;
  mentions: number;
}

async function cpuOnMutatingPage(browser: BenchBrowser, url: string, seconds: number): Promise<CpuSample> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(2_000); // the first full scan is not what this measures
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), at: get('Timestamp') };
  };
  const before = await read();
  await sleep(seconds * 1000);
  const after = await read();
  const mentions = await page.evaluate(highlightCount);
  await cdp.detach();
  await page.close();
  return { busyMs: (after.task - before.task) * 1000, scriptMs: (after.script - before.script) * 1000, wallMs: (after.at - before.at) * 1000, mentions };
}

async function mutatingBench(withExt: BenchBrowser, withoutExt: BenchBrowser, server: BenchServer) {
  const url = `${server.origin}/fixtures/mutating.html`;
  // Two interleaved halves per side, so drift on this shared machine hits both alike.
  const half = MUTATING_SECONDS / 2;
  const sides = { without: [] as CpuSample[], with: [] as CpuSample[] };
  for (let round = 0; round < 2; round++) {
    sides.without.push(await cpuOnMutatingPage(withoutExt, url, half));
    sides.with.push(await cpuOnMutatingPage(withExt, url, half));
  }
  const sum = (samples: CpuSample[]) => ({
    busy: samples.reduce((n, s) => n + s.busyMs, 0),
    script: samples.reduce((n, s) => n + s.scriptMs, 0),
    wall: samples.reduce((n, s) => n + s.wallMs, 0),
    mentions: samples[samples.length - 1]!.mentions,
  });
  return { without: sum(sides.without), with: sum(sides.with) };
}

type MutatingResult = Awaited<ReturnType<typeof mutatingBench>>;

function printMutating(result: MutatingResult): void {
  const { without, with: w } = result;
  const pct = (x: number, wall: number) => `${((100 * x) / wall).toFixed(2)} %`;
  console.log(`\n3. Page that mutates every 10 ms (tests/fixtures/bench/mutating.html), ${MUTATING_SECONDS} s per side in two interleaved halves`);
  console.log(
    table(
      ['', 'main-thread busy', 'share of wall', 'script', 'highlights'],
      [
        ['without extension', `${ms(without.busy, 0)} ms`, pct(without.busy, without.wall), `${ms(without.script, 0)} ms`, `${without.mentions}`],
        ['with extension', `${ms(w.busy, 0)} ms`, pct(w.busy, w.wall), `${ms(w.script, 0)} ms`, `${w.mentions}`],
      ],
      (i) => i > 0,
    ),
  );
  const extra = w.busy / w.wall - without.busy / without.wall;
  console.log(`   extra CPU with the extension: ${(100 * extra).toFixed(2)} % of wall time (goal ≤ 2 %)`);
}

// ---- 4. per-frame cost ------------------------------------------------------------------------

/** The cost section's own figures plus the two it takes from the sections above. */
async function costSection(
  withExt: BenchBrowser,
  plain: BenchBrowser,
  extensionId: string,
  server: BenchServer,
  adServer: BenchServer,
  genDir: string,
  benchJs: string,
  terms: string[],
  mutating: MutatingResult | null,
  extensionDir: string,
): Promise<void> {
  const pages = writeCostPages(genDir, adServer.origin);
  const figures: CostFigures = await costBench({ plain, withExt, extensionId, extensionDir, origin: server.origin, pages, benchJs, terms });
  const dense = pages.dense800;
  const [row] = await annotateBench(plain, server, [{ name: dense.name, url: dense.url, bytes: dense.bytes }], benchJs, COST_MARK_CAP_MS);
  const bestMark = row!.mark.reduce((a, b) => (b.ms < a.ms ? b : a));
  const mutation = mutating ?? (await mutatingBench(withExt, plain, server));
  const other: OtherCostFigures = {
    dense800: { page: dense, oursMs: min(row!.ours.map((o) => o.workMs)), markMs: bestMark.ms, markCapped: bestMark.termsDone < bestMark.terms, mentions: row!.ours[0]!.mentions },
    mutating: { extraPct: 100 * (mutation.with.busy / mutation.with.wall - mutation.without.busy / mutation.without.wall), withoutPct: (100 * mutation.without.busy) / mutation.without.wall },
  };
  console.log('\n4. Per-frame cost (built extension in fresh tabs vs the same page without it; figures only)');
  console.log(table(['figure', 'measured', 'baseline (same run)', 'goal'], costRows(figures, other), (i) => i === 1));
  for (const line of costNotes(figures, other)) console.log(line);
}

// ---- main -------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  if (EXTENSION_DIR === BUILD_DIR && !args.includes('--no-build')) ensureExtensionBuild();
  // The browsers load a copy of the build, so a `wxt build` during the run cannot change it.
  const extension = await snapshotBuild(EXTENSION_DIR);
  const benchJs = await bundleEntry();
  const genDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-pages-'));
  const needsNewsPage = sections.has('annotate') || sections.has('longtasks');
  const generated = needsNewsPage ? generateNewsPage() : '';
  if (needsNewsPage) fs.writeFileSync(path.join(genDir, `${GENERATED}.html`), generated);

  const targets: Target[] = [
    ...REAL_PAGES.map((name) => ({ name, url: `/pages/${name}.html`, bytes: fs.statSync(path.join(PAGES_DIR, `${name}.html`)).size })),
    { name: GENERATED, url: `/gen/${GENERATED}.html`, bytes: Buffer.byteLength(generated) },
  ].filter((t) => !only || only.has(t.name));

  const roots = { pages: PAGES_DIR, generated: genDir, fixtures: FIXTURES_DIR };
  const server = await startBenchServer(roots, benchJs);
  // A second origin (another 127.0.0.1 port) for the cost section's cross-origin ad frames.
  const adServer = await startBenchServer(roots, benchJs);
  const browsers: BenchBrowser[] = [];
  try {
    const plain = await launchBench(null);
    browsers.push(plain);
    const withExt = await launchBench(extension.dir);
    browsers.push(withExt);
    const extensionId = await waitForExtension(withExt.context);
    const version = plain.context.browser()?.version() ?? (await (await plain.context.newPage()).evaluate(() => navigator.userAgent));
    console.log(`Page benchmark — Chromium ${version} (${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}), headless, ${os.cpus().length} CPUs; extension ${extensionId}`);
    const builtAt = fs.statSync(path.join(EXTENSION_DIR, 'manifest.json')).mtime.toISOString();
    console.log(`Sections: ${[...sections].join(', ')}; the build measured is ${path.relative(ROOT, EXTENSION_DIR) || '.'} of ${builtAt}, copied at the start.`);

    const terms = await (async () => {
      const page = await plain.context.newPage();
      await page.goto(`${server.origin}/fixtures/mutating.html?noscript`);
      await page.evaluate(benchJs);
      const list = await page.evaluate(() => window.cbBench.terms());
      await page.close();
      return list;
    })();

    if (sections.has('annotate')) {
      const annotate = await annotateBench(plain, server, targets, benchJs);
      printAnnotate(annotate, terms.length);
      await breakdownBench(plain, server, targets, benchJs);
    }

    if (sections.has('longtasks')) {
      const longTasks = await longTaskBench(withExt, plain, server, targets);
      printLongTasks(longTasks);
    }

    let mutating: MutatingResult | null = null;
    if (sections.has('mutating')) {
      mutating = await mutatingBench(withExt, plain, server);
      printMutating(mutating);
    }

    if (sections.has('cost')) await costSection(withExt, plain, extensionId, server, adServer, genDir, benchJs, terms, mutating, extension.dir);

    const blocked = browsers.reduce((n, b) => n + b.blocked.length, 0);
    console.log(`\nRequests aborted by the driver (not for 127.0.0.1): ${blocked}. Page benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    await adServer.close();
    extension.remove();
    fs.rmSync(genDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
