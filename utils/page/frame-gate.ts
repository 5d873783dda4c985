/**
 * Whether a frame is worth annotating yet. Most frames of a page are ads, tracking pixels, empty
 * embeds and widgets: 0×0 or 1×1 frames, or frames with no text at all. Such a frame gets nothing
 * but this check until it grows or shows text, so it costs no more than the content script's
 * bootstrap: no storage reads of the index, no walk, no observers of the whole document.
 */

/** A frame at most this many CSS pixels wide or high is a pixel or a hidden slot, not a reader's view. */
export const TINY_FRAME_PX = 2;
/** Checks for text after page changes are at most this frequent. */
const TEXT_CHECK_INTERVAL_MS = 250;

/** Elements whose text is never shown as text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const NOT_TEXT_SELECTOR = [...NOT_TEXT].map((tag) => tag.toLowerCase()).join(',');

/**
 * True when the document has at least one text node with something other than white space. The
 * body's `textContent` answers most frames in one call (no text at all, or text and nothing that
 * hides text); only a body holding scripts or the like is walked node by node.
 */
export function hasVisibleText(doc: Document): boolean {
  const body = doc.body;
  if (!body || !/\S/.test(body.textContent ?? '')) return false;
  if (!body.querySelector(NOT_TEXT_SELECTOR)) return true;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && NOT_TEXT.has(parent.tagName)) continue;
    if (/\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/** True when the frame's viewport is a pixel or a sliver. */
export function isTinyFrame(view: Window): boolean {
  return view.innerWidth <= TINY_FRAME_PX || view.innerHeight <= TINY_FRAME_PX;
}

/**
 * Resolves once `view`'s document is worth annotating: it is not tiny and has text. The top frame
 * is always worth it. Until then it listens only for its own frame being resized and, while it
 * has no text, for changes to its document (checked at most every 250 ms). Rejects with the
 * signal's reason when `signal` aborts first.
 */
export function whenFrameWorthAnnotating(view: Window & typeof globalThis, signal: AbortSignal): Promise<void> {
  const doc = view.document;
  const ready = () => view === view.top || (!isTinyFrame(view) && hasVisibleText(doc));
  if (ready()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new view.MutationObserver(() => {
      timer ??= setTimeout(check, TEXT_CHECK_INTERVAL_MS);
    });
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      view.removeEventListener('resize', onResize);
      signal.removeEventListener('abort', onAbort);
    };
    const check = () => {
      timer = undefined;
      if (!ready()) return;
      stop();
      resolve();
    };
    // A tiny frame is not watched for text: only growing can make it worth a look.
    const onResize = () => {
      if (isTinyFrame(view)) {
        observer.disconnect();
        return;
      }
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      check();
    };
    const onAbort = () => {
      stop();
      reject(signal.reason);
    };
    view.addEventListener('resize', onResize);
    signal.addEventListener('abort', onAbort);
    if (!isTinyFrame(view)) observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}
