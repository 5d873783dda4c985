/** The sheet follows a touch down and closes past the threshold; short drags, mouse drags and a card beside a mention stay. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onSheetSwipe, SWIPE_CLOSE_PX } from './sheet-swipe';

let element: HTMLElement;
let stop: () => void;
let active: boolean;
const onDrag = vi.fn();
const onSwipe = vi.fn();

beforeEach(() => {
  element = document.createElement('div');
  document.body.append(element);
  active = true;
  onDrag.mockClear();
  onSwipe.mockClear();
  stop = onSheetSwipe(element, { active: () => active, onDrag, onSwipe });
});
afterEach(() => {
  stop();
  element.remove();
});

function drag(pointerType: string, ys: number[], last: 'pointerup' | 'pointercancel' = 'pointerup') {
  const at = (type: string, y: number) => element.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType, clientY: y, bubbles: true }));
  at('pointerdown', ys[0]!);
  for (const y of ys.slice(1)) at('pointermove', y);
  at(last, ys.at(-1)!);
}

describe('onSheetSwipe', () => {
  it('drags the sheet with the finger and closes it past the threshold', () => {
    drag('touch', [300, 330, 300 + SWIPE_CLOSE_PX + 10]);
    expect(onDrag.mock.calls.map(([y]) => y)).toEqual([30, SWIPE_CLOSE_PX + 10, 0]);
    expect(onSwipe).toHaveBeenCalledTimes(1);
  });

  it('springs back from a short drag, an upward one, or a cancelled one', () => {
    drag('touch', [300, 320]);
    drag('touch', [300, 100]);
    drag('touch', [300, 500], 'pointercancel');
    expect(onSwipe).not.toHaveBeenCalled();
    expect(onDrag).toHaveBeenLastCalledWith(0);
  });

  it('leaves the mouse, and a card that is not a sheet, alone', () => {
    drag('mouse', [300, 500]);
    active = false;
    drag('touch', [300, 500]);
    expect(onDrag).not.toHaveBeenCalled();
    expect(onSwipe).not.toHaveBeenCalled();
  });
});
