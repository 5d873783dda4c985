/**
 * The per-frame cost figures of the page benchmark, each beside a baseline measured in the same
 * run (scripts/bench-page.ts runs this as its `cost` section and adds two figures of its own: the
 * dense page against mark.js, and the mutating page). Every "with extension" figure comes from
 * fresh tabs of the built extension in Chromium, interleaved visit by visit with the same page in a
 * browser without it, and is the median over the visits. Figures are numbered as in the table.
 *
 * 1. bytes injected into every frame (the manifest's content_scripts js, raw and gzip -9);
 * 2. main-thread script time on a quiet page (quiet-pages.ts) with minus without the extension,
 *    beside the floor: a minimal content script that only reads a stored value and the page's text
 *    (empty-extension.ts);
 * 3. the same page with 23 frames: extra script time in all and per extra frame (beside the same
 *    floor), and the JS heap after GC with no extension, with an empty content script and with ours;
 * 4. on a ~4 MB live blog (live-blog-page.ts): the extension's extra script time against a naive
 *    CSS-highlights highlighter in the same page (naive-highlight.ts), its longest task and the
 *    time from its start to the first highlight (first-highlight.ts);
 * 6. start-up per frame with an imported 10,000-alias pack (alias-pack.ts, install-pack.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateAliasPack } from './alias-pack';
import { launchBench, type BenchBrowser } from './chromium';
import { emptyContentScriptCopy, minimalContentScriptCopy } from './empty-extension';
import { FIRST_HIGHLIGHT_PROBE, USER_TIMING_CATEGORY, firstHighlightDelay } from './first-highlight';
import { kb, median, ms } from './format';
import { injectedSize, type InjectedSize } from './injected-size';
import { installImportedPack } from './install-pack';
import { generateLiveBlogPage } from './live-blog-page';
import type { NaiveResult } from './naive-highlight';
import { AD_FRAMES, EMPTY_FRAMES, PIXEL_FRAMES, QUIET_ADS_PAGE, QUIET_PAGE, writeQuietPages } from './quiet-pages';
import { summarizeTasks } from './trace';
import { measureVisit, type Visit, type VisitOptions } from './visit-metrics';

const QUIET_VISITS = 7;
const ADS_VISITS = 5;
const PROFILED_VISITS = 5;
const DENSE_VISITS = 3;
const BIG_PACK_VISITS = 7;
export const EXTRA_FRAMES = AD_FRAMES + PIXEL_FRAMES + EMPTY_FRAMES;
/** A page naming the big pack's first entity: its highlight shows the pack is in use. */
const BIG_PACK_PROBE = 'big-pack-probe.html';

export interface CostPage {
  name: string;
  url: string;
  bytes: number;
}

export interface CostPages {
  /** The folder served as /gen/. */
  dir: string;
  quiet: string;
  ads: string;
  dense800: CostPage;
  dense4m: CostPage;
}

/** Writes the quiet pages, their frames and the two live blogs into `dir` (served as /gen/). */
export function writeCostPages(dir: string, adOrigin: string): CostPages {
  writeQuietPages(dir, adOrigin);
  const blog = (name: string, bytes: number): CostPage => {
    const html = generateLiveBlogPage(bytes);
    fs.writeFileSync(path.join(dir, `${name}.html`), html);
    return { name, url: `/gen/${name}.html`, bytes: Buffer.byteLength(html) };
  };
  return {
    dir,
    quiet: `/gen/${QUIET_PAGE}`,
    ads: `/gen/${QUIET_ADS_PAGE}`,
    dense800: blog('live-blog-800kb', 800 * 1024),
    dense4m: blog('live-blog-4mb', 4 * 1024 * 1024),
  };
}

export interface CostInput {
  plain: BenchBrowser;
  withExt: BenchBrowser;
  extensionId: string;
  extensionDir: string;
  origin: string;
  pages: CostPages;
  /** /bench.js, for the naive highlighter. */
  benchJs: string;
  /** The pack's literal phrases (literal-terms.ts), the naive highlighter's expression. */
  terms: string[];
}

/** Medians of a side's visits. */
interface Side {
  scriptMs: number;
  /** Lowest and highest script time of the visits. */
  scriptRange: [number, number];
  taskMs: number;
  highlights: number;
  frames: number;
  heapBytes: number;
  embedderBytes: number;
  isolates: number;
  visits: number;
}

