/**
 * Text left unmarked because nothing of it was drawn — a collapsed accordion, a "Read more" tail, a
 * closed <details>, a `hidden` section — is watched and handed back once the page shows it near the
 * screen. An IntersectionObserver sees every way of showing (class, style, attribute, media query)
 * on block and inline elements alike, without watching attributes all over the page; it only ever
 * holds hidden things, each until its first showing. Its first notice of an element is the state it
 * was watched in; `onRevealed` follows a change from unseen to seen. Ends with `signal`.
 */

/** Revealed text is handed back once it is within this margin of the screen (as highlights are drawn). */
const REVEAL_MARGIN = '100% 0px';
/** Most elements watched at once; beyond it, hidden text waits for a DOM change. */
export const MAX_REVEAL_WATCHES = 500;

export interface RevealWatcher {
  /** Watches `element` for its showing; it counts as seen until its first notice says otherwise. */
  watch(element: Element): void;
  /** The outermost undrawn element around an undrawn block: one watch per collapsed panel. */
  hiddenRootOf(container: Element): Element;
  /** Stops watching everything (a whole rescan is starting). */
  clear(): void;
}

/**
 * The element whose box shows `element`'s content: itself, or for `display: contents` (no box of its
 * own, children drawn) the nearest ancestor with one; null when it is not drawn at all —
 * `display: none` or `content-visibility: hidden`, its own or an ancestor's — so not marked.
 */
export function drawnBox(element: Element): Element | null {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return element;
  const parent = element.parentElement;
  const view = element.ownerDocument.defaultView;
  return parent !== null && view !== null && view.getComputedStyle(element).display === 'contents' ? drawnBox(parent) : null;
}

export function watchReveals(
  view: Window,
  options: { onRevealed(element: Element): void; onError(error: unknown): void; signal: AbortSignal },
): RevealWatcher {
  const watched = new Map<Element, boolean>();
  const Observer = (view as Window & typeof globalThis).IntersectionObserver;
  const observer =
    typeof Observer === 'function'
      ? new Observer(
          (entries) => {
            try {
              for (const { target, isIntersecting } of entries) {
                const seenBefore = watched.get(target);
                if (seenBefore === undefined) continue;
                if (!isIntersecting || seenBefore) {
                  watched.set(target, isIntersecting);
                  continue;
                }
                observer!.unobserve(target);
                watched.delete(target);
                if (target.isConnected) options.onRevealed(target);
              }
            } catch (error) {
              options.onError(error);
            }
          },
          { rootMargin: REVEAL_MARGIN },
        )
      : null;
  const clear = () => {
    observer?.disconnect();
    watched.clear();
  };
  options.signal.addEventListener('abort', clear);

  return {
    watch(element) {
      if (!observer || options.signal.aborted || watched.has(element) || watched.size >= MAX_REVEAL_WATCHES) return;
      watched.set(element, true);
      observer.observe(element);
    },
    hiddenRootOf(container) {
      let hidden = container;
      const body = container.ownerDocument.body;
      for (let parent = hidden.parentElement; parent && parent !== body; parent = parent.parentElement) {
        if (watched.has(parent)) return parent;
        if (drawnBox(parent)) break;
        hidden = parent;
      }
      return hidden;
    },
    clear,
  };
}
