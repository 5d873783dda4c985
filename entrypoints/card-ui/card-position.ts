/**
 * Where the card goes and how big it may be, in the frame it opens in (a page's viewport or a small
 * iframe's): on the side of the mention with room for it, never over the mention, and no larger
 * than the room there is. The card scrolls inside its own border when its content is taller
 * (briefing-card.css reads the `--cb-max-*` properties set here).
 */
import { computePosition, detectOverflow, offset, shift, size, type Middleware, type Placement, type Platform, type VirtualElement } from '@floating-ui/dom';

/** Between the mention and the card. */
export const CARD_GAP = 6;
/** Between the card and the frame's edges. */
export const FRAME_MARGIN = 8;
/**
 * Below about four lines of text a card above or below the mention shows too little to read; a
 * short, wide frame (an embed) then has more room beside the mention.
 */
export const MIN_ROOM_HEIGHT = 120;
/** Narrower than this, lines of the briefing get a few words each. */
export const MIN_ROOM_WIDTH = 240;

/** The free space beside each edge of the mention, inside the frame's margin and past the gap. */
export interface Room {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The frame's whole height inside its margins: what a card beside the mention may take. */
  height: number;
}

/**
 * The side for a card of `card` size: below the mention when it fits there, else above when it
 * fits there; when it fits on neither, whichever of the two has more room, unless that room is
 * under `MIN_ROOM_HEIGHT` and one beside the mention is at least `MIN_ROOM_WIDTH` wide.
 */
export function chooseCardPlacement(room: Room, card: { width: number; height: number }): Placement {
  if (card.height <= room.bottom) return 'bottom-start';
  if (card.height <= room.top) return 'top-start';
  const vertical: Placement = room.top > room.bottom ? 'top-start' : 'bottom-start';
  const verticalRoom = Math.max(room.top, room.bottom);
  if (verticalRoom >= MIN_ROOM_HEIGHT || room.height <= verticalRoom) return vertical;
  const widthNeeded = Math.min(card.width, MIN_ROOM_WIDTH);
  if (Math.max(room.left, room.right) < widthNeeded) return vertical;
  return room.right >= card.width || room.right >= room.left ? 'right-start' : 'left-start';
}

/**
 * Picks the side with `chooseCardPlacement`. floating-ui's `flip` judges each side by how far the
 * card would overflow at its unshifted spot, so it cannot tell which side shows more of a card that
 * fits on none; this middleware measures the room around the mention instead.
 */
function cardSide(): Middleware {
  return {
    name: 'cardSide',
    async fn(state) {
      // The mention's rect against the card's clipping boundary (the frame's viewport): negative
      // overflow is free space.
      const overflow = await detectOverflow(state, { elementContext: 'reference', altBoundary: true, padding: FRAME_MARGIN });
      const room: Room = {
        top: -overflow.top - CARD_GAP,
        bottom: -overflow.bottom - CARD_GAP,
        left: -overflow.left - CARD_GAP,
        right: -overflow.right - CARD_GAP,
        height: state.rects.reference.height - overflow.top - overflow.bottom,
      };
      const placement = chooseCardPlacement(room, state.rects.floating);
      return placement === state.placement ? {} : { reset: { placement } };
    },
  };
}

export interface CardPosition {
  x: number;
  y: number;
  placement: Placement;
}

/**
 * Places `layer` (the card's fixed wrapper) at `anchor` and caps the card's size to the room on its
 * side. `platform` is a test seam for a frame without layout.
 */
export async function positionCard(anchor: VirtualElement, layer: HTMLElement, platform?: Partial<Platform>): Promise<CardPosition> {
  const { x, y, placement } = await computePosition(anchor, layer, {
    strategy: 'fixed',
    placement: 'bottom-start',
    ...(platform && { platform: platform as Platform }),
    middleware: [
      cardSide(),
      offset(CARD_GAP),
      // Only along the mention's edge (crossAxis off): sliding across it would cover the mention.
      shift({ padding: FRAME_MARGIN }),
      size({
        padding: FRAME_MARGIN,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.setProperty('--cb-max-height', `${Math.max(0, Math.floor(availableHeight))}px`);
          elements.floating.style.setProperty('--cb-max-width', `${Math.max(0, Math.floor(availableWidth))}px`);
        },
      }),
    ],
  });
  return { x, y, placement };
}
