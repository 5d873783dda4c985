/**
 * Whether a page is busy changing: a ticker, a clock, a chat. It is once its changes have arrived
 * in BUSY_BATCHES of the annotator's batches within BUSY_WINDOW_MS, and stops being after CALM_MS
 * without any. The annotator then registers only the mentions on screen (highlight-registry.ts),
 * since the browser revalidates every registered range at each change of the page.
 */

/** Batches within the window that make a page busy (at one batch per 150 ms, over a second of changes). */
export const BUSY_BATCHES = 8;
export const BUSY_WINDOW_MS = 2_000;
/** A busy page is calm again after this long without a change. */
export const CALM_MS = 3_000;

export interface BusyMeter {
  /** A batch of the page's changes arrived. */
  changed(): void;
  readonly busy: boolean;
}

/** Calls `onChange` when the page becomes busy and when it calms down; stops with `signal`. */
export function createBusyMeter(onChange: (busy: boolean) => void, signal: AbortSignal, now: () => number = () => performance.now()): BusyMeter {
  const times: number[] = [];
  let busy = false;
  let calm: ReturnType<typeof setTimeout> | undefined;
  const set = (next: boolean) => {
    if (next === busy || signal.aborted) return;
    busy = next;
    onChange(next);
  };
  signal.addEventListener('abort', () => clearTimeout(calm));
  return {
    changed() {
      if (signal.aborted) return;
      const at = now();
      times.push(at);
      while (times.length > 0 && times[0]! <= at - BUSY_WINDOW_MS) times.shift();
      if (times.length >= BUSY_BATCHES) set(true);
      clearTimeout(calm);
      calm = setTimeout(() => {
        times.length = 0;
        set(false);
      }, CALM_MS);
    },
    get busy() {
      return busy;
    },
  };
}
