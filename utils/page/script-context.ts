/**
 * The content script's context: its lifetime as one AbortSignal, and the animation frames and
 * address watching that end with it. wxt.config.ts puts this class in place of WXT's `ContentScriptContext` for the
 * content script build (WXT's entry wrapper constructs it and passes it to `main`), because WXT's
 * costs 4–7 ms of every frame's start in Chromium: it reads `runtime.id` (the first touch of
 * `runtime` builds its whole binding), posts a message to the page's window and installs a
 * location watcher every frame, most of which never needs one. This one touches no extension API.
 *
 * What it keeps of WXT's: an AbortSignal that every teardown hangs off (`onInvalidated`); when a
 * newer copy of the script gets to work in the same document (the extension was updated or
 * reloaded), it announces itself with an event on the document and the older copy stops
 * (`claimDocument`). A page can send that event too, and so stop the extension on itself, which
 * it could also do by removing its text.
 * The address is watched only when someone asks (`onLocationChange`): with the Navigation API
 * (Chromium) or, where there is none, by reading `location.href` every second.
 */

/** Dispatched on the document by every copy that claims it; the older copies stop. */
const STARTED_EVENT = 'contextual-briefings:script-started';
/** How often the address is read where the Navigation API is missing (WXT reads it as often). */
const LOCATION_POLL_MS = 1_000;

/** What the session needs of a context (WXT's and this one both have it). */
export interface ScriptContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): () => void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}

export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  readonly #announce: () => void;

  /** `options` are WXT's content script options; its entry wrapper passes them, nothing here reads them. */
  constructor(contentScriptName: string, _options?: unknown, doc: Document = document) {
    const type = `${STARTED_EVENT}:${contentScriptName}`;
    let announced = false;
    this.#announce = () => {
      if (announced || this.isInvalid) return;
      announced = true;
      // Announced before listening, so a copy never hears itself.
      doc.dispatchEvent(new CustomEvent(type));
      const onNewer = () => this.abort('a newer copy started');
      doc.addEventListener(type, onNewer);
      this.onInvalidated(() => doc.removeEventListener(type, onNewer));
    };
  }

  /**
   * Claims the document for this copy: older copies that claimed it stop, and this one stops when
   * a newer one claims it. A copy claims only once it has work there (its main part loaded), so
   * the many frames that never get that far build no event and no listener; an older copy that
   * has not claimed has nothing running to stop. Once only; nothing after the context ended.
   */
  claimDocument(): void {
    this.#announce();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    return this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  /** Calls `callback` once when the context ends; returns a function that removes it. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /**
   * Calls `listener` with the new address whenever it changes without a new document (a
   * single-page app's navigation), until the context ends. WXT's context offers this as the
   * `wxt:locationchange` event of its `addEventListener`.
   */
  onLocationChange(view: Window, listener: (url: URL) => void): void {
    if (!this.isInvalid) this.#watchLocation(view, listener);
  }

  /** The frame's cancel-on-end is dropped once it has run, so a pointer moving all day leaves none behind. */
  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      removeCancel();
      if (!this.isInvalid) callback(time);
    });
    const removeCancel = this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  #watchLocation(view: Window, listener: (url: URL) => void): void {
    let last = view.location.href;
    const changedTo = (href: string) => {
      if (href === last) return;
      last = href;
      listener(new URL(href));
    };
    const navigation = (view as unknown as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changedTo((event as Event & { destination: { url: string } }).destination.url), { signal: this.signal });
    } else {
      const timer = setInterval(() => changedTo(view.location.href), LOCATION_POLL_MS);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
