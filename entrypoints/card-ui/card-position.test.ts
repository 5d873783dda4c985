import type { Platform, Rect, VirtualElement } from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, chooseCardPlacement, FRAME_MARGIN, positionCard, type Room } from './card-position';

/** A card at its largest at the default font: 24em wide, capped at 32em tall (briefing-card.css). */
const CARD = { width: 336, height: 448 };

describe('chooseCardPlacement', () => {
  const room = (top: number, bottom: number, left: number, right: number, height = 784): Room => ({ top, bottom, left, right, height });

  it.each([
    ['below when the card fits there', room(100, 600, 400, 400), 'bottom-start'],
    ['above when it fits only there', room(600, 100, 400, 400), 'top-start'],
    ['below on a tie where it fits on neither', room(300, 300, 400, 400), 'bottom-start'],
    ['the roomier of above and below when that room is readable', room(190, 20, 400, 400, 224), 'top-start'],
    ['beside the mention in a short, wide frame: right when the card fits there', room(97, 98, 464, 340, 224), 'right-start'],
    ['left when the right is narrower than the card and the left is wider', room(97, 98, 464, 266, 224), 'left-start'],
    ['right when neither side takes the whole card but the right is wider', room(97, 98, 250, 300, 224), 'right-start'],
    ['above or below when no side is wide enough to read', room(97, 98, 200, 180, 224), 'bottom-start'],
    ['above or below when the frame is no taller there beside the mention', room(60, 20, 400, 400, 60), 'top-start'],
  ] as const)('%s', (_, given, expected) => {
    expect(chooseCardPlacement(given, CARD)).toBe(expected);
  });

  it('keeps a card that a previous placement cut to its room on the same side', () => {
    // Beside the mention, cut to the frame's height: still too tall above or below.
    expect(chooseCardPlacement(room(97, 98, 464, 266, 224), { width: 336, height: 224 })).toBe('left-start');
    // Above, cut to the 190 px there: it does not fit below, so it stays above.
    expect(chooseCardPlacement(room(190, 20, 400, 400, 224), { width: 336, height: 190 })).toBe('top-start');
  });
});

/**
 * A frame without layout: the viewport is `frame`, the mention is `mention`, and the card's
 * border box is its natural size capped by the `--cb-max-*` properties `positionCard` sets on the
 * layer, as briefing-card.css does in a browser.
 */
function fakeFrame(frame: { width: number; height: number }, natural = CARD): Partial<Platform> {
  const cardSize = (layer: HTMLElement) => {
    const cap = (name: string) => Number.parseFloat(layer.style.getPropertyValue(name)) || Infinity;
    return { width: Math.min(natural.width, cap('--cb-max-width')), height: Math.min(natural.height, cap('--cb-max-height')) };
  };
  return {
    getElementRects: ({ reference, floating }) => ({
      reference: (reference as VirtualElement).getBoundingClientRect() as Rect,
      floating: { x: 0, y: 0, ...cardSize(floating) },
    }),
    getDimensions: (element) => cardSize(element as HTMLElement),
    getClippingRect: () => ({ x: 0, y: 0, ...frame }),
    getOffsetParent: () => undefined as unknown as Element,
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    isRTL: () => false,
  };
}

function mentionAt(left: number, top: number, width: number, height = 18): VirtualElement {
  const rect = new DOMRect(left, top, width, height);
  return { getBoundingClientRect: () => rect, getClientRects: () => [rect] };
}

async function place(frame: { width: number; height: number }, mention: VirtualElement) {
  const layer = document.createElement('div');
  const platform = fakeFrame(frame);
  const { x, y, placement } = await positionCard(mention, layer, platform);
  const { width, height } = platform.getDimensions!(layer) as { width: number; height: number };
  return { placement, card: new DOMRect(x, y, width, height), maxHeight: layer.style.getPropertyValue('--cb-max-height') };
}

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('positionCard in a 792×240 frame', () => {
  const frame = { width: 792, height: 240 };

  it.each([
    ['on the last line: above, cut to the room there', mentionAt(160, 204, 40), 'top-start'],
    ['across the middle: beside the mention, as tall as the frame allows', mentionAt(478, 111, 35), 'left-start'],
    ['on the first line: below', mentionAt(300, 12, 40), 'bottom-start'],
    ['at the right edge: below, moved left into the frame', mentionAt(740, 12, 40), 'bottom-start'],
  ] as const)('a mention %s', async (_, mention, expected) => {
    const { placement, card } = await place(frame, mention);
    expect(placement).toBe(expected);
    expect(card.left).toBeGreaterThanOrEqual(FRAME_MARGIN);
    expect(card.top).toBeGreaterThanOrEqual(FRAME_MARGIN);
    expect(card.right).toBeLessThanOrEqual(frame.width - FRAME_MARGIN);
    expect(card.bottom).toBeLessThanOrEqual(frame.height - FRAME_MARGIN);
    expect(overlaps(card, mention.getBoundingClientRect())).toBe(false);
    // Every placement here cuts the 448 px card: it scrolls inside.
    expect(card.height).toBeLessThan(CARD.height);
  });

  it('gives the card above a last-line mention every pixel between the frame margin and the gap', async () => {
    const mention = mentionAt(160, 204, 40);
    const { card, maxHeight } = await place(frame, mention);
    expect(maxHeight).toBe(`${204 - CARD_GAP - FRAME_MARGIN}px`);
    expect(card.bottom).toBe(204 - CARD_GAP);
  });

  it('leaves a card that fits uncut, below the mention, in a tall viewport', async () => {
    const mention = mentionAt(300, 100, 40);
    const { placement, card } = await place({ width: 1280, height: 800 }, mention);
    expect(placement).toBe('bottom-start');
    expect(card.top).toBe(100 + 18 + CARD_GAP);
    expect(card.height).toBe(CARD.height);
  });
});
