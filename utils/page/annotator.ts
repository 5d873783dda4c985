/**
 * Annotates one document: finds mentions in its eligible text, registers them as highlights, keeps
 * them in step with the page's own changes, and answers "which mention is under this point?".
 * It never writes to the page's DOM. This module is the wiring and the viewport-first walk; each
 * other concern has a module of its own: the page's changes as block roots (mutation-roots.ts),
 * hidden text shown later (reveal-watcher.ts), slices of work (schedule.ts), one block's scan
 * (scan-blocks.ts), the registered highlights (highlight-registry.ts) and hit-testing
 * (hit-test.ts). Everything it starts ends with one AbortSignal, on `destroy`.
 */
import { TrieNotLoadedError, type MentionIndex } from '../matcher';
import type { Settings } from '../settings-model';
import { HighlightRegistry, type MentionRecord } from './highlight-registry';
import { createScheduler } from './schedule';
import { BlockScan } from './scan-blocks';
import { mentionAtPoint, type MentionHit } from './hit-test';
import { outermostRoots, watchMutationRoots } from './mutation-roots';
import { drawnBox, watchReveals } from './reveal-watcher';
import { isInSkippedSubtree, iterateTextBlocks, type TextBlock } from './text-blocks';

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
const BELOW_VIEWPORT_STREAK = 64;

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const doc = options.document;
  const view = doc.defaultView!;
  let settings = options.settings;
  const registry = new HighlightRegistry(settings.style, view);
  const scheduler = createScheduler(SLICE_BUDGET_MS, options.onError);
  // Every observer, timer and watcher of this annotator ends with this signal (`destroy`).
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(notifyTimer));

  // One notice per burst of changes: the first change starts the delay and later ones ride on it
  // (a dense page adds thousands of records in a few slices; a timer per record would cost tens of ms).
  const notify = () => {
    if (notifyTimer !== undefined) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = undefined;
      if (!signal.aborted) options.onMentionsChanged(registry.counts(), registry.size);
    }, NOTIFY_DELAY_MS);
  };

  const placeOf = (block: TextBlock): 'above' | 'on-screen' | 'below' => {
    const rect = block.container.getBoundingClientRect();
    if (rect.top > view.innerHeight) return 'below';
    if (rect.bottom < 0) return 'above';
    return rect.right >= 0 && rect.left <= view.innerWidth ? 'on-screen' : 'above';
  };
  const mutations = watchMutationRoots(doc, { batchMs: MUTATION_BATCH_MS, onBatch: (roots) => rescanChanged(roots), onError: options.onError, signal });
  const reveals = watchReveals(view, { onRevealed: (element) => mutations.add(element), onError: options.onError, signal });

  /** Block jobs waiting for the index's phrases to arrive, with their block's container. */
  const waiting = new Map<(deadline: number) => boolean, Element>();
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

  const scanJob = (block: TextBlock) => {
    // A mention is drawn when its text node has a box: the block's container is rendered (checked
    // before each slice), so only an inline element in between can hide it — a "Read more" span.
    // One check per such element per block; measuring each mention's range instead cost a quarter
    // of the annotator's time on long pages. A host's own light text shows only through a slot,
    // which the range's boxes tell.
    const inlineRendered = new Map<Element, boolean>();
    const isDrawn = (range: Range) => {
      const parent = range.startContainer.parentElement;
      // Text right under a shadow root has no parent element: its boxes tell.
      if (!parent) return range.getClientRects().length > 0;
      if (parent === block.container) return (parent as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ? range.getClientRects().length > 0 : true;
      let rendered = inlineRendered.get(parent);
      if (rendered === undefined) inlineRendered.set(parent, (rendered = drawnBox(parent) !== null));
      if (rendered) return true;
      // The innermost element around the undrawn text: a hidden inline element (or inside one).
      reveals.watch(parent);
      return false;
    };
    const scanOptions = { index: options.index, kinds: settings.kinds, density: settings.density, isDrawn };
    let scan: BlockScan | null = null;
    const job = (deadline: number): boolean => {
      if (!block.container.isConnected) return true;
      const box = drawnBox(block.container);
      if (!box) {
        reveals.watch(reveals.hiddenRootOf(block.container));
        return true;
      }
      // Records are tracked near the screen by a box: a `display: contents` block lends its holder's.
      scan ??= new BlockScan(box === block.container ? block : { ...block, container: box }, scanOptions, (record) => {
        registry.add(record);
        notify();
      });
      try {
        return scan.step(deadline);
      } catch (error) {
        if (!(error instanceof TrieNotLoadedError)) throw error;
        // This block names a phrase's first word and the index's phrases are still on their way:
        // the scan resumes where it stopped once they are here (unless a rescan has taken the
        // block over meanwhile). Other blocks go on.
        // The first of them to resume runs a slice at once: what the reader sees should not wait
        // for the page to go idle (on a busy page an idle callback comes only at its timeout).
        waiting.set(job, block.container);
        error.loaded.then(() => {
          if (!waiting.delete(job) || signal.aborted) return;
          scheduler.push(job, true);
          resumeWaiting();
        }, options.onError);
        return true;
      }
    };
    return job;
  };

  /**
   * Walks `root` in slices. Blocks on screen are matched as the walk finds them, so what the reader
   * sees is marked within the first slices; the rest is queued for idle time.
   */
  const scanRoot = (root: Node) => {
    const blocks = iterateTextBlocks(root, mutations.observe, reveals.watch);
    // Blocks come in document order, which is mostly top to bottom: once this many in a row lie
    // below the viewport, the rest are taken to be below it too and no longer measured (one layout
    // read per block would be a fifth of the work on long pages).
    let belowInARow = 0;
    scheduler.push((deadline) => {
      while (performance.now() < deadline) {
        const next = blocks.next();
        if (next.done) return true;
        const block = next.value;
        const position = belowInARow < BELOW_VIEWPORT_STREAK ? placeOf(block) : 'below';
        belowInARow = position === 'below' ? belowInARow + 1 : 0;
        if (position === 'on-screen') {
          // What the reader sees is marked as the walk finds it, in this slice.
          registry.markNear(block.container);
          const job = scanJob(block);
          if (!job(deadline)) scheduler.push(job, true);
        } else {
          scheduler.push(scanJob(block));
        }
      }
      return false;
    }, true);
  };

  const scanAll = () => {
    scheduler.clear();
    waiting.clear();
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
    // node's ranges collapse onto its parent, the mutation's target, also inside a queued root.)
    const inChangedRoot = (node: Node) => {
      for (let n: Node | null = node; n; n = n.parentNode) if (roots.has(n)) return true;
      return false;
    };
    const removed = registry.removeWhere(
      (record) => record.range.collapsed || !record.range.startContainer.isConnected || inChangedRoot(record.range.startContainer),
    );
    for (const [job, container] of waiting) if (inChangedRoot(container)) waiting.delete(job);
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
