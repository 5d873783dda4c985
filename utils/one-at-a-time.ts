/**
 * A task run one at a time: a call while it runs asks for exactly one more run after it, however
 * many calls come in meanwhile, so the last call always sees a run that started after it. For
 * re-reading a stored value that may change again while it is being read.
 */
export function oneAtATime(task: () => Promise<void>, onError: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
        if (again) run();
      });
  };
  return run;
}