const side = <T>(visits: Visit<T>[]): Side => ({
  scriptMs: median(visits.map((v) => v.scriptMs)),
  scriptRange: [Math.min(...visits.map((v) => v.scriptMs)), Math.max(...visits.map((v) => v.scriptMs))],
  taskMs: median(visits.map((v) => v.taskMs)),
  highlights: median(visits.map((v) => v.highlights)),
  frames: median(visits.map((v) => v.frames)),
  heapBytes: median(visits.map((v) => v.heap?.usedBytes ?? 0)),
  embedderBytes: median(visits.map((v) => v.heap?.embedderBytes ?? 0)),
  isolates: Math.max(...visits.map((v) => v.heap?.isolates ?? 0)),
  visits: visits.length,
});

export interface CostFigures {
  size: InjectedSize;
  /** `minimal`: the stand-in content script of empty-extension.ts, the floor of any content script. */
  quiet: { without: Side; minimal: Side; with: Side };
  ads: { without: Side; empty: Side; minimal: Side; with: Side };
  /** CPU time under extension code, ms (medians of profiled visits): ours and the minimal content script's. */
  profiled: { quiet: { minimal: number; with: number }; ads: { minimal: number; with: number }; visits: number };
  dense4m: {
    page: CostPage;
    without: Side;
    with: Side;
    naive: { ms: number; ranges: number };
    extensionTaskMs: number;
    longestExtensionMs: number;
    /** The biggest events inside the longest extension task. */
    longestExtensionAnatomy: string;
    longestTaskWithoutMs: number;
    firstHighlightMs: number | null;
    firstHighlightSeen: number;
  };
  bigPack: { aliases: number; entities: number; without: Side; with: Side; probeHighlights: number };
}

/** Visits `url` `rounds` times in each browser, one browser after the other within each round. */
async function interleaved(rounds: number, sides: Array<{ browser: BenchBrowser; url: string; options?: VisitOptions<undefined> }>): Promise<Visit<undefined>[][]> {
  const results: Visit<undefined>[][] = sides.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, s] of sides.entries()) results[i]!.push(await measureVisit(s.browser.context, s.url, s.options));
  }
  return results;
}

export async function costBench(input: CostInput): Promise<CostFigures> {
  const size = injectedSize(input.extensionDir);
  const { quiet, ads, profiled } = await quietPages(input);
  process.stderr.write('  cost: quiet page with frames\n');
  const dense4m = await densePage(input);
  process.stderr.write('  cost: dense 4 MB page\n');
  const bigPack = await bigPackStart(input);
  process.stderr.write('  cost: 10,000-alias pack\n');
  return { size, quiet, ads, profiled, dense4m, bigPack };
}

/**
 * The quiet page and the page with ad frames, visited in turn without the extension, with an
 * empty and a minimal content script (the floors) and with ours.
 */
