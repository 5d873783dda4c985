/**
 * The mentions shown on a page: live `Range`s registered with the CSS Custom Highlight API, one
 * `Highlight` per entity kind, and the mentions of each block for hit-testing. Nothing here touches
 * the page's elements or text.
 *
 * Only mentions in blocks near the viewport are registered. Chromium re-validates and repaints every
 * registered range whenever the page's DOM changes, so on a page that mutates all the time (a
 * ticker, a chat) the browser's cost grows with the number of registered ranges anywhere on the
 * page (`npm run bench`, mutating page). An IntersectionObserver on the block containers adds a
 * block's ranges as it comes within a viewport's height of the screen and removes them when it
 * leaves; counts, hit-testing and the popup still see every mention. While the page is busy
 * changing (`setBusy`, told by the annotator) the margin shrinks to the screen itself.
 */
import type { EntityKind } from '../pack/entity-kinds';
import type { HighlightStyle } from '../settings-model';
import type { MentionRecord } from './mention-record';

export type { MentionRecord } from './mention-record';


/** How far beyond the viewport a block's mentions are registered, so scrolling never shows them late. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/**
 * While the page changes all the time, only blocks on screen: every registered range then costs
 * the browser at each change, and a block scrolled in gets its marks a frame late, which a reader
 * of a page that busy hardly sees.
 */
const BUSY_MARGIN = '0px';

/**
 * Highlight names are `cb-<kind>` (underline), `cb-<kind>-fill` (background) or `cb-<kind>-quiet`
 * (no marks: registered so hit-testing and outside tools still see the mentions, but no style
 * draws them).
 */
export function highlightName(kind: EntityKind, style: HighlightStyle): string {
  return style === 'background' ? `cb-${kind}-fill` : style === 'off' ? `cb-${kind}-quiet` : `cb-${kind}`;
}

/** Mentions in huge text blocks: never styled, whatever the user's style (see `MentionRecord.drawn`). */
export const undrawnHighlightName = (kind: EntityKind): string => `cb-${kind}-large-text`;

/** One registered Highlight: a kind, drawn in the user's style or never drawn. */
type Slot = `${EntityKind}` | `${EntityKind}:undrawn`;
const slotOf = (record: MentionRecord): Slot => (record.drawn ? record.kind : `${record.kind}:undrawn`);
const nameOf = (slot: Slot, style: HighlightStyle): string => {
  const [kind, undrawn] = slot.split(':') as [EntityKind, string | undefined];
  return undrawn ? undrawnHighlightName(kind) : highlightName(kind, style);
};

export class HighlightRegistry {
  private readonly highlights = new Map<Slot, Highlight>();
  private readonly records = new Set<MentionRecord>();
  private readonly byContainer = new Map<Element, Set<MentionRecord>>();
  private readonly near = new Set<Element>();
  private observer: IntersectionObserver | null;
  private readonly makeObserver: ((margin: string) => IntersectionObserver) | null;
  private busy = false;
  private readonly pending = new Set<MentionRecord>();
  private frame = 0;
  /** Pending ranges are registered at the end of this task (see `markNear`). */
  private soon = false;
  private microtaskQueued = false;
  private readonly requestFrame: (callback: () => void) => number;
  private readonly cancelFrame: (handle: number) => void;
  private style: HighlightStyle;

  /** `view` supplies the IntersectionObserver; without one (tests, old engines) every mention is registered. */
  constructor(style: HighlightStyle, view?: Window) {
    this.style = style;
    const Observer = (view as (Window & typeof globalThis) | undefined)?.IntersectionObserver;
    this.makeObserver = Observer ? (margin) => new Observer((entries) => this.onIntersect(entries), { rootMargin: margin }) : null;
    this.observer = this.makeObserver?.(NEAR_MARGIN) ?? null;
    // A page in a background tab gets no frames: its highlights wait until it is shown, at no cost.
    this.requestFrame = view ? (callback) => view.requestAnimationFrame(callback) : (callback) => setTimeout(callback, 0) as unknown as number;
    this.cancelFrame = view ? (handle) => view.cancelAnimationFrame(handle) : (handle) => clearTimeout(handle);
  }

  get size(): number {
    return this.records.size;
  }

  /** Every mention in reading order, shadow-root content included (see `compareComposed`). */
  all(): MentionRecord[] {
    return [...this.records].sort((a, b) => compareComposed(a, b));
  }

  add(record: MentionRecord): void {
    this.records.add(record);
    let inBlock = this.byContainer.get(record.container);
    if (!inBlock) {
      inBlock = new Set();
      this.byContainer.set(record.container, inBlock);
      this.observer?.observe(record.container);
    }
    inBlock.add(record);
    if (this.isNear(record.container)) this.show(record);
  }

  /**
   * The caller knows a block is on screen (it measured it): its mentions are registered at the end
   * of the current task, not at the next animation frame, so the frame the reader sees next already
   * has them (a frame can come late on a page still rendering).
   */
  markNear(container: Element): void {
    this.soon = true;
    if (!this.observer || this.near.has(container)) return;
    this.near.add(container);
    for (const record of this.byContainer.get(container) ?? []) this.show(record);
  }

