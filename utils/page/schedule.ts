/**
 * Runs a queue of small jobs in slices of at most `budgetMs`, yielding to the page between slices
 * (idle callbacks where the browser has them). Returns the teardown.
 */
export interface Scheduler {
  push(job: () => void): void;
  /** Drops every queued job. */
  clear(): void;
  readonly pending: number;
}

type IdleHandle = number;
const requestIdle: (cb: () => void) => IdleHandle =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 200 })
    : (cb) => setTimeout(cb, 0) as unknown as IdleHandle;
const cancelIdle: (handle: IdleHandle) => void =
  typeof cancelIdleCallback === 'function' ? (h) => cancelIdleCallback(h) : (h) => clearTimeout(h);

export function createScheduler(budgetMs: number, onError: (error: unknown) => void): Scheduler & { destroy(): void } {
  const queue: Array<() => void> = [];
  let head = 0;
  let handle: IdleHandle | null = null;

  const run = () => {
    handle = null;
    const deadline = performance.now() + budgetMs;
    while (head < queue.length && performance.now() < deadline) {
      const job = queue[head]!;
      queue[head++] = noop;
      try {
        job();
      } catch (error) {
        onError(error);
      }
    }
    if (head >= queue.length) {
      queue.length = 0;
      head = 0;
    } else {
      handle = requestIdle(run);
    }
  };

  return {
    push(job) {
      queue.push(job);
      handle ??= requestIdle(run);
    },
    clear() {
      queue.length = 0;
      head = 0;
    },
    get pending() {
      return queue.length - head;
    },
    destroy() {
      queue.length = 0;
      head = 0;
      if (handle !== null) cancelIdle(handle);
      handle = null;
    },
  };
}

function noop() {}
