/**
 * The briefing card is not part of the per-frame content script. Its code (Preact, the card view,
 * positioning, the packs' text) is the unlisted script `card-ui.js`, imported into a frame the
 * first time that frame needs a card: the pointer rests on a mention, the keyboard command, a
 * request from the popup, a tap. Frames that never show a card never load it. The side panel's
 * quotes of the page's sentences come from the same script, for the same reason.
 *
 * This module is the contract between the two: what the card offers (`CardUi`) and how the
 * content script gets it (`loadCardUi`). The imported script registers its factory under
 * `CARD_UI_KEY` on the content script's own global, which pages cannot see (isolated world in
 * Chrome, sandbox in Firefox).
 *
 * Chrome lets a content script import an extension file only when it is a web-accessible resource;
 * `card-ui.js` is one with `use_dynamic_url`, so its address changes every browser session and a
 * page cannot probe a fixed URL to tell the extension is installed. Firefox imports it without
 * making it web-accessible at all (wxt.config.ts).
 */
import { browser } from 'wxt/browser';
import type { PageSentence } from './messages';
import type { MentionRecord } from './page/highlight-registry';

/** Where the card sits: the mention's line box, re-read on every position update. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRect[];
  /** An element inside the page's scroll container, so the card follows scrolling. */
  contextElement: Element;
}

export interface CardUiHandlers {
  /** The site the frame follows; the card's "Pause on this site" pauses it. */
  site: string;
  /** How often this frame mentions each entity, by catalog key: which story a shared name belongs to first. */
  pageCounts(): Readonly<Record<string, number>>;
  onOpenSettings(): void;
  /** The card's own close button was used. */
  onClose(): void;
  onError(error: unknown): void;
}

export interface CardUi {
  /**
   * Opens (or switches) the card for the entity with this catalog key at `anchor`; `sheet` (a tap
   * on a touch screen) shows it as a bottom sheet, as does any opening on a coarse-pointer device.
   */
  show(entityKey: string, anchor: CardAnchor, sheet?: boolean): void;
  hide(): void;
  /** Moves keyboard focus into the open card (keyboard and popup paths, never on hover). */
  focus(): void;
  /** Whether an event happened inside the card. */
  contains(target: EventTarget | null): boolean;
  /** The page's sentences around `mentions` (the side panel's "What this page says"), loaded with the card's code. */
  sentences(mentions: readonly MentionRecord[]): PageSentence[];
  destroy(): void;
}

export type CardUiFactory = (handlers: CardUiHandlers) => Promise<CardUi>;

/** The key the imported script registers its factory under. */
export const CARD_UI_KEY = Symbol.for('contextual-briefings/card-ui');
/** The unlisted script's path in the build. */
export const CARD_UI_SCRIPT = '/card-ui.js';

type Registry = { [CARD_UI_KEY]?: CardUiFactory };

/** Called by card-ui.js when it is imported. */
export function registerCardUi(factory: CardUiFactory): void {
  (globalThis as Registry)[CARD_UI_KEY] = factory;
}

/** Imports card-ui.js into this frame once, then makes a card with `handlers`. */
export async function loadCardUi(handlers: CardUiHandlers): Promise<CardUi> {
  const registry = globalThis as Registry;
  if (!registry[CARD_UI_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_SCRIPT));
  const factory = registry[CARD_UI_KEY];
  if (!factory) throw new Error(`${CARD_UI_SCRIPT} did not register the card`);
  return factory(handlers);
}
