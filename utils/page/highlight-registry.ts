/**
 * The mentions shown on a page: live `Range`s registered with the CSS Custom Highlight API, one
 * `Highlight` per entity kind, plus a per-text-node index for hit-testing. Nothing here touches the
 * page's elements or text.
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
}

/** Highlight names are `cb-<kind>` (underline) or `cb-<kind>-fill` (background). */
export function highlightName(kind: EntityKind, style: HighlightStyle): string {
  return style === 'background' ? `cb-${kind}-fill` : `cb-${kind}`;
}

export class HighlightRegistry {
  private readonly highlights = new Map<EntityKind, Highlight>();
  private byNode = new WeakMap<Text, MentionRecord[]>();
  private readonly records = new Set<MentionRecord>();
  private style: HighlightStyle;

  constructor(style: HighlightStyle) {
    this.style = style;
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
    this.highlightFor(record.kind).add(record.range);
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
