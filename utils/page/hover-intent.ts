/**
 * When to open and close a hover card, after Wikipedia's Page Previews: a card opens once the
 * pointer has dwelt on a mention for `showDelayMs`, stays while the pointer is on the mention or
 * the card, and closes `hideDelayMs` after it leaves both (WCAG 2.1 SC 1.4.13: hoverable,
 * persistent, dismissible with Esc). With a card open, resting on another mention swaps the card
 * to it without closing it first. Pure timing logic; the caller reports where the pointer is.
 */
export interface HoverIntentOptions<T> {
  showDelayMs: number;
  hideDelayMs: number;
  same(a: T, b: T): boolean;
  onShow(target: T): void;
  onHide(): void;
}

export interface HoverIntent<T> {
  /** The pointer is over `target` (a mention), or over nothing of ours (`null`), or over the card. */
  pointerAt(target: T | null, overCard?: boolean): void;
  /**
   * Opens a card at once (keyboard, popup), replacing any open one. A pinned card ignores the
   * pointer leaving: it is closed by Esc, its close button, or by dwelling on another mention.
   */
  showNow(target: T, pinned?: boolean): void;
  /** Dwell time before a card opens, from the user's settings. */
  setShowDelay(ms: number): void;
  /** Closes at once and stops its timers (Esc, scroll away, settings change, teardown). */
  close(): void;
  readonly shown: T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  let shown: T | null = null;
  let pinned = false;
  let showDelayMs = options.showDelayMs;
  let pending: T | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelShow = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    pending = null;
  };
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const show = (target: T, pin = false) => {
    cancelShow();
    cancelHide();
    shown = target;
    pinned = pin;
    options.onShow(target);
  };
  /** Closes the open card; a card waiting to open for another mention still opens. */
  const hideShown = () => {
    cancelHide();
    if (shown === null) return;
    shown = null;
    pinned = false;
    options.onHide();
  };
  const close = () => {
    cancelShow();
    hideShown();
  };

  return {
    pointerAt(target, overCard = false) {
      if (overCard || (target !== null && shown !== null && options.same(shown, target))) {
        cancelShow();
        cancelHide();
        return;
      }
      if (target === null) {
        cancelShow();
        if (shown !== null && !pinned) hideTimer ??= setTimeout(hideShown, options.hideDelayMs);
        return;
      }
      // Straight from one mention to another: the open card stays (a hide timer only runs while a
      // card is open), and swaps to the new mention once the pointer has rested there for the hide
      // delay, or the show delay if that is shorter.
      cancelHide();
      if (pending === null || !options.same(pending, target)) {
        cancelShow();
        pending = target;
        showTimer = setTimeout(() => show(target), shown === null ? showDelayMs : Math.min(showDelayMs, options.hideDelayMs));
      }
    },
    showNow: show,
    setShowDelay(ms) {
      showDelayMs = ms;
    },
    close,
    get shown() {
      return shown;
    },
  };
}
