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
 */
import { outermostRoots, watchMutationRoots } from './mutation-roots';
import { isInSkippedSubtree, isSkippedElement, iterateTextBlocks } from './text-blocks';

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

/** Whether `root`'s text may name anyone by `mayName` (see above: "maybe" when unsure). */
export function mayMention(root: Node, mayName: MayName, budgetMs = CHECK_BUDGET_MS): boolean {
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
export function whenMayMention(doc: Document, mayName: MayName, signal: AbortSignal, budgetMs = CHECK_BUDGET_MS): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (!doc.body || mayMention(doc.body, mayName, budgetMs)) return Promise.resolve();
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
          if (mayMention(root, mayName, budgetMs)) return settle();
        }
      },
      onError: settle,
      signal: watching.signal,
    });
  });
}