async function quietPages(input: CostInput): Promise<Pick<CostFigures, 'quiet' | 'ads' | 'profiled'>> {
  const { plain, withExt, origin, pages } = input;
  const emptyCopy = emptyContentScriptCopy(input.extensionDir);
  const minimalCopy = minimalContentScriptCopy(input.extensionDir);
  const empty = await launchBench(emptyCopy.dir);
  const minimal = await launchBench(minimalCopy.dir);
  try {
    for (const stand of [empty, minimal]) await (stand.context.serviceWorkers()[0] ?? stand.context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const quiet = await interleaved(QUIET_VISITS, [
      { browser: plain, url: origin + pages.quiet },
      { browser: minimal, url: origin + pages.quiet },
      { browser: withExt, url: origin + pages.quiet },
    ]);
    process.stderr.write('  cost: quiet page\n');
    const ads = await interleaved(ADS_VISITS, [
      { browser: plain, url: origin + pages.ads, options: { heap: true } },
      { browser: empty, url: origin + pages.ads, options: { heap: true } },
      { browser: minimal, url: origin + pages.ads, options: { heap: true } },
      { browser: withExt, url: origin + pages.ads, options: { heap: true } },
    ]);
    // Profiled apart: sampling costs the page too, so these visits give no other figure.
    const profile = { profile: true };
    const profiled = await interleaved(PROFILED_VISITS, [
      { browser: minimal, url: origin + pages.quiet, options: profile },
      { browser: withExt, url: origin + pages.quiet, options: profile },
      { browser: minimal, url: origin + pages.ads, options: profile },
      { browser: withExt, url: origin + pages.ads, options: profile },
    ]);
    const cpu = (visits: Visit<undefined>[]) => median(visits.map((v) => v.extensionCpuMs ?? 0));
    return {
      quiet: { without: side(quiet[0]!), minimal: side(quiet[1]!), with: side(quiet[2]!) },
      ads: { without: side(ads[0]!), empty: side(ads[1]!), minimal: side(ads[2]!), with: side(ads[3]!) },
      profiled: {
        quiet: { minimal: cpu(profiled[0]!), with: cpu(profiled[1]!) },
        ads: { minimal: cpu(profiled[2]!), with: cpu(profiled[3]!) },
        visits: PROFILED_VISITS,
      },
    };
  } finally {
    await empty.close();
    await minimal.close();
    emptyCopy.remove();
    minimalCopy.remove();
  }
}

/**
 * The dense 4 MB page with the extension, and without it running the naive highlighter. Both sides
 * are traced alike (the trace costs the page too); the naive highlighter runs in the
 * without-extension tab once it is quiet, so the two never share the page or the main thread.
 */
async function densePage(input: CostInput): Promise<CostFigures['dense4m']> {
  const { plain, withExt, origin, pages } = input;
  const traceCategories = [USER_TIMING_CATEGORY];
  const runNaive = async (page: Page): Promise<NaiveResult> => {
    await page.evaluate(input.benchJs);
    return page.evaluate((terms) => window.cbBench.naiveHighlight(terms), input.terms);
  };
  const denseWithout: Visit<NaiveResult>[] = [];
  const denseWith: Visit<undefined>[] = [];
  for (let round = 0; round < DENSE_VISITS; round++) {
    denseWithout.push(await measureVisit(plain.context, origin + pages.dense4m.url, { traceCategories, after: runNaive }));
    denseWith.push(await measureVisit(withExt.context, origin + pages.dense4m.url, { traceCategories, initScript: FIRST_HIGHLIGHT_PROBE }));
  }
  const withTasks = denseWith.map((v) => summarizeTasks(v.events ?? []));
  const withoutTasks = denseWithout.map((v) => summarizeTasks(v.events ?? []));
  const worst = withTasks.reduce((a, b) => (b.longestExtensionMs > a.longestExtensionMs ? b : a));
  const firstHighlights = denseWith.map((v) => firstHighlightDelay(v.events ?? [])).filter((x): x is number => x !== null);
  return {
    page: pages.dense4m,
    without: side(denseWithout),
    with: side(denseWith),
    naive: { ms: median(denseWithout.map((v) => v.after.ms)), ranges: denseWithout[0]!.after.ranges },
    extensionTaskMs: median(withTasks.map((t) => t.extensionTaskMs)),
    longestExtensionMs: worst.longestExtensionMs,
    longestExtensionAnatomy: worst.longestExtensionAnatomy,
    longestTaskWithoutMs: Math.max(...withoutTasks.map((t) => t.longestMs)),
    firstHighlightMs: firstHighlights.length ? median(firstHighlights) : null,
    firstHighlightSeen: firstHighlights.length,
  };
}

/** The quiet page's start-up with a generated 10,000-alias pack installed (then the packs are put back). */
async function bigPackStart(input: CostInput): Promise<CostFigures['bigPack']> {
  const { plain, withExt, origin, pages } = input;
  const generated = generateAliasPack();
  fs.writeFileSync(path.join(pages.dir, BIG_PACK_PROBE), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title></head><body><p>${generated.probeSentence}</p></body></html>`);
  const restore = await installImportedPack(withExt.context, input.extensionId, generated.pack);
  try {
    const probeHighlights = (await measureVisit(withExt.context, `${origin}/gen/${BIG_PACK_PROBE}`)).highlights;
    const big = await interleaved(BIG_PACK_VISITS, [
      { browser: plain, url: origin + pages.quiet },
      { browser: withExt, url: origin + pages.quiet },
    ]);
    return { aliases: generated.aliases, entities: generated.entities, without: side(big[0]!), with: side(big[1]!), probeHighlights };
  } finally {
    await restore();
  }
}

/** Figures that bench-page.ts measures with its own sections' code. */
export interface OtherCostFigures {
  /** Ours vs mark.js on the ~800 kB live blog (the annotate section's code). */
  dense800: { page: CostPage; oursMs: number; markMs: number; markCapped: boolean; mentions: number };
  /** Extra CPU on the mutating page (the mutating section's result). */
  mutating: { extraPct: number; withoutPct: number };
}

const plus = (x: number) => `${x >= 0 ? '+' : '−'}${ms(Math.abs(x))} ms`;

export function costRows(f: CostFigures, other: OtherCostFigures): string[][] {
  const quietExtra = f.quiet.with.scriptMs - f.quiet.without.scriptMs;
  const adsExtra = f.ads.with.scriptMs - f.ads.without.scriptMs;
  const perFrame = (adsExtra - quietExtra) / EXTRA_FRAMES;
  const quietFloor = f.quiet.minimal.scriptMs - f.quiet.without.scriptMs;
  const perFrameFloor = (f.ads.minimal.scriptMs - f.ads.without.scriptMs - quietFloor) / EXTRA_FRAMES;
  const heapOverEmpty = f.ads.with.heapBytes - f.ads.empty.heapBytes;
  const denseExtra = f.dense4m.with.scriptMs - f.dense4m.without.scriptMs;
  const bigExtra = f.bigPack.with.scriptMs - f.bigPack.without.scriptMs;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const d8 = other.dense800;
  return [
    ['1. scripts injected per frame, gzip', `${(f.size.gzipBytes / 1024).toFixed(2)} kB`, `${f.size.gzipBytes} B; raw ${kb(f.size.rawBytes)}, ${f.size.files.length} file(s)`, '≤ 20 kB gzip'],
    ['2. quiet page: script time', plus(quietExtra), `minimal CS ${plus(quietFloor)}; without ${ms(f.quiet.without.scriptMs)} ms`, '≤ +3 ms'],
    [`3. quiet page + ${EXTRA_FRAMES} frames: script time`, plus(adsExtra), `minimal CS ${plus(f.ads.minimal.scriptMs - f.ads.without.scriptMs)}`, '≤ +20 ms'],
    ['   per extra frame', plus(perFrame), `minimal CS ${plus(perFrameFloor)}`, '≤ 1 ms'],
    // Script time misses script run from an extension API's callback (see the notes); a CPU
    // profile counts everything under extension code, whichever task ran it.
    ['   CPU under extension code (profile), quiet', `${ms(f.profiled.quiet.with)} ms`, `minimal CS ${ms(f.profiled.quiet.minimal)} ms`, '(no goal)'],
    [
      `   CPU under extension code (profile), framed`,
      `${ms(f.profiled.ads.with)} ms`,
      `minimal CS ${ms(f.profiled.ads.minimal)} ms; per frame (of ${EXTRA_FRAMES + 1}) ours ${ms(f.profiled.ads.with / (EXTRA_FRAMES + 1))}, minimal ${ms(f.profiled.ads.minimal / (EXTRA_FRAMES + 1))}`,
      '(no goal)',
    ],
    ['   JS heap after GC, above empty CS', `${heapOverEmpty >= 0 ? '+' : '−'}${mb(Math.abs(heapOverEmpty))}`, `ours ${mb(f.ads.with.heapBytes)}, empty CS ${mb(f.ads.empty.heapBytes)}, none ${mb(f.ads.without.heapBytes)}`, '≤ +3 MB'],
    [
      `4. ${d8.page.name} (${kb(d8.page.bytes)}): mark.js ÷ ours`,
      `${d8.markCapped ? '≥ ' : ''}${(d8.markMs / d8.oursMs).toFixed(0)}×`,
      `ours ${ms(d8.oursMs)} ms, mark.js ${d8.markCapped ? '≥ ' : ''}${ms(d8.markMs, 0)} ms`,
      '≥ 100×',
    ],
    [
      `   ${f.dense4m.page.name} (${kb(f.dense4m.page.bytes)}): ext. script ÷ naive`,
      `${(denseExtra / f.dense4m.naive.ms).toFixed(2)}×`,
      `ours ${plus(denseExtra)}, naive ${ms(f.dense4m.naive.ms)} ms`,
      '≤ 1.5×',
    ],
    ['   longest extension task', `${ms(f.dense4m.longestExtensionMs)} ms`, `longest task without ${ms(f.dense4m.longestTaskWithoutMs)} ms`, '≤ 50 ms'],
    [
      '   start → first highlight',
      f.dense4m.firstHighlightMs === null ? 'not seen' : `${ms(f.dense4m.firstHighlightMs)} ms`,
      `${f.dense4m.firstHighlightSeen}/${f.dense4m.with.visits} visits`,
      '≤ 100 ms',
    ],
    ['5. mutating page: extra CPU', `${other.mutating.extraPct.toFixed(2)} %`, `busy without ${other.mutating.withoutPct.toFixed(2)} %`, '≤ 2 %'],
    [`6. ${(f.bigPack.aliases / 1000).toFixed(0)}k-alias pack: start-up per frame`, plus(bigExtra), `bundled pack only ${plus(quietExtra)}`, '≤ 5 ms'],
  ];
}

/** Lines under the table: what each figure counted, and the checks that the pages were as meant. */
export function costNotes(f: CostFigures, other: OtherCostFigures): string[] {
  const taskExtra = (a: Side, b: Side) => plus(a.taskMs - b.taskMs);
  const range = (s: Side) => `${ms(s.scriptRange[0])}–${ms(s.scriptRange[1])}`;
  return [
    `   Medians of interleaved fresh-tab visits, per side: quiet ${f.quiet.with.visits}, framed ${f.ads.with.visits}, dense ${f.dense4m.with.visits}, big pack ${f.bigPack.with.visits}.`,
    '   Script time: CDP Performance.getMetrics ScriptDuration of the tab\'s renderer (all its frames), from navigation until',
    '   its main thread has been quiet for 0.5 s. Range of the visits (ms), with / without:',
    `   quiet ${range(f.quiet.with)} / ${range(f.quiet.without)} (minimal CS ${range(f.quiet.minimal)}); framed ${range(f.ads.with)} / ${range(f.ads.without)}` +
      ` (empty CS ${range(f.ads.empty)}, minimal CS ${range(f.ads.minimal)});` +
      ` dense ${range(f.dense4m.with)} / ${range(f.dense4m.without)}; big pack ${range(f.bigPack.with)} / ${range(f.bigPack.without)}.`,
    '   Script time does not count script that an extension API\'s callback or promise runs (a 3 ms loop added after the',
    '   storage read in 21 frames did not move it), which is where the name gate\'s walk runs. The CPU rows count it: samples',
    `   every 200 µs of the renderer's JavaScript with extension code on the stack, medians of ${f.profiled.visits} profiled visits apart from the rest.`,
    `   TaskDuration (all main-thread work) with minus without: quiet ${taskExtra(f.quiet.with, f.quiet.without)}, framed ${taskExtra(f.ads.with, f.ads.without)}` +
      ` (empty CS ${taskExtra(f.ads.empty, f.ads.without)}), dense ${taskExtra(f.dense4m.with, f.dense4m.without)}, big pack ${taskExtra(f.bigPack.with, f.bigPack.without)}.`,
    `   Framed page: ${f.ads.with.frames} frames (1 + ${EXTRA_FRAMES}) in ${f.ads.with.isolates} renderer isolate(s); script time of the empty content script` +
      ` ${plus(f.ads.empty.scriptMs - f.ads.without.scriptMs)}; Blink heap after GC: ours ${kb(f.ads.with.embedderBytes)}, empty CS ${kb(f.ads.empty.embedderBytes)},` +
      ` none ${kb(f.ads.without.embedderBytes)}.`,
    `   Highlights on the quiet pages (should be 0): ${f.quiet.with.highlights}, ${f.ads.with.highlights}, ${f.bigPack.with.highlights}.`,
    `   Dense 4 MB: ours registers ${f.dense4m.with.highlights} ranges (those near the screen), the naive one ${f.dense4m.naive.ranges} (every match);` +
      ` tasks that ran extension code (trace) ${ms(f.dense4m.extensionTaskMs)} ms in all, ${(f.dense4m.extensionTaskMs / f.dense4m.naive.ms).toFixed(2)}× naive.`,
    `   Longest extension task: ${f.dense4m.longestExtensionAnatomy || '—'}.`,
    `   Dense 800 kB: ${other.dense800.mentions} mentions; "ours" is the annotator in the page's main world (section 1's method).`,
    `   Big pack: ${f.bigPack.entities} entities, ${f.bigPack.aliases} aliases, imported beside the bundled pack; a page naming one of them got` +
      ` ${f.bigPack.probeHighlights} highlight(s) (≥ 1: the pack was in use).`,
  ];
}
