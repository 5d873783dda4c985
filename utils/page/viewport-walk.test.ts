/**
 * The viewport-first walk in happy-dom, with block boxes set by hand: each block is handed on with
 * whether it is on screen, a slice stops at its deadline and the next call goes on, and after a
 * long run of blocks below the viewport the rest are no longer measured.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TextBlock } from './text-blocks';
import { BELOW_VIEWPORT_STREAK, placeOf, viewportFirstWalk } from './viewport-walk';

const view = { innerWidth: 1000, innerHeight: 800 } as Window;

function blockAt(top: number, left = 0): TextBlock {
  const container = document.createElement('p');
  container.getBoundingClientRect = () => new DOMRect(left, top, 300, 20);
  return { container, text: '', segments: [] };
}

describe('placeOf', () => {
  it('tells below, on screen and above from the block box', () => {
    expect(placeOf(blockAt(900), view)).toBe('below');
    expect(placeOf(blockAt(100), view)).toBe('on-screen');
    expect(placeOf(blockAt(-100), view)).toBe('above');
    // Off to the side (a carousel slide): not on screen, and not below.
    expect(placeOf(blockAt(100, 1200), view)).toBe('above');
  });
});

describe('viewportFirstWalk', () => {
  it('hands every block on with whether it is on screen, and finishes with them', () => {
    const blocks = [blockAt(-100), blockAt(100), blockAt(900)];
    const seen: [TextBlock, boolean][] = [];
    const walk = viewportFirstWalk(blocks.values(), view, (block, onScreen) => seen.push([block, onScreen]));
    expect(walk(performance.now() + 1_000)).toBe(true);
    expect(seen).toEqual([
      [blocks[0], false],
      [blocks[1], true],
      [blocks[2], false],
    ]);
  });

  it('stops at the deadline and goes on where it stopped', () => {
    const blocks = [blockAt(0), blockAt(20), blockAt(40)];
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const seen: TextBlock[] = [];
    const walk = viewportFirstWalk(blocks.values(), view, (block) => {
      seen.push(block);
      now += 5;
    });
    expect(walk(8)).toBe(false);
    expect(seen).toEqual(blocks.slice(0, 2));
    expect(walk(100)).toBe(true);
    expect(seen).toEqual(blocks);
    clock.mockRestore();
  });

  it('stops measuring after a long run of blocks below the viewport', () => {
    const below = Array.from({ length: BELOW_VIEWPORT_STREAK }, (_, i) => blockAt(900 + i * 20));
    const late = blockAt(100);
    const measure = vi.spyOn(late.container, 'getBoundingClientRect');
    const onScreen: boolean[] = [];
    const walk = viewportFirstWalk([...below, late].values(), view, (_, on) => onScreen.push(on));
    expect(walk(performance.now() + 1_000)).toBe(true);
    expect(measure).not.toHaveBeenCalled();
    expect(onScreen.at(-1)).toBe(false);
  });
});
