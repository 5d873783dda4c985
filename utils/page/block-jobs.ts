/**
 * One block's marking as a scheduler job: once the block is drawn it is scanned in slices
 * (scan-blocks.ts) and each mention found is handed on; an undrawn block or hidden inline text is
 * given to the reveal watcher instead. A block that names a phrase's first word while the index's
 * phrases are still on their way waits for them, and resumes where it stopped as soon as they are
 * here: the first slice after their arrival runs at once, not at the page's next idle moment.
 */
import { TrieNotLoadedError, type MentionIndex } from '../matcher';
import type { MentionRecord } from './highlight-registry';
import type { RevealWatcher } from './reveal-watcher';
import { drawnBox } from './reveal-watcher';
import { BlockScan, type ScanOptions } from './scan-blocks';
import type { Job, Scheduler } from './schedule';
import type { TextBlock } from './text-blocks';

export interface BlockJobsOptions {
  index: MentionIndex;
  scheduler: Scheduler;
  reveals: RevealWatcher;
  onRecord(record: MentionRecord): void;
  onError(error: unknown): void;
  signal: AbortSignal;
}

export interface BlockJobs {
  /** The job that marks `block` with these settings. */
  jobFor(block: TextBlock, settings: Pick<ScanOptions, 'kinds' | 'density'>): Job;
  /** Forgets the jobs waiting for phrases whose block `drop` picks (all without it): they are redone elsewhere. */
  forgetWaiting(drop?: (container: Element) => boolean): void;
}

export function createBlockJobs(options: BlockJobsOptions): BlockJobs {
  const { scheduler, reveals, signal } = options;
  /** Jobs waiting for the index's phrases, with their block's container. */
  const waiting = new Map<Job, Element>();
  let resumeQueued = false;
  /**
   * Runs one slice for the jobs the phrases' arrival released: once, after all of them are queued
   * (their callbacks were queued together when the phrases arrived; this microtask comes after).
   */
  const resumeWaiting = () => {
    if (resumeQueued || signal.aborted) return;
    resumeQueued = true;
    queueMicrotask(() => {
      resumeQueued = false;
      if (!signal.aborted) scheduler.runNow();
    });
  };

  const jobFor = (block: TextBlock, settings: Pick<ScanOptions, 'kinds' | 'density'>): Job => {
    const scanOptions: ScanOptions = { index: options.index, kinds: settings.kinds, density: settings.density, isDrawn: drawnTest(block.container, reveals) };
    let scan: BlockScan | null = null;
    const job = (deadline: number): boolean => {
      if (!block.container.isConnected) return true;
      const box = drawnBox(block.container);
      if (!box) {
        reveals.watch(reveals.hiddenRootOf(block.container));
        return true;
      }
      // Records are tracked near the screen by a box: a `display: contents` block lends its holder's.
      scan ??= new BlockScan(box === block.container ? block : { ...block, container: box }, scanOptions, options.onRecord);
      try {
        return scan.step(deadline);
      } catch (error) {
        if (!(error instanceof TrieNotLoadedError)) throw error;
        // The scan resumes where it stopped once the phrases are here, unless a rescan has taken
        // the block over meanwhile (`forgetWaiting`). Other blocks go on.
        waiting.set(job, block.container);
        error.loaded.then(() => {
          if (!waiting.delete(job) || signal.aborted) return;
          // Ahead of the walk: the blocks that wait for the phrases are the ones scanned before they
          // came, which are on screen on a page's first scan, though not always on a rescan.
          scheduler.pushFirst(job);
          resumeWaiting();
        }, options.onError);
        return true;
      }
    };
    return job;
  };

  return {
    jobFor,
    forgetWaiting(drop) {
      if (!drop) waiting.clear();
      else for (const [job, container] of waiting) if (drop(container)) waiting.delete(job);
    },
  };
}

/**
 * Whether a mention's range in the block under `container` is drawn. The container is rendered
 * (the job checks before each slice), so only an inline element in between can hide a mention — a
 * "Read more" span: one check per such element per block, since measuring each mention's range
 * instead cost a quarter of the annotator's time on long pages. A host's own light text shows only
 * through a slot, which the range's boxes tell. Undrawn text is given to the reveal watcher.
 */
function drawnTest(container: Element, reveals: RevealWatcher): (record: MentionRecord) => boolean {
  const inlineRendered = new Map<Element, boolean>();
  return (record) => {
    const parent = record.startContainer.parentElement;
    // Text right under a shadow root has no parent element: its boxes tell.
    if (!parent) return record.range.getClientRects().length > 0;
    if (parent === container) return (parent as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ? record.range.getClientRects().length > 0 : true;
    let rendered = inlineRendered.get(parent);
    if (rendered === undefined) inlineRendered.set(parent, (rendered = drawnBox(parent) !== null));
    if (rendered) return true;
    // The innermost element around the undrawn text: a hidden inline element (or inside one).
    reveals.watch(parent);
    return false;
  };
}
