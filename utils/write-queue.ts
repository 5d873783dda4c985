/**
 * One queue per stored value for read-modify-write: each task starts after the previous one has
 * finished (fulfilled or not), so two quick changes cannot both read the old value and the second
 * overwrite the first. A failed task rejects its own caller only; the queue goes on.
 */
export type WriteQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createWriteQueue(): WriteQueue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
