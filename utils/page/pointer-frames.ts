/**
 * The mouse or pen pointer's latest position, handed on at most once per animation frame: a fast
 * pointer fires many moves a frame, and each hit-test reads layout. Touch is left to the page.
 * Ends with `signal`.
 */
export function onPointerFrames(
  doc: Document,
  requestFrame: (callback: FrameRequestCallback) => number,
  signal: AbortSignal,
  onFrame: (event: PointerEvent) => void,
): void {
  let latest: PointerEvent | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    if (latest && !signal.aborted) onFrame(latest);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      latest = event;
      frame ||= requestFrame(run);
    },
    { signal, capture: true, passive: true },
  );
  signal.addEventListener('abort', () => frame && cancelAnimationFrame(frame));
}
