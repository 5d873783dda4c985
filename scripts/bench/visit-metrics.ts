/**
 * One page visit in a fresh tab, measured the way the per-frame cost figures need it: the
 * renderer's main-thread script and task time from navigation until the page has gone quiet (CDP
 * `Performance.getMetrics` ScriptDuration and TaskDuration, read before the first navigation and
 * again at the end), optionally the JS heap after a forced garbage collection, and the highlights
 * every frame ended with.
 *
 * The metrics belong to the renderer process of the tab. Frames of the same site (every 127.0.0.1
 * port is one site) share that process and its V8 isolate, so its figures cover them all; a frame
 * in another process (an out-of-process iframe) has its own CDP session, and the heap is summed
 * over the distinct isolates of all sessions (`Runtime.getIsolateId`), each counted once.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { sleep } from './format';
import { isExtensionUrl, startTrace, type TraceEvent } from './trace';

export interface HeapReading {
  /** V8 heap in use after GC, summed over the page's isolates (`Runtime.getHeapUsage` usedSize). */
  usedBytes: number;
  /** Blink's own garbage-collected heap (DOM objects, Ranges, Highlights), where Chromium reports it. */
  embedderBytes: number;
  isolates: number;
}

export interface Visit<T> {
  scriptMs: number;
  taskMs: number;
  /** Wall time from navigation to quiet, ms. */
  wallMs: number;
  heap: HeapReading | null;
  frames: number;
  /** Ranges in all Highlights of all frames. */
  highlights: number;
  events: TraceEvent[] | null;
  /** With `profile`: CPU time under extension code (see `extensionCpuMs`), else null. */
  extensionCpuMs: number | null;
  after: T;
}

export interface VisitOptions<T> {
  /** Read the heap after a forced GC at the end. */
  heap?: boolean;
  /** Trace the visit with trace.ts's categories plus these; the events are returned. */
  traceCategories?: readonly string[];
  /** Script for every frame's main world, run before the page's own. */
  initScript?: string;
  /** Sample the renderer's JavaScript (CPU profile) to count the time under extension code. */
  profile?: boolean;
  /** Runs once the figures are read, with the page still open; its result is returned as `after`. */
  after?: (page: Page, cdp: CDPSession) => Promise<T>;
}

/** Quiet means the main thread did less than this much work in the last QUIET_WINDOW_MS. */
const QUIET_TASK_MS = 3;
const QUIET_WINDOW_MS = 500;
const POLL_MS = 250;
const MIN_AFTER_LOAD_MS = 1_000;
const MAX_WAIT_MS = 20_000;

export interface MainThreadMetrics {
  scriptMs: number;
  taskMs: number;
}

export async function readMetrics(cdp: CDPSession): Promise<MainThreadMetrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000 };
}

/** Waits until the main thread has been quiet for QUIET_WINDOW_MS (at least MIN_AFTER_LOAD_MS). */
async function settle(cdp: CDPSession): Promise<void> {
  const start = Date.now();
  const samples: Array<{ at: number; taskMs: number }> = [];
  while (Date.now() - start < MAX_WAIT_MS) {
    await sleep(POLL_MS);
    const at = Date.now();
    samples.push({ at, taskMs: (await readMetrics(cdp)).taskMs });
    if (at - start < MIN_AFTER_LOAD_MS) continue;
    const before = [...samples].reverse().find((s) => at - s.at >= QUIET_WINDOW_MS);
    if (before && samples[samples.length - 1]!.taskMs - before.taskMs < QUIET_TASK_MS) return;
  }
}

/** Profile sampling interval, µs: fine enough for a frame's start, coarse enough to cost little. */
const PROFILE_INTERVAL_US = 200;

interface CpuProfile {
  nodes: Array<{ id: number; children?: number[]; callFrame: { url: string } }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * CPU time, ms, of the samples taken while extension code was on the stack: the scripts' own work
 * and the browser functions they called, whichever task ran them (a callback of an extension API
 * included, which ScriptDuration does not count).
 */
export function extensionCpuMs(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const underExtension = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = underExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node !== undefined && (isExtensionUrl(node.callFrame.url) || (up !== undefined && isUnder(up)));
    underExtension.set(id, result);
    return result;
  };
  let us = 0;
  // A sample's time is the delta to the next sample.
  for (let i = 0; i < profile.samples.length; i++) if (isUnder(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
  return us / 1000;
}

const highlightCount = () => {
  let n = 0;
  CSS.highlights.forEach((h) => (n += h.size));
  return n;
};

async function readHeap(context: BrowserContext, page: Page, cdp: CDPSession): Promise<HeapReading> {
  const sessions: CDPSession[] = [cdp];
  const extra: CDPSession[] = [];
  for (const frame of page.frames().slice(1)) {
    // Only an out-of-process frame has a session of its own; the rest are in the tab's session.
    const session = await context.newCDPSession(frame).catch(() => null);
    if (session) extra.push(session);
  }
  sessions.push(...extra);
  const seen = new Set<string>();
  const reading: HeapReading = { usedBytes: 0, embedderBytes: 0, isolates: 0 };
  for (const session of sessions) {
    const { id } = (await session.send('Runtime.getIsolateId')) as { id: string };
    if (seen.has(id)) continue;
    seen.add(id);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    reading.usedBytes += usage.usedSize;
    reading.embedderBytes += usage.embedderHeapUsedSize ?? 0;
    reading.isolates++;
  }
  for (const session of extra) await session.detach().catch(() => {});
  return reading;
}

export async function measureVisit<T = undefined>(context: BrowserContext, url: string, options: VisitOptions<T> = {}): Promise<Visit<T>> {
  const page = await context.newPage();
  try {
    if (options.initScript) await page.addInitScript({ content: options.initScript });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const stopTrace = options.traceCategories ? await startTrace(cdp, options.traceCategories) : null;
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    const before = await readMetrics(cdp);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settle(cdp);
    const after = await readMetrics(cdp);
    const wallMs = Date.now() - t0;
    const events = stopTrace ? await stopTrace() : null;
    const profile = options.profile ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
    const heap = options.heap ? await readHeap(context, page, cdp) : null;
    let highlights = 0;
    for (const frame of page.frames()) highlights += await frame.evaluate(highlightCount).catch(() => 0);
    const extra = options.after ? await options.after(page, cdp) : (undefined as T);
    await cdp.detach();
    return {
      scriptMs: after.scriptMs - before.scriptMs,
      taskMs: after.taskMs - before.taskMs,
      wallMs,
      heap,
      frames: page.frames().length,
      highlights,
      events,
      extensionCpuMs: profile ? extensionCpuMs(profile) : null,
      after: extra,
    };
  } finally {
    await page.close();
  }
}
