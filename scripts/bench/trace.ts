/**
 * Long tasks from a Chromium trace (CDP `Tracing`, devtools.timeline categories), attributed to
 * the extension when any event inside the task ran extension code: a script evaluation, function
 * call, timer or idle callback whose URL is `chrome-extension://…` (our content script).
 * Only renderer main threads (`CrRendererMain`) count: that is where a page's long tasks happen.
 */
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: Array<{ url?: string }> } };
}

/** Starts a trace of `TRACE_CATEGORIES` plus `extraCategories`; the function returned stops it. */
export async function startTrace(cdp: CDPSession, extraCategories: readonly string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...TRACE_CATEGORIES, ...extraCategories], recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

export interface TaskSummary {
  /** Longest task on a renderer main thread, ms. */
  longestMs: number;
  /** Longest task that ran extension code, ms (0 if none). */
  longestExtensionMs: number;
  /** Total time of tasks that ran extension code, ms. */
  extensionTaskMs: number;
  extensionTasks: number;
  /** Extension tasks of 50 ms or more. */
  extensionLongTasks: number;
  /** The biggest events inside the longest extension task ("EvaluateScript content.js 38.1"). */
  longestExtensionAnatomy: string;
}

export const isExtensionUrl = (url: string | undefined) => url !== undefined && url.startsWith('chrome-extension://');

/** `pid:tid` of every renderer main thread in the trace. */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const mainThreads = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  return mainThreads;
}

export function summarizeTasks(events: readonly TraceEvent[]): TaskSummary {
  const mainThreads = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph !== 'X') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const summary: TaskSummary = { longestMs: 0, longestExtensionMs: 0, extensionTaskMs: 0, extensionTasks: 0, extensionLongTasks: 0, longestExtensionAnatomy: '' };
  for (const list of byThread.values()) {
    const tasks = list.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
    const marks = list.filter((e) => isExtensionUrl(e.args?.data?.url) || isExtensionUrl(e.args?.data?.stackTrace?.[0]?.url)).sort((a, b) => a.ts - b.ts);
    let m = 0;
    for (const task of tasks) {
      const ms = (task.dur ?? 0) / 1000;
      summary.longestMs = Math.max(summary.longestMs, ms);
      const end = task.ts + (task.dur ?? 0);
      while (m < marks.length && marks[m]!.ts < task.ts) m++;
      if (m < marks.length && marks[m]!.ts <= end) {
        summary.extensionTasks++;
        summary.extensionTaskMs += ms;
        if (ms > summary.longestExtensionMs) {
          summary.longestExtensionMs = ms;
          summary.longestExtensionAnatomy = anatomy(list, task);
        }
        if (ms >= 50) summary.extensionLongTasks++;
      }
    }
  }
  return summary;
}

/** The largest events inside `task` on its thread, biggest first. */
function anatomy(events: readonly TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  return events
    .filter((e) => e !== task && e.ts >= task.ts && e.ts <= end && (e.dur ?? 0) >= 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 6)
    .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
    .join(', ');
}
