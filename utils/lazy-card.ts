/**
 * The card of one session, made on first need: its code is imported then (utils/card-ui.ts), once
 * even when asked for again while loading. A card that arrives after the session stopped is
 * destroyed at once; a failed load is reported and tried again on the next need.
 */
import type { CardUi, CardUiHandlers } from './card-ui';

export interface LazyCard {
  /** The card, loading its code on the first call; null when it could not load or the session stopped. */
  load(): Promise<CardUi | null>;
  /** The card if it has loaded, else null. */
  readonly current: CardUi | null;
  /** Whether a load has started (and not failed). */
  readonly loading: boolean;
  /** Destroys the card and refuses one that arrives later. */
  destroy(): void;
}

export function lazyCard(make: (handlers: CardUiHandlers) => Promise<CardUi>, handlers: CardUiHandlers): LazyCard {
  let card: CardUi | null = null;
  let pending: Promise<CardUi | null> | null = null;
  let destroyed = false;
  return {
    load: () =>
      (pending ??= make(handlers).then(
        (ui) => {
          if (destroyed) {
            ui.destroy();
            return null;
          }
          return (card = ui);
        },
        (error: unknown) => {
          handlers.onError(error);
          pending = null;
          return null;
        },
      )),
    get current() {
      return card;
    },
    get loading() {
      return pending !== null;
    },
    destroy() {
      destroyed = true;
      card?.destroy();
      card = null;
    },
  };
}
