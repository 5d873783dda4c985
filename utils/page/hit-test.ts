/**
 * Which mention is under a point: the text position the browser finds there (looking into the open
 * shadow roots we scanned), the mentions registered on that text node (and on the node before, for
 * a caret at a node's start), and of those whose line boxes hold the point, the innermost.
 */
import type { HighlightRegistry, MentionRecord } from './highlight-registry';

export interface MentionHit {
  record: MentionRecord;
  /** The line box of the mention under the point. */
  rect: DOMRect;
}

/** Boxes are hit with a pixel to spare on each side (subpixel line boxes). */
const SLACK_PX = 1;

export function mentionAtPoint(doc: Document, registry: HighlightRegistry, shadowRoots: ShadowRoot[], x: number, y: number): MentionHit | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  const candidates = [...registry.recordsIn(caret.node)];
  if (caret.offset === 0) {
    // A caret at the start of a node may belong to the previous node's last character.
    const previous = previousTextNode(caret.node);
    if (previous) candidates.push(...registry.recordsIn(previous));
  }
  return innermostAt(candidates, x, y);
}

/**
 * An event phrase can contain a person ("the visit of Vladimir Putin to India"): the innermost
 * (shortest) mention whose boxes hold the point wins, and the phrase's other words open the event.
 */
export function innermostAt(candidates: readonly MentionRecord[], x: number, y: number): MentionHit | null {
  let best: MentionHit | null = null;
  for (const record of candidates) {
    if (best && record.length >= best.record.length) continue;
    for (const rect of record.range.getClientRects()) {
      if (x >= rect.left - SLACK_PX && x <= rect.right + SLACK_PX && y >= rect.top - SLACK_PX && y <= rect.bottom + SLACK_PX) {
        best = { record, rect };
        break;
      }
    }
  }
  return best;
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
