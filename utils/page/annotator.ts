/**
 * Annotates one document: finds mentions in its eligible text, registers them as highlights, keeps
 * them in step with the page's own changes, and answers "which mention is under this point?".
 * It never writes to the page's DOM.
 */
import { TrieNotLoadedError, type MentionIndex } from '../matcher';
import type { Settings } from '../settings-model';
import { HighlightRegistry, type MentionRecord } from './highlight-registry';
import { createScheduler } from './schedule';
import { BlockScan } from './scan-blocks';
import { HOST_TAG, isBlockBoundary, isInSkippedSubtree, iterateTextBlocks, type TextBlock } from './text-blocks';

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

export interface MentionHit {
  record: MentionRecord;
  /** The line box of the mention under the point. */
  rect: DOMRect;
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
/** Most elements watched for a reveal at once; beyond it, hidden text waits for a DOM change. */
const MAX_REVEAL_WATCHES = 500;
/** Revealed text is rescanned once it is within this margin of the screen (as highlights are drawn). */
const REVEAL_MARGIN = '100% 0px';
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const doc = options.document;
  const view = doc.defaultView!;
  let settings = options.settings;
  const registry = new HighlightRegistry(settings.style, view);
  const scheduler = createScheduler(SLICE_BUDGET_MS, options.onError);
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  let mutationTimer: ReturnType<typeof setTimeout> | undefined;
  const changedRoots = new Set<Node>();
  let destroyed = false;

  // One notice per burst of changes: the first change starts the delay and later ones ride on it
  // (a dense page adds thousands of records in a few slices; a timer per record would cost tens of ms).
  const notify = () => {
    if (notifyTimer !== undefined) return;
    notifyTimer = setTimeout(() => {
      notifyTimer = undefined;
      if (!destroyed) options.onMentionsChanged(registry.counts(), registry.size);
    }, NOTIFY_DELAY_MS);
  };

