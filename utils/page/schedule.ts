/**
 * Runs small jobs in slices of at most `budgetMs`, yielding to the page between slices (idle
 * callbacks where the browser has them, with a timeout so a busy page still gets its highlights).
 * A job gets the slice's deadline and returns `true` when it is finished, `false` to be called
 * again in the next slice — that is how a long walk or a huge block is spread over many slices.
 * Urgent jobs (what is on screen) run before the rest, and jobs pushed first before those.
 */
export type Job = (deadline: number) => boolean;

export interface Scheduler {
  push(job: Job, urgent?: boolean): void;
  /**
   * Queues `job` ahead of every urgent and other job (after those pushed first before it), an
   * urgent walk of the whole page included: the rest of a block on screen, which the reader is
   * waiting for, must not wait for the walk to end.
   */
  pushFirst(job: Job): void;
  /** Runs a slice now instead of at the next idle time (what the reader sees first should not wait). */
  runNow(): void;
  /** Drops every queued job. */
  clear(): void;
  readonly pending: number;
  destroy(): void;
}

type Handle = { cancel(): void };

function requestSlice(run: () => void): Handle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 100 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 0);
  return { cancel: () => clearTimeout(id) };
}

/** A first-in-first-out queue that drops finished jobs in bulk rather than shifting arrays. */
class JobQueue {
  private items: Job[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  peek(): Job | undefined {
    return this.items[this.head];
  }
  push(job: Job): void {
    this.items.push(job);
  }
  drop(): void {
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

export function createScheduler(budgetMs: number, onError: (error: unknown) => void): Scheduler {
  const first = new JobQueue();
  const urgent = new JobQueue();
  const normal = new JobQueue();
  let handle: Handle | null = null;
  const queueOfNext = (): JobQueue | null => (first.size > 0 ? first : urgent.size > 0 ? urgent : normal.size > 0 ? normal : null);

  const run = () => {
    handle = null;
    const deadline = performance.now() + budgetMs;
    for (let queue = queueOfNext(); queue && performance.now() < deadline; queue = queueOfNext()) {
      const job = queue.peek()!;
      let done = true;
      try {
        done = job(deadline);
      } catch (error) {
        onError(error);
      }
      if (!done) break;
      queue.drop();
    }
    if (queueOfNext()) handle = requestSlice(run);
  };

  const clear = () => {
    first.clear();
    urgent.clear();
    normal.clear();
  };

  return {
    push(job, isUrgent = false) {
      (isUrgent ? urgent : normal).push(job);
      handle ??= requestSlice(run);
    },
    pushFirst(job) {
      first.push(job);
      handle ??= requestSlice(run);
    },
    runNow() {
      handle?.cancel();
      run();
    },
    clear,
    get pending() {
      return first.size + urgent.size + normal.size;
    },
    destroy() {
      clear();
      handle?.cancel();
      handle = null;
    },
  };
}
