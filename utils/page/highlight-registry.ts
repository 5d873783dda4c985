/**
 * The mentions shown on a page: live `Range`s registered with the CSS Custom Highlight API, one
 * `Highlight` per entity kind, plus a per-text-node index for hit-testing. Nothing here touches the
 * page's elements or text.
 *
 * Only mentions in blocks near the viewport are registered. Chromium re-validates and repaints every
 * registered range whenever the page's DOM changes, so on a page that mutates all the time (a
 * ticker, a chat) the browser's cost grows with the number of registered ranges anywhere on the
 * page (`npm run bench`, mutating page). An IntersectionObserver on the block containers adds a
 * block's ranges as it comes within a viewport's height of the screen and removes them when it
 * leaves; counts, hit-testing and the popup still see every mention.
 */
import type { EntityKind } from '../pack/schema';
import type { HighlightStyle } from '../settings';

export interface MentionRecord {
  entityId: string;
  kind: EntityKind;
  /** Live range over the mention's text; the browser keeps it in step with edits around it. */
  range: Range;
  /** The text matched, to tell when the page has changed it. */
  text: string;
  /** Every text node the range covers (a name split across `<b>` and a text node covers two). */
  nodes: Text[];
  /** The block the mention was found in: the unit of on-screen tracking. */
  container: Element;
}

/** How far beyond the viewport a block's mentions are registered, so scrolling never shows them late. */
const NEAR_MARGIN = '100% 0px 100% 0px';

/** Highlight names are `cb-<kind>` (underline) or `cb-<kind>-fill` (background). */
export function highlightName(kind: EntityKind, style: HighlightStyle): string {
  return style === 'background' ? `cb-${kind}-fill` : `cb-${kind}`;
}

export class HighlightRegistry {
  private readonly highlights = new Map<EntityKind, Highlight>();
  private byNode = new WeakMap<Text, MentionRecord[]>();
  private readonly records = new Set<MentionRecord>();
  private readonly byContainer = new Map<Element, Set<MentionRecord>>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  private style: HighlightStyle;

  /** `view` supplies the IntersectionObserver; without one (tests, old engines) every mention is registered. */
  constructor(style: HighlightStyle, view?: Window) {
    this.style = style;
    const Observer = (view as (Window & typeof globalThis) | undefined)?.IntersectionObserver;
    this.observer = Observer
      ? new Observer((entries) => this.onIntersect(entries), { rootMargin: NEAR_MARGIN })
      : null;
  }

  get size(): number {
    return this.records.size;
  }

  all(): MentionRecord[] {
    return [...this.records].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  add(record: MentionRecord): void {
    this.records.add(record);
    for (const node of record.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(record);
      else this.byNode.set(node, [record]);
    }
    let inBlock = this.byContainer.get(record.container);
    if (!inBlock) {
      inBlock = new Set();
      this.byContainer.set(record.container, inBlock);
      this.observer?.observe(record.container);
    }
    inBlock.add(record);
    if (this.isNear(record.container)) this.highlightFor(record.kind).add(record.range);
  }

  /** The caller knows a block is on screen (it measured it): register its mentions right away. */
  markNear(container: Element): void {
    if (!this.observer || this.near.has(container)) return;
    this.near.add(container);
    for (const record of this.byContainer.get(container) ?? []) this.highlightFor(record.kind).add(record.range);
  }

  remove(record: MentionRecord): void {
    if (!this.records.delete(record)) return;
    for (const node of record.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((r) => r !== record);
      if (rest.length > 0) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.highlights.get(record.kind)?.delete(record.range);
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

  /** Records whose range covers a character of `node`. */
  recordsIn(node: Text): readonly MentionRecord[] {
    return this.byNode.get(node) ?? [];
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const record of this.records) counts[record.entityId] = (counts[record.entityId] ?? 0) + 1;
    return counts;
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const kind of this.highlights.keys()) CSS.highlights.delete(highlightName(kind, this.style));
    this.style = style;
    for (const [kind, highlight] of this.highlights) CSS.highlights.set(highlightName(kind, style), highlight);
  }

  /** Unregisters everything from `CSS.highlights`. */
  clear(): void {
    for (const kind of this.highlights.keys()) CSS.highlights.delete(highlightName(kind, this.style));
    this.highlights.clear();
    this.records.clear();
    this.byNode = new WeakMap();
    this.byContainer.clear();
    this.near.clear();
    this.observer?.disconnect();
  }

  /** Stops watching for good. */
  destroy(): void {
    this.clear();
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
        for (const record of inBlock) this.highlightFor(record.kind).add(record.range);
      } else if (!entry.isIntersecting && this.near.has(container)) {
        this.near.delete(container);
        for (const record of inBlock) this.highlights.get(record.kind)?.delete(record.range);
      }
    }
  }

  private highlightFor(kind: EntityKind): Highlight {
    let highlight = this.highlights.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(kind, highlight);
      CSS.highlights.set(highlightName(kind, this.style), highlight);
    }
    return highlight;
  }
}
