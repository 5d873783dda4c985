/**
 * Whether a document may mention anyone from the packs, before anything is set up to mark it. Most
 * pages and frames name nobody: for them, reading their text once through the scanner is all the
 * work there is — no annotator, no observers of what is on screen, no layout reads. The check is
 * the annotator's own walk and scanner without the drawing: it errs only towards "maybe" (text that
 * is not drawn still counts; an open shadow root or a `hidden` subtree, whose later changes only the
 * annotator follows, counts as "maybe"; so does a first word of a phrase whose rest is not loaded).
 * So does a page too long to read within one short task. Until it says "maybe", the page's changes
 * are checked again, block by block, at most every 250 ms.
 */
import { TrieNotLoadedError, findMentions, type MentionIndex } from '../matcher';
import { blockRootOf, isOwnNode } from './mutation-roots';
import { isInSkippedSubtree, iterateTextBlocks } from './text-blocks';

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

/** Whether `root`'s text may mention an entity of `index` (see above: "maybe" when unsure). */
export function mayMention(root: Node, index: MentionIndex, budgetMs = CHECK_BUDGET_MS): boolean {
  const deadline = performance.now() + budgetMs;
  let unsure = false;
  const blocks = iterateTextBlocks(
    root,
    () => (unsure = true),
    () => (unsure = true),
  );
  for (const block of blocks) {
    if (unsure || block.text.length > MAX_CHECK_CHARS || performance.now() > deadline) return true;
    try {
      if (findMentions(block.text, index).length > 0) return true;
    } catch (error) {
      if (error instanceof TrieNotLoadedError) return true;
      throw error;
    }
  }
  return unsure;
}

/**
 * Resolves once `doc` may mention an entity of `index`: at once when it already may, otherwise after
 * a change of the page that may. Rejects with the signal's reason when `signal` aborts first.
 */
export function whenMayMention(doc: Document, index: MentionIndex, signal: AbortSignal, budgetMs = CHECK_BUDGET_MS): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (!doc.body || mayMention(doc.body, index, budgetMs)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const changed = new Set<Node>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const check = () => {
      timer = undefined;
      const roots = [...changed];
      changed.clear();
      try {
        for (const root of roots) {
          if (!root.isConnected || (root !== doc.body && isInSkippedSubtree(root))) continue;
          if (mayMention(root, index, budgetMs)) {
            stop();
            resolve();
            return;
          }
        }
      } catch (error) {
        stop();
        reject(error);
      }
    };
    const observer = new (doc.defaultView ?? window).MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (isOwnNode(mutation.target)) continue;
        const root = blockRootOf(mutation.target);
        if (root) changed.add(root);
        for (const added of mutation.addedNodes) {
          const addedRoot = isOwnNode(added) ? null : blockRootOf(added);
          if (addedRoot) changed.add(addedRoot);
        }
      }
      if (changed.size > 0) timer ??= setTimeout(check, CHECK_INTERVAL_MS);
    });
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.body!, { childList: true, subtree: true, characterData: true });
  });
}
