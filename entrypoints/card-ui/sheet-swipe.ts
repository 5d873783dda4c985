/**
 * Swipe down to close the card shown as a bottom sheet: a touch that starts on the sheet and moves
 * down drags it along (`onDrag`), and one released past `SWIPE_CLOSE_PX` closes it (`onSwipe`);
 * a shorter one lets it spring back (`onDrag(0)`). Mouse and pen are left alone. Returns the teardown.
 */

/** How far down a touch must carry the sheet to close it: about a third of a short card. */
export const SWIPE_CLOSE_PX = 64;

export interface SheetSwipeOptions {
  /** Whether the element is a sheet now (the same layer also shows the card beside a mention). */
  active(): boolean;
  onDrag(offset: number): void;
  onSwipe(): void;
}

export function onSheetSwipe(element: HTMLElement, options: SheetSwipeOptions): () => void {
  const controller = new AbortController();
  const listen = { signal: controller.signal, passive: true };
  let from: { id: number; y: number } | null = null;
  const offset = (event: PointerEvent) => Math.max(0, event.clientY - (from?.y ?? event.clientY));
  const end = (event: PointerEvent, released: boolean) => {
    if (from?.id !== event.pointerId) return;
    const moved = offset(event);
    from = null;
    options.onDrag(0);
    if (released && moved >= SWIPE_CLOSE_PX) options.onSwipe();
  };
  element.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch' && options.active()) from = { id: event.pointerId, y: event.clientY };
    },
    listen,
  );
  element.addEventListener(
    'pointermove',
    (event) => {
      if (from?.id === event.pointerId) options.onDrag(offset(event));
    },
    listen,
  );
  element.addEventListener('pointerup', (event) => end(event, true), listen);
  element.addEventListener('pointercancel', (event) => end(event, false), listen);
  return () => controller.abort();
}
