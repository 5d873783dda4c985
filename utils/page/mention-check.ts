/**
 * Whether a document may mention anyone from the packs, before anything is set up to mark it. Most
 * pages and frames name nobody: for them, reading their text once is all the work there is — no
 * annotator, no observers of what is on screen, no layout reads. The check is the annotator's own
 * walk with a test of each block's text: the name gate's keys before the scanner is even loaded
 * (utils/matcher/name-gate.ts), the scanner itself once it is (utils/matcher/may-name.ts). It errs
 * only towards "maybe" (text that is not drawn still counts; an open shadow root, whose later
 * changes only the annotator follows, counts as "maybe"; a `hidden` subtree counts if its text may
 * name someone), and so does a page too long to read within one short task. Until it says
 * "maybe", the page's changes are checked again, block by block, at most every 250 ms, those inside
 * `hidden` subtrees included.
 *
 * The bootstrap first tries a looser test on a root's whole text (`textContent`, one call into the
 * engine): most frames that name nobody end there, before any walk. `textContent` holds every
 * block's text and more (scripts, styles), glued end to end, so a loose test that looks for keys
 * anywhere misses nothing a block holds, with one exception no page writes: a word split by a left-out
 * element's own text (`Pu<script>…</script>tin`). Open shadow roots, which it leaves out, send
 * the check on to the walk.
 */
import { outermostRoots, watchMutationRoots } from './mutation-roots';
import { isInSkippedSubtree, isSkippedElement, iterateTextBlocks, shadowRootOf } from './text-blocks';

const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/** Checks after page changes are at most this frequent (the frame gate's rhythm). */
const CHECK_INTERVAL_MS = 250;

/**
 * The check is one task, so it stops at this much work and says "maybe": a long page is then walked
 * by the annotator, in slices that leave the page responsive. A short page that names nobody is
 * read in well under it.
 */
const CHECK_BUDGET_MS = 8;
/** A block this long is left to the annotator, which scans it in windows, one slice at a time. */
const MAX_CHECK_CHARS = 100_000;

/** Whether a block's text may name anyone. */
export type MayName = (text: string) => boolean;

export interface CheckOptions {
  /** The longest the block-by-block check may take (CHECK_BUDGET_MS when not given). */
  budgetMs?: number;
  /**
   * A looser test of a root's whole text at once, tried before the walk: where it says no, and no
   * open shadow root holds text it did not see, the root names nobody. It must say "maybe"
   * wherever `mayName` would for any block of the text (the loose name gate, utils/matcher/name-gate.ts).
   */
  wholeText?: MayName;
}

/** Whether `root`'s text may name anyone by `mayName` (see above: "maybe" when unsure). */
export function mayMention(root: Node, mayName: MayName, { budgetMs = CHECK_BUDGET_MS, wholeText }: CheckOptions = {}): boolean {
  if (wholeText && !wholeText(root.textContent ?? '') && !holdsShadowRoot(root)) return false;
  const deadline = performance.now() + budgetMs;
  let unsure = false;
  const onShadowRoot = () => (unsure = true);
  // A `hidden` subtree may be shown later by an attribute change, which the watch below does not
  // see: it counts if its own text may name someone (the watch checks changes of that text).
  const onHidden = (element: Element) => {
    if (!unsure && readMayName(element)) unsure = true;
  };
  const readMayName = (from: Node): boolean => {
    for (const block of iterateTextBlocks(from, onShadowRoot, onHidden)) {
      if (unsure || block.text.length > MAX_CHECK_CHARS || performance.now() > deadline) return true;
      if (mayName(block.text)) return true;
    }
    return unsure;
  };
  return readMayName(root);
}

/**
 * Whether `root` or an element under it hosts an open shadow root, whose text `textContent` leaves
 * out. One pass over the elements, which the engine lists at once: far less than the walk.
 */
function holdsShadowRoot(root: Node): boolean {
  if (root.nodeType === ELEMENT_NODE) {
    if (shadowRootOf(root as Element)) return true;
  } else if (root.nodeType !== FRAGMENT_NODE) return false;
  const elements = (root as Element | DocumentFragment).querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) if (shadowRootOf(elements[i]!)) return true;
  return false;
}

/**
 * Whether `node` lies in a subtree scanning leaves out for a reason other than `hidden` (a script,
 * a form field, an editor, an opt-out): text inside a `hidden` subtree is checked like the rest,
 * since the page may show it by removing the attribute, which the watch does not see.
 */
const isKeptOutForGood = (node: Node): boolean => isInSkippedSubtree(node, (el) => isSkippedElement(el) && !el.hasAttribute('hidden'));

/**
 * Resolves once `doc` may name anyone by `mayName`: at once when it already may, otherwise after
 * a change of the page that may (the blocks it changed, gathered as the annotator gathers them).
 * Rejects with the signal's reason when `signal` aborts first.
 */
export function whenMayMention(doc: Document, mayName: MayName, signal: AbortSignal, options: CheckOptions = {}): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (!doc.body || mayMention(doc.body, mayName, options)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const watching = new AbortController();
    const settle = (error?: unknown) => {
      watching.abort();
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = () => settle(signal.reason);
    signal.addEventListener('abort', onAbort);
    watchMutationRoots(doc, {
      batchMs: CHECK_INTERVAL_MS,
      onBatch: (roots) => {
        for (const root of outermostRoots(roots)) {
          if (root !== doc.body && isKeptOutForGood(root)) continue;
          if (mayMention(root, mayName, options)) return settle();
        }
      },
      onError: settle,
      signal: watching.signal,
    });
  });
}
