/**
 * Annotates one document: finds mentions in its eligible text, registers them as highlights, keeps
 * them in step with the page's own changes, and answers "which mention is under this point?".
 * It never writes to the page's DOM. This module is the wiring; each concern has a module of its
 * own: the page's changes as block roots (mutation-roots.ts), hidden text shown later
 * (reveal-watcher.ts), a page busy changing (busy-page.ts), slices of work (schedule.ts), the
 * viewport-first walk (viewport-walk.ts), one block's marking as a job (block-jobs.ts) and its
 * scan (scan-blocks.ts), the registered highlights (highlight-registry.ts) and hit-testing
 * (hit-test.ts). Everything it starts ends with one AbortSignal, on `destroy`.
 */
import type { MentionIndex } from '../matcher';
import type { Settings } from '../settings-model';
import { createBusyMeter } from './busy-page';
import { HighlightRegistry, type MentionRecord } from './highlight-registry';
import { createScheduler } from './schedule';
import { createBlockJobs } from './block-jobs';
import { mentionAtPoint, type MentionHit } from './hit-test';
import { isWithin, outermostRoots, watchMutationRoots } from './mutation-roots';
import { watchReveals } from './reveal-watcher';
import { isInSkippedSubtree, iterateTextBlocks } from './text-blocks';
import { viewportFirstWalk } from './viewport-walk';

export type { MentionHit };

export type AnnotatorSettings = Pick<Settings, 'kinds' | 'density' | 'style'>;

export interface AnnotatorOptions {
  document: Document;
  index: MentionIndex;
  settings: AnnotatorSettings;
  /** Called (debounced) when the set of mentions changes. */
  onMentionsChanged(counts: Record<string, number>, total: number): void;
  /** Our own errors go here, never to the page. */
  onError(error: unknown): void;
}

export interface Annotator {
  /** (Re)scans the whole document, viewport first. */
  scanAll(): void;
  updateSettings(settings: AnnotatorSettings): void;
  mentionAtPoint(x: number, y: number): MentionHit | null;
  /** All current mentions in document order. */
  mentions(): MentionRecord[];
  /** Mention counts per entity, as the popup and the badge show them. */
  pageMentions(): { counts: Record<string, number>; total: number };
  destroy(): void;
}

/** Work per scheduler slice; keeps every task we cause far under the 50 ms long-task mark. */
const SLICE_BUDGET_MS = 8;
/** Page changes are gathered for this long, then rescanned together. */
const MUTATION_BATCH_MS = 150;
/** Above this many changed roots in one batch, one whole-page rescan is cheaper. */
const FULL_RESCAN_ROOTS = 200;
const NOTIFY_DELAY_MS = 120;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const doc = options.document;
  const view = doc.defaultView!;
  let settings = options.settings;
  const registry = new HighlightRegistry(settings.style, view);
  const scheduler = createScheduler(SLICE_BUDGET_MS, options.onError);
  // Every observer, timer and watcher of this annotator ends with this signal (`destroy`).
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const notify = burstNotifier(NOTIFY_DELAY_MS, signal, () => options.onMentionsChanged(registry.counts(), registry.size));

  // A page that never stops changing gets only its on-screen mentions registered (busy-page.ts).
  const busy = createBusyMeter((isBusy) => registry.setBusy(isBusy), signal);
  const mutations = watchMutationRoots(doc, {
    batchMs: MUTATION_BATCH_MS,
    onBatch: (roots) => {
      busy.changed();
      rescanChanged(roots);
    },
    onError: options.onError,
    signal,
  });
  const reveals = watchReveals(view, { onRevealed: (element) => mutations.add(element), onError: options.onError, signal });
  const addRecord = (record: MentionRecord) => {
    registry.add(record);
    notify();
  };
  const jobs = createBlockJobs({ index: options.index, scheduler, reveals, onRecord: addRecord, onError: options.onError, signal });

  /** Walks `root` in slices, viewport first: blocks on screen are marked in the slice that finds them. */
  const scanRoot = (root: Node) => {
    const blocks = iterateTextBlocks(root, mutations.observe, reveals.watch);
    const walk = viewportFirstWalk(blocks, view, (block, onScreen, deadline) => {
      const job = jobs.jobFor(block, settings);
      if (!onScreen) return scheduler.push(job);
      registry.markNear(block.container);
      if (!job(deadline)) scheduler.pushFirst(job);
    });
    scheduler.push(walk, true);
  };

  const scanAll = () => {
    scheduler.clear();
    jobs.forgetWaiting();
    registry.clear();
    mutations.clear();
    reveals.clear();
    if (doc.body) scanRoot(doc.body);
    notify();
    scheduler.runNow();
  };

  /** Rescans the blocks the page changed (`roots`, a batch of mutation-roots.ts). */
  const rescanChanged = (changed: Set<Node>) => {
    if (changed.size > FULL_RESCAN_ROOTS) {
      scanAll();
      return;
    }
    const roots = outermostRoots(changed);
    // One pass over the records: a record inside a changed root is redone by that root's rescan;
    // a collapsed or detached one lost its text. Every change to a mention's text is a mutation
    // inside its block, whose root is queued, so no record's text needs reading here. (A removed
    // node is disconnected; a range already made over it collapsed onto its parent, the mutation's
    // target, also inside a queued root.)
    const inChangedRoot = (node: Node) => isWithin(node, roots);
    const removed = registry.removeWhere(
      (record) => record.collapsed || !record.startContainer.isConnected || inChangedRoot(record.startContainer),
    );
    jobs.forgetWaiting(inChangedRoot);
    for (const root of roots) {
      if (root !== doc.body && isInSkippedSubtree(root)) continue;
      scanRoot(root);
    }
    if (removed > 0) notify();
  };

  return {
    scanAll,
    updateSettings(next) {
      const rescan = next.density !== settings.density || JSON.stringify(next.kinds) !== JSON.stringify(settings.kinds);
      settings = next;
      registry.setStyle(next.style);
      if (rescan) scanAll();
    },
    mentionAtPoint: (x, y) => mentionAtPoint(doc, registry, [...mutations.shadowRoots], x, y),
    mentions: () => registry.all(),
    pageMentions: () => ({ counts: registry.counts(), total: registry.size }),
    destroy() {
      lifetime.abort();
      scheduler.destroy();
      registry.clear();
    },
  };
}

/**
 * One notice per burst of changes: the first change starts the delay and later ones ride on it (a
 * dense page adds thousands of records in a few slices; a timer per record would cost tens of ms).
 */
function burstNotifier(delayMs: number, signal: AbortSignal, fire: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) fire();
    }, delayMs);
  };
}
