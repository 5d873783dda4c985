/**
 * Turns blocks of page text into mention records: runs the pure matcher over each block's text and
 * maps the hits back to live DOM ranges, applying the user's kind filter and density.
 */
import { findMentions, type MentionIndex } from '../matcher';
import type { EntityKind } from '../pack/schema';
import type { Density } from '../settings';
import type { MentionRecord } from './highlight-registry';
import { locateOffset, type TextBlock } from './text-blocks';

export interface ScanOptions {
  index: MentionIndex;
  kinds: Record<EntityKind, boolean>;
  density: Density;
}

export function scanBlock(block: TextBlock, options: ScanOptions): MentionRecord[] {
  const records: MentionRecord[] = [];
  const seen = new Set<string>();
  for (const mention of findMentions(block.text, options.index)) {
    if (!options.kinds[mention.kind]) continue;
    if (options.density === 'first-per-block') {
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
    }
    const start = locateOffset(block, mention.start, false);
    const end = locateOffset(block, mention.end, true);
    if (!start || !end) continue;
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const nodes: Text[] = [];
    for (const segment of block.segments) {
      const segmentEnd = segment.start + segment.node.data.length;
      if (segmentEnd > mention.start && segment.start < mention.end) nodes.push(segment.node);
    }
    // The range's own text, not the match: a `<br>` inside a name is "\n" in the block but nothing here.
    records.push({ entityId: mention.entityId, kind: mention.kind, range, text: range.toString(), nodes });
  }
  return records;
}
