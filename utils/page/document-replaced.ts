/**
 * `document.open()` and `document.write()` replace a page's root element and body, and with them
 * every listener and observer bound to the old ones.
 */

/**
 * Calls `onReplaced` once the document has a new root element with a body (after `document.open()`
 * and `document.write()`); returns the teardown. A MutationObserver on the document node itself
 * survives `document.open()`, which erases event listeners but not observers.
 */
export function watchDocumentReplaced(onReplaced: () => void, report: (error: unknown) => void): () => void {
  let root = document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenBodyExists = (triesLeft: number) => {
    timer = setTimeout(() => {
      if (document.body) onReplaced();
      else if (triesLeft > 0) whenBodyExists(triesLeft - 1);
    }, 50);
  };
  const observer = new MutationObserver(() => {
    try {
      if (document.documentElement === root || !document.documentElement) return;
      root = document.documentElement;
      clearTimeout(timer);
      whenBodyExists(40);
    } catch (error) {
      report(error);
    }
  });
  observer.observe(document, { childList: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
