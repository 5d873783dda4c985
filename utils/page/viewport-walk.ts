/**
 * The viewport-first walk: a scheduler job that takes a root's blocks in document order and tells
 * which of them are on screen as it finds them, so what the reader sees is marked within the first
 * slices and the rest can wait for idle time.
 */
import type { Job } from './schedule';
import type { TextBlock } from './text-blocks';

export type Place = 'above' | 'on-screen' | 'below';

/**
 * Blocks come in document order, which is mostly top to bottom: once this many in a row lie below
 * the viewport, the rest are taken to be below it too and no longer measured (one layout read per
 * block would be a fifth of the work on long pages).
 */
export const BELOW_VIEWPORT_STREAK = 64;

/** Where `block` lies against `view`'s viewport; a block off to the side counts as above (already passed). */
export function placeOf(block: TextBlock, view: Window): Place {
  const rect = block.container.getBoundingClientRect();
  if (rect.top > view.innerHeight) return 'below';
  if (rect.bottom < 0) return 'above';
  return rect.right >= 0 && rect.left <= view.innerWidth ? 'on-screen' : 'above';
}

/**
 * A job that hands each of `blocks` to `onBlock` with whether it is on screen, until the slice's
 * deadline; it is finished when the blocks are.
 */
export function viewportFirstWalk(blocks: Iterator<TextBlock>, view: Window, onBlock: (block: TextBlock, onScreen: boolean, deadline: number) => void): Job {
  let belowInARow = 0;
  return (deadline) => {
    while (performance.now() < deadline) {
      const next = blocks.next();
      if (next.done) return true;
      const block = next.value;
      const place = belowInARow < BELOW_VIEWPORT_STREAK ? placeOf(block, view) : 'below';
      belowInARow = place === 'below' ? belowInARow + 1 : 0;
      onBlock(block, place === 'on-screen', deadline);
    }
    return false;
  };
}
