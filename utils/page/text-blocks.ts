/**
 * The eligible text of a page, grouped into blocks a reader would see as one piece of text
 * (a paragraph, list item, heading, table cell). Text nodes inside a block are joined exactly as
 * they are, so an offset into `block.text` maps back to one text node and offset, and a name split
 * across inline elements (`<b>Vladimir</b> Putin`) is still one phrase.
 *
 * Only standard DOM reads (nodeType, localName, attributes, child links) are used: the same walk
 * runs in the content script and, over linkedom, in the CLI.
 */

/** One stretch of a block's text that comes from one text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `TextBlock.text`. */
  start: number;
  /** The node's text as the walk read it: a mention made from it is stale once the node says otherwise. */
  data: string;
}

export interface TextBlock {
  /** The nearest block-level ancestor the text belongs to. */
  container: Element;
  text: string;
  segments: TextSegment[];
}

/** Sites can put this attribute on any element to keep the extension out of its subtree. */
export const OPT_OUT_ATTRIBUTE = 'data-briefings-ignore';
/** Our own card host; its subtree is never scanned. */
export const HOST_TAG = 'cb-briefing-host';

/** Elements whose text is never prose a reader reads as part of the page. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'head', 'title', 'meta', 'link', HOST_TAG,
]);

/** Elements that flow inside a line of text; every other element starts a new block. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'q', 'ruby', 'rb', 'rp', 'rt', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
  'wbr', 'nobr', 'big', 'tt', 'acronym', 'output', 'meter', 'progress',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/** Whether an element's subtree is kept out of scanning by its own markup (no layout needed). */
export function isSkippedElement(element: Element): boolean {
  // `localName` is lower-case and allocation-free; this runs for every element of the page.
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // Most elements carry no attribute at all: skip the four look-ups below.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(OPT_OUT_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/**
 * Whether any ancestor of `node` (up to the document) keeps it out of scanning, by `skips`
 * (`isSkippedElement` unless a caller counts some of those reasons differently).
 */
export function isInSkippedSubtree(node: Node, skips: (element: Element) => boolean = isSkippedElement): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (skips(el)) return true;
  }
  return false;
}

/** Whether an element starts its own block of text (judged by tag: computed styles would force layout). */
export function isBlockBoundary(element: Element): boolean {
  return !INLINE_TAGS.has(element.localName);
}

/** An element's open shadow root, if any. */
export const shadowRootOf = (element: Element): ShadowRoot | null =>
  (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;

/**
 * Yields the eligible text under `root` block by block, in document order, so callers can walk a
 * huge page in slices. `root` itself is assumed eligible (callers check `isInSkippedSubtree` for
 * roots other than the body). Blocks with no letters are dropped. An explicit stack, not
 * recursion: pages nest thousands of elements deep. Open shadow roots are walked too, and reported
 * to `onShadowRoot` so the caller can watch them; subtrees left out for their `hidden` attribute
 * are reported to `onHidden` (a page may show them later).
 */
export function* iterateTextBlocks(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  onHidden?: (element: Element) => void,
): Generator<TextBlock> {
  const rootContainer =
    root.nodeType === ELEMENT_NODE
      ? (root as Element)
      : root.nodeType === FRAGMENT_NODE
        ? ((root as ShadowRoot).host ?? null)
        : root.parentElement;
  if (!rootContainer) return;
  const containers: Element[] = [rootContainer];
  let current: TextBlock = { container: rootContainer, text: '', segments: [] };
  // Nodes still to visit, last first; `null` marks the end of the innermost open block's subtree.
  const work: Array<Node | null> = [];

  const pushChildren = (parent: Node) => {
    // Reversed, so that popping visits them in document order. Shadow content goes after the
    // light children, which it usually displays through slots.
    if (parent.nodeType === ELEMENT_NODE) {
      const shadow = shadowRootOf(parent as Element);
      if (shadow) {
        onShadowRoot?.(shadow);
        for (let child = shadow.lastChild; child; child = child.previousSibling) work.push(child);
      }
    }
    for (let child = parent.lastChild; child; child = child.previousSibling) work.push(child);
  };
  const hasText = (block: TextBlock) => block.segments.length > 0 && /\p{L}/u.test(block.text);

  if (root.nodeType === ELEMENT_NODE || root.nodeType === FRAGMENT_NODE) pushChildren(root);
  else work.push(root);

  while (work.length > 0) {
    const item = work.pop() as Node | null;
    if (item === null) {
      if (hasText(current)) yield current;
      containers.pop();
      current = { container: containers[containers.length - 1]!, text: '', segments: [] };
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const data = (item as Text).data;
      if (data.length === 0) continue;
      current.segments.push({ node: item as Text, start: current.text.length, data });
      current.text += data;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    if (isSkippedElement(element)) {
      if (onHidden && element.hasAttribute('hidden')) onHidden(element);
      continue;
    }
    if (element.localName === 'br') {
      // A line break separates words; it is whitespace in the block's text with no node behind it.
      current.text += '\n';
      continue;
    }
    if (isBlockBoundary(element)) {
      if (hasText(current)) yield current;
      containers.push(element);
      current = { container: element, text: '', segments: [] };
      work.push(null);
    }
    pushChildren(element);
  }
  if (hasText(current)) yield current;
}

/** All eligible text blocks under `root`, in document order (see `iterateTextBlocks`). */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...iterateTextBlocks(root)];
}

/**
 * The index of the segment an offset in `block.text` falls in (end-inclusive when `preferEnd`, so an
 * offset between two nodes is the first one's end), or -1 when none holds it.
 */
export function segmentAt(block: TextBlock, offset: number, preferEnd: boolean): number {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (!preferEnd && s.start === offset)) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low];
  if (!segment) return -1;
  const local = offset - segment.start;
  return local < 0 || local > segment.node.data.length ? -1 : low;
}

/** Maps an offset in `block.text` to the text node and offset it falls in (end-inclusive). */
export function locateOffset(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const index = segmentAt(block, offset, preferEnd);
  if (index < 0) return null;
  const segment = block.segments[index]!;
  return { node: segment.node, offset: offset - segment.start };
}