  const shadowRoots = new Set<ShadowRoot>();
  const watchShadowRoot = (shadow: ShadowRoot) => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    observer.observe(shadow, OBSERVE);
  };

  const placeOf = (block: TextBlock): 'above' | 'on-screen' | 'below' => {
    const rect = block.container.getBoundingClientRect();
    if (rect.top > view.innerHeight) return 'below';
    if (rect.bottom < 0) return 'above';
    return rect.right >= 0 && rect.left <= view.innerWidth ? 'on-screen' : 'above';
  };
  /**
   * The element whose box shows `element`'s content: itself, or for `display: contents` (no box of
   * its own, children drawn) the nearest ancestor with one; null when it is not drawn at all —
   * `display: none` or `content-visibility: hidden`, its own or an ancestor's — so not marked.
   */
  const drawnBox = (element: Element): Element | null => {
    if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return element;
    const parent = element.parentElement;
    return parent !== null && view.getComputedStyle(element).display === 'contents' ? drawnBox(parent) : null;
  };

  // Text left unmarked because nothing of it was drawn — a collapsed accordion, a "Read more"
  // tail, a closed <details>, a `hidden` section — is watched and rescanned once the page shows it
  // near the screen. An IntersectionObserver sees every way of showing (class, style, attribute,
  // media query) on block and inline elements alike, without watching attributes all over the
  // page; it only ever holds hidden things, each until its first showing. Its first notice of each
  // element is the state it was watched in; a rescan follows a change from unseen to seen.
  const watched = new Map<Element, boolean>();
  const revealObserver =
    typeof view.IntersectionObserver === 'function'
      ? new view.IntersectionObserver(
          (entries) => {
            try {
              for (const { target, isIntersecting } of entries) {
                const seenBefore = watched.get(target);
                if (seenBefore === undefined) continue;
                if (!isIntersecting || seenBefore) {
                  watched.set(target, isIntersecting);
                  continue;
                }
                revealObserver!.unobserve(target);
                watched.delete(target);
                const root = target.isConnected ? blockRootOf(target) : null;
                if (root) queueRescan(root);
              }
            } catch (error) {
              options.onError(error);
            }
          },
          { rootMargin: REVEAL_MARGIN },
        )
      : null;
  /** Watches `element` for its showing; it counts as seen until its first notice says otherwise. */
  const watchReveal = (element: Element) => {
    if (!revealObserver || watched.has(element) || watched.size >= MAX_REVEAL_WATCHES) return;
    watched.set(element, true);
    revealObserver.observe(element);
  };
  const unwatchReveals = () => {
    revealObserver?.disconnect();
    watched.clear();
  };
  /** The outermost undrawn element around an undrawn block: one watch per collapsed panel. */
  const hiddenRootOf = (container: Element): Element => {
    let hidden = container;
    for (let parent = hidden.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
      if (watched.has(parent)) return parent;
      if (drawnBox(parent)) break;
      hidden = parent;
    }
    return hidden;
  };

  /** Block jobs waiting for the index's phrases to arrive, with their block's container. */
  const waiting = new Map<(deadline: number) => boolean, Element>();
  let resumeQueued = false;
  /**
   * Runs one slice for the jobs the phrases' arrival released: once, after all of them are queued
   * (their callbacks were queued together when the phrases arrived; this microtask comes after).
   */
  const resumeWaiting = () => {
    if (resumeQueued || destroyed) return;
    resumeQueued = true;
    queueMicrotask(() => {
      resumeQueued = false;
      if (!destroyed) scheduler.runNow();
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
      watchReveal(parent);
      return false;
    };
    const scanOptions = { index: options.index, kinds: settings.kinds, density: settings.density, isDrawn };
    let scan: BlockScan | null = null;
    const job = (deadline: number): boolean => {
      if (!block.container.isConnected) return true;
      const box = drawnBox(block.container);
      if (!box) {
        watchReveal(hiddenRootOf(block.container));
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
          if (!waiting.delete(job) || destroyed) return;
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
    const blocks = iterateTextBlocks(root, watchShadowRoot, watchReveal);
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
    changedRoots.clear();
    unwatchReveals();
    if (doc.body) scanRoot(doc.body);
    notify();
    scheduler.runNow();
  };

  const rescanChanged = () => {
    mutationTimer = undefined;
    if (destroyed) return;
    if (changedRoots.size > FULL_RESCAN_ROOTS) {
      scanAll();
      return;
    }
    // Keep only the outermost roots: a root inside another queued root is rescanned with it.
    const roots = new Set(
      [...changedRoots].filter((root) => {
        for (let p = root.parentNode; p; p = p.parentNode) if (changedRoots.has(p)) return false;
        return root.isConnected;
      }),
    );
    changedRoots.clear();
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

  /** The nearest ancestor (or self) that starts a block, so a rescan sees whole sentences. */
  const blockRootOf = (node: Node): Node | null => {
    let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && el !== doc.body && !isBlockBoundary(el)) el = el.parentElement;
    // Inside a shadow root the walk up ends at the root itself, which is then what we rescan.
    return el ?? (node.getRootNode() instanceof view.ShadowRoot ? node.getRootNode() : null);
  };

  /** Gathers `root` for the next batched rescan. */
  const queueRescan = (root: Node) => {
    changedRoots.add(root);
    if (mutationTimer !== undefined) return;
    mutationTimer = setTimeout(() => {
      try {
        rescanChanged();
      } catch (error) {
        options.onError(error);
      }
    }, MUTATION_BATCH_MS);
  };

  const observer = new view.MutationObserver((mutations) => {
    try {
      for (const mutation of mutations) {
        const target = mutation.target;
        if (isOwnNode(target)) continue;
        if (mutation.type === 'characterData') {
          const root = blockRootOf(target);
          if (root) queueRescan(root);
          continue;
        }
        for (const added of mutation.addedNodes) {
          if (isOwnNode(added)) continue;
          const root = blockRootOf(added);
          if (root) queueRescan(root);
        }
        if (mutation.removedNodes.length > 0) {
          // Removed text takes its ranges with it (they collapse); the stale sweep drops them.
          const root = blockRootOf(target);
          if (root) queueRescan(root);
        }
      }
    } catch (error) {
      options.onError(error);
    }
  });
  if (doc.body) observer.observe(doc.body, OBSERVE);

  return {
    scanAll,
    updateSettings(next) {
      const rescan = next.density !== settings.density || JSON.stringify(next.kinds) !== JSON.stringify(settings.kinds);
      settings = next;
      registry.setStyle(next.style);
      if (rescan) scanAll();
    },
    mentionAtPoint(x, y) {
      const caret = caretAt(doc, x, y, [...shadowRoots]);
      if (!caret) return null;
      const candidates = [...registry.recordsIn(caret.node)];
      if (caret.offset === 0) {
        // A caret at the start of a node may belong to the previous node's last character.
        const previous = previousTextNode(caret.node);
        if (previous) candidates.push(...registry.recordsIn(previous));
      }
      // An event phrase can contain a person ("the visit of Vladimir Putin to India"): the
      // innermost mention under the pointer wins, and the phrase's other words open the event.
      let best: MentionHit | null = null;
      for (const record of candidates) {
        if (best && record.text.length >= best.record.text.length) continue;
        for (const rect of record.range.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
            best = { record, rect };
            break;
          }
        }
      }
      return best;
    },
    mentions: () => registry.all(),
    pageMentions: () => ({ counts: registry.counts(), total: registry.size }),
    destroy() {
      destroyed = true;
      observer.disconnect();
      unwatchReveals();
      shadowRoots.clear();
      scheduler.destroy();
      clearTimeout(notifyTimer);
      clearTimeout(mutationTimer);
      registry.destroy();
    },
  };
}

function isOwnNode(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === HOST_TAG) return true;
  }
  return false;
}

/** The text position under a point, looking into the open shadow roots we scanned. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Text; offset: number } | null {
  let node: Node | null = null;
  let offset = 0;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    if (position) ({ offsetNode: node, offset } = position);
  } else if (typeof (doc as Document & { caretRangeFromPoint?: unknown }).caretRangeFromPoint === 'function') {
    const range = (doc as Document & { caretRangeFromPoint(x: number, y: number): Range | null }).caretRangeFromPoint(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  return node && node.nodeType === Node.TEXT_NODE ? { node: node as Text, offset } : null;
}

function previousTextNode(node: Node): Text | null {
  let current: Node | null = node;
  while (current && !current.previousSibling) current = current.parentNode;
  current = current?.previousSibling ?? null;
  while (current && current.lastChild) current = current.lastChild;
  return current && current.nodeType === Node.TEXT_NODE ? (current as Text) : null;
}
