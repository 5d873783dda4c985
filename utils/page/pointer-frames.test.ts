/** onPointerFrames in happy-dom with frames run by hand: one call a frame with the latest move, touch ignored, nothing after the signal ends. */
import { describe, expect, it } from 'vitest';
import { onPointerFrames } from './pointer-frames';

function setUp() {
  const frames: FrameRequestCallback[] = [];
  const controller = new AbortController();
  const seen: number[] = [];
  onPointerFrames(document, (callback) => frames.push(callback), controller.signal, (event) => seen.push(event.clientX));
  const move = (x: number, pointerType = 'mouse') => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, pointerType }));
  const runFrames = () => frames.splice(0).forEach((callback) => callback(0));
  return { frames, controller, seen, move, runFrames };
}

describe('onPointerFrames', () => {
  it('hands on the latest move once per frame', () => {
    const { frames, seen, move, runFrames } = setUp();
    move(10);
    move(20);
    move(30);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(seen).toEqual([30]);
    move(40);
    runFrames();
    expect(seen).toEqual([30, 40]);
  });

  it('leaves touch to the page', () => {
    const { frames, move } = setUp();
    move(10, 'touch');
    expect(frames).toHaveLength(0);
  });

  it('does nothing once the signal ends', () => {
    const { controller, seen, move, runFrames } = setUp();
    move(10);
    controller.abort();
    runFrames();
    move(20);
    runFrames();
    expect(seen).toEqual([]);
  });
});
