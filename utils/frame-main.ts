/**
 * Most frames name nobody, so the per-frame content script is only a bootstrap: the frame gate,
 * the name gate and the top frame's answers (entrypoints/content). Everything that finds and marks
 * mentions — the index, the scanner, the annotator, the session — is the unlisted script
 * `frame-main.js`, imported into a frame once its text passes the name gate
 * (utils/matcher/name-gate.ts). A frame that never names anyone never compiles or runs it.
 *
 * This module is the contract between the two, as utils/card-ui.ts is for the card: the imported
 * script registers its starter under `FRAME_MAIN_KEY` on the content script's own global, which
 * pages cannot see. Chrome imports it as a web-accessible resource with `use_dynamic_url` (an
 * address that changes every browser session, so pages cannot probe for it); Firefox imports it
 * without making it web-accessible (wxt.config.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from './page/script-context';

/** What a frame's running main part answers for (the top frame's messages). */
export interface FrameMain<S> {
  /** The frame's running session, if any. */
  current(): S | null;
  /** Records an error as the main part records its own (diagnostics). */
  report(error: unknown): void;
}

export interface FrameMainOptions {
  ctx: ContentScriptContext;
  isTop: boolean;
  /** A read of the stored trie already under way (a long top page asks for it at once). */
  trieAhead?: Promise<Record<string, unknown>>;
}

export type FrameMainStarter<S> = (options: FrameMainOptions) => FrameMain<S>;

/** The key the imported script registers its starter under. */
export const FRAME_MAIN_KEY = Symbol.for('contextual-briefings/frame-main');
/** The unlisted script's path in the build. */
export const FRAME_MAIN_SCRIPT = '/frame-main.js';

type Registry = { [FRAME_MAIN_KEY]?: FrameMainStarter<unknown> };

/** Called by frame-main.js when it is imported. */
export function registerFrameMain<S>(starter: FrameMainStarter<S>): void {
  (globalThis as Registry)[FRAME_MAIN_KEY] = starter as FrameMainStarter<unknown>;
}

/** Imports frame-main.js into this frame, once. */
export async function importFrameMain(): Promise<void> {
  if (!(globalThis as Registry)[FRAME_MAIN_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(FRAME_MAIN_SCRIPT));
}

/** Imports frame-main.js into this frame once, then starts it. */
export async function loadFrameMain<S>(options: FrameMainOptions): Promise<FrameMain<S>> {
  await importFrameMain();
  const starter = (globalThis as Registry)[FRAME_MAIN_KEY];
  if (!starter) throw new Error(`${FRAME_MAIN_SCRIPT} did not register its starter`);
  // Only a copy whose main part loaded claims the document: a copy left from before an update
  // cannot load it, so it never stops the new one.
  options.ctx.claimDocument();
  return starter(options) as FrameMain<S>;
}