  remove(record: MentionRecord): void {
    if (!this.records.delete(record)) return;
    this.hide(record);
    const inBlock = this.byContainer.get(record.container);
    inBlock?.delete(record);
    if (inBlock && inBlock.size === 0) {
      this.byContainer.delete(record.container);
      this.near.delete(record.container);
      this.observer?.unobserve(record.container);
    }
  }

  /** Removes every record for which `predicate` holds; returns how many went. */
  removeWhere(predicate: (record: MentionRecord) => boolean): number {
    let removed = 0;
    for (const record of [...this.records]) {
      if (predicate(record)) {
        this.remove(record);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Records that cover a character of `node`. They sit in the node's block, the nearest ancestor
   * (across shadow roots) that holds mentions: no per-node index is kept, because a dense page has
   * tens of thousands of mentions and the pointer asks about one node at a time.
   */
  recordsIn(node: Text): readonly MentionRecord[] {
    for (let at: Node | null = node.parentNode; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
      const inBlock = this.byContainer.get(at as Element);
      if (!inBlock) continue;
      const covering = [...inBlock].filter((record) => record.nodes.includes(node));
      if (covering.length > 0) return covering;
    }
    return [];
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const record of this.records) counts[record.entityId] = (counts[record.entityId] ?? 0) + 1;
    return counts;
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const slot of this.highlights.keys()) CSS.highlights.delete(nameOf(slot, this.style));
    this.style = style;
    for (const [slot, highlight] of this.highlights) CSS.highlights.set(nameOf(slot, style), highlight);
  }

  /**
   * Whether the page is busy changing (see BUSY_MARGIN). The blocks are watched again with the
   * other margin; the observer's first report of each then shows or hides its mentions.
   */
  setBusy(busy: boolean): void {
    if (busy === this.busy || !this.makeObserver) return;
    this.busy = busy;
    this.observer?.disconnect();
    this.observer = this.makeObserver(busy ? BUSY_MARGIN : NEAR_MARGIN);
    for (const container of this.byContainer.keys()) this.observer.observe(container);
  }

  /** Unregisters everything from `CSS.highlights` and stops watching (also the teardown). */
  clear(): void {
    for (const slot of this.highlights.keys()) CSS.highlights.delete(nameOf(slot, this.style));
    this.highlights.clear();
    this.records.clear();
    this.byContainer.clear();
    this.near.clear();
    this.observer?.disconnect();
    this.pending.clear();
    if (this.frame !== 0) this.cancelFrame(this.frame);
    this.frame = 0;
    this.soon = false;
  }

  /**
   * Ranges become visible in batches: each change to a registered Highlight makes the browser
   * revalidate and repaint highlights at its next frame, which on a huge text node costs a long
   * frame — so one batch per frame, or per task for blocks measured on screen, not one per mention.
   */
  private show(record: MentionRecord): void {
    this.pending.add(record);
    if (this.soon) {
      if (!this.microtaskQueued) {
        this.microtaskQueued = true;
        queueMicrotask(() => {
          this.microtaskQueued = false;
          this.flush();
        });
      }
      return;
    }
    if (this.frame === 0) this.frame = this.requestFrame(() => this.flush());
  }

  private hide(record: MentionRecord): void {
    if (this.pending.delete(record)) return;
    this.highlights.get(slotOf(record))?.delete(record.range);
  }

  private flush(): void {
    if (this.frame !== 0) this.cancelFrame(this.frame);
    this.frame = 0;
    this.soon = false;
    for (const record of this.pending) this.highlightFor(slotOf(record)).add(record.range);
    this.pending.clear();
  }

  private isNear(container: Element): boolean {
    return this.observer === null || this.near.has(container);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const container = entry.target;
      const inBlock = this.byContainer.get(container);
      if (!inBlock) continue;
      if (entry.isIntersecting && !this.near.has(container)) {
        this.near.add(container);
        for (const record of inBlock) this.show(record);
      } else if (!entry.isIntersecting && this.near.has(container)) {
        this.near.delete(container);
        for (const record of inBlock) this.hide(record);
      }
    }
  }

  private highlightFor(slot: Slot): Highlight {
    let highlight = this.highlights.get(slot);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(slot, highlight);
      CSS.highlights.set(nameOf(slot, this.style), highlight);
    }
    return highlight;
  }
}

/** Where a range or a mention starts. */
export interface StartPoint {
  readonly startContainer: Node;
  readonly startOffset: number;
}

/**
 * Orders two start points (ranges or mentions) as a reader meets them, across shadow roots: each
 * start is lifted to the outermost tree (a node inside a shadow root stands at its host's place) and
 * compared there; content of the same host's shadow tree follows the host's light content.
 */
export function compareComposed(a: StartPoint, b: StartPoint): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const rootA = a.startContainer.getRootNode();
  const rootB = b.startContainer.getRootNode();
  if (rootA === rootB) return order(a.startContainer, b.startContainer);
  const liftedA = liftToDocument(a.startContainer);
  const liftedB = liftToDocument(b.startContainer);
  if (liftedA === liftedB) return rootA.nodeType === 9 ? -1 : rootB.nodeType === 9 ? 1 : 0;
  return order(liftedA, liftedB);
}

function order(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (position & 4) return -1; // B follows A
  if (position & 2) return 1; // B precedes A
  return 0;
}

function liftToDocument(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = current.getRootNode()) {
    current = (root as ShadowRoot).host;
  }
  return current;
}
