/**
 * Turns blocks of page text into mention records: runs the pure matcher over each block's text and
 * maps the hits back to text nodes and offsets, applying the user's kind filter and density.
 */
import { findMentions, type MentionIndex } from '../matcher';
import type { EntityKind } from '../pack/entity-kinds';
import type { Density } from '../settings-model';
import { MentionRecord } from './mention-record';
import { segmentAt, type TextBlock } from './text-blocks';

export interface ScanOptions {
  index: MentionIndex;
  kinds: Record<EntityKind, boolean>;
  density: Density;
  /**
   * Whether a mention's text is drawn at all. A hidden inline element (`<span hidden>` is skipped
   * by the walk, but `style="display:none"` is only known to layout) yields a range with no boxes.
   */
  isDrawn?(record: MentionRecord): boolean;
}

/**
 * Matching a huge block (a 10 MB text node) in one call would block the page, so text is matched
 * in windows: each window sees `WINDOW_CONTEXT` characters before it (for word boundaries and
 * titles) and `WINDOW_OVERLAP` after it (longer than any alias can match), and keeps only the
 * mentions that start inside it.
 */
export const WINDOW_SIZE = 32_768;
/**
 * Above this many characters a block is not prose a reader scrolls through but a data dump (a log,
 * a 10 MB text node): its mentions are found and open cards, but are not painted, because Chromium
 * spends ~150 ms on the frame that paints a highlight in such a node (measured on a 10 MB node:
 * 150 ms with a styled highlight, 33 ms unstyled, 17 ms without).
 */
export const HUGE_BLOCK_CHARS = 1_000_000;
const WINDOW_CONTEXT = 96;
const WINDOW_OVERLAP = 1_024;

/** Scans one block, window by window; `step` returns true when the block is done. */
export class BlockScan {
  private next = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly block: TextBlock,
    private readonly options: ScanOptions,
    private readonly onRecord: (record: MentionRecord) => void,
  ) {}

  step(deadline: number): boolean {
    const { text } = this.block;
    while (this.next < text.length) {
      const start = this.next;
      const end = Math.min(text.length, start + WINDOW_SIZE);
      const from = Math.max(0, start - WINDOW_CONTEXT);
      const window = from === 0 && end === text.length ? text : text.slice(from, Math.min(text.length, end + WINDOW_OVERLAP));
      for (const mention of findMentions(window, this.options.index)) {
        const mentionStart = mention.start + from;
        if (mentionStart < start || (mentionStart >= end && end < text.length)) continue;
        const record = this.toRecord(mention.entityId, mention.kind, mentionStart, mention.end + from);
        if (record) this.onRecord(record);
      }
      this.next = end;
      if (performance.now() >= deadline) break;
    }
    return this.next >= text.length;
  }

  private toRecord(entityId: string, kind: EntityKind, startOffset: number, endOffset: number): MentionRecord | null {
    const { block, options } = this;
    if (!options.kinds[kind]) return null;
    if (options.density === 'first-per-block' && this.seen.has(entityId)) return null;
    const first = segmentAt(block, startOffset, false);
    const last = segmentAt(block, endOffset, true);
    if (first < 0 || last < 0) return null;
    const { segments } = block;
    const start = segments[first]!;
    const end = segments[last]!;
    const nodes: Text[] = [];
    for (let i = first; i <= last; i++) nodes.push(segments[i]!.node);
    const record = new MentionRecord(
      entityId,
      kind,
      start.node,
      startOffset - start.start,
      end.node,
      endOffset - end.start,
      endOffset - startOffset,
      nodes,
      block.container,
      block.text.length <= HUGE_BLOCK_CHARS,
      start.data,
      end.data,
    );
    if (options.isDrawn && !options.isDrawn(record)) return null;
    this.seen.add(entityId);
    return record;
  }
}

/** Scans a whole block at once (tests, the CLI); the page uses `BlockScan` in slices. */
export function scanBlock(block: TextBlock, options: ScanOptions): MentionRecord[] {
  const records: MentionRecord[] = [];
  new BlockScan(block, options, (record) => records.push(record)).step(Number.POSITIVE_INFINITY);
  return records;
}
