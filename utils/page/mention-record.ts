/**
 * One mention found on a page: where it starts and ends (text node and offset, as a Range would say),
 * its entity and the block it was found in.
 *
 * The live `Range` is made on first use: registering a highlight near the screen, hit-testing under
 * the pointer, anchoring a card. A dense page has tens of thousands of mentions, most never near the
 * screen, and a live Range each was most of the scan's cost there (the browser allocates it, checks
 * both ends, keeps it in the document's list of ranges to update on every edit, and collects it).
 * Until it exists, the boundary points are only as good as the text they were read from: every
 * change to a mention's text is a mutation inside its block, and the annotator drops and rescans
 * the records of changed blocks, but a range made before that rescan checks the text first.
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
    /** The first node's text when the scan read it (omitted: whatever the node holds now). */
    private readonly startData?: string,
    /** The last node's text when the scan read it. */
    private readonly endData?: string,
  ) {}

  /**
   * The live range over the mention's text, made once; the browser keeps it in step with edits.
   * A node edited between the scan and this first use (a ticker rewriting its text) makes the
   * offsets meaningless: the range is then made collapsed, so nothing is drawn or hit over the new
   * text, and the rescan already queued for the edit drops this record.
   */
  get range(): Range {
    if (this.made) return this.made;
    const range = new Range();
    const { startContainer: start, endContainer: end } = this;
    if ((this.startData !== undefined && start.data !== this.startData) || (this.endData !== undefined && end.data !== this.endData)) {
      range.setStart(start, 0);
    } else {
      range.setStart(start, Math.min(this.startOffset, start.length));
      range.setEnd(end, Math.min(this.endOffset, end.length));
    }
    this.made = range;
    return range;
  }

  /** Whether the mention's text is gone: its range, if made, has collapsed. */
  get collapsed(): boolean {
    return this.made !== null && this.made.collapsed;
  }
}
