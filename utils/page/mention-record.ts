/**
 * One mention found on a page: where it starts and ends (text node and offset, as a Range would say),
 * its entity and the block it was found in.
 *
 * The live `Range` is made on first use: registering a highlight near the screen, hit-testing under
 * the pointer, anchoring a card. A dense page has tens of thousands of mentions, most never near the
 * screen, and a live Range each was most of the scan's cost there (the browser allocates it, checks
 * both ends, keeps it in the document's list of ranges to update on every edit, and collects it).
 * Until it exists, the boundary points stay valid because every change to a mention's text is a
 * mutation inside its block, and the annotator drops and rescans the records of changed blocks.
 */
import type { EntityKind } from '../pack/entity-kinds';

export class MentionRecord {
  private made: Range | null = null;

  constructor(
    readonly entityId: string,
    readonly kind: EntityKind,
    readonly startContainer: Text,
    readonly startOffset: number,
    readonly endContainer: Text,
    readonly endOffset: number,
    /** Characters matched in the block's text: the innermost of overlapping mentions is the shortest. */
    readonly length: number,
    /** Every text node the mention covers (a name split across `<b>` and a text node covers two). */
    readonly nodes: readonly Text[],
    /** The block the mention was found in: the unit of on-screen tracking. */
    readonly container: Element,
    /**
     * False for a mention inside a huge text block (see `HUGE_BLOCK_CHARS` in scan-blocks.ts): it is
     * registered under an unstyled name, so it is found, counted and opens its card, but nothing is
     * painted — painting a highlight in a multi-megabyte text node costs the page a 150 ms frame.
     */
    readonly drawn: boolean,
  ) {}

  /** The live range over the mention's text, made once; the browser keeps it in step with edits. */
  get range(): Range {
    if (this.made) return this.made;
    const range = new Range();
    // Offsets are clamped: a node edited since the scan is queued for a rescan that drops this record.
    range.setStart(this.startContainer, Math.min(this.startOffset, this.startContainer.length));
    range.setEnd(this.endContainer, Math.min(this.endOffset, this.endContainer.length));
    this.made = range;
    return range;
  }

  /** Whether the mention's text is gone: its range, if made, has collapsed. */
  get collapsed(): boolean {
    return this.made !== null && this.made.collapsed;
  }
}
