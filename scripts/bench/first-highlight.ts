/**
 * Time from the content script's start to the first highlight on the page, from one trace:
 *
 * - start: the first trace event on a renderer main thread that runs extension code (the
 *   evaluation of the content script's file, `chrome-extension://…`);
 * - first highlight: `FIRST_HIGHLIGHT_PROBE`, added to the page's main world before its own
 *   scripts, checks `CSS.highlights` (the document's registry, which the content script's isolated
 *   world shares) once per animation frame and leaves a User Timing mark on the first frame where a
 *   Highlight holds a range. The mark is in the trace (category `blink.user_timing`) on the same
 *   clock as the start.
 *
 * The figure is therefore "until the first frame that would paint a highlight": it is late by up to
 * one frame interval, longer when a long task delays the frame — which the reader would see too.
 */
import { isExtensionUrl, rendererMainThreads, type TraceEvent } from './trace';

export const FIRST_HIGHLIGHT_MARK = 'cb-bench-first-highlight';
export const USER_TIMING_CATEGORY = 'blink.user_timing';

export const FIRST_HIGHLIGHT_PROBE = `(() => {
  const poll = () => {
    let ranges = 0;
    CSS.highlights.forEach((highlight) => { ranges += highlight.size; });
    if (ranges > 0) performance.mark(${JSON.stringify(FIRST_HIGHLIGHT_MARK)});
    else requestAnimationFrame(poll);
  };
  if (window === window.top) requestAnimationFrame(poll);
})();`;

/** Milliseconds from the first extension code to the first-highlight mark, or null if either is missing. */
export function firstHighlightDelay(events: readonly TraceEvent[]): number | null {
  const mainThreads = rendererMainThreads(events);
  let start = Infinity;
  let mark = Infinity;
  for (const e of events) {
    if (e.name === FIRST_HIGHLIGHT_MARK && e.cat?.includes(USER_TIMING_CATEGORY)) mark = Math.min(mark, e.ts);
    if (!mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (isExtensionUrl(e.args?.data?.url) || isExtensionUrl(e.args?.data?.stackTrace?.[0]?.url)) start = Math.min(start, e.ts);
  }
  return Number.isFinite(start) && Number.isFinite(mark) ? (mark - start) / 1000 : null;
}
