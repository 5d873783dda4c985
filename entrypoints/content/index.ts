/**
 * Content script, in every frame: the bootstrap. Most frames name nobody, so this is all they ever
 * run: the frame gate (utils/page/frame-gate.ts: pixels and frames with no text wait there), then
 * the name gate over the frame's text (utils/matcher/name-gate.ts: the keys every name contains,
 * stored apart from the index, packGate), loosely over the whole text at once, then block by
 * block where that may name someone, and again after the page's changes. Only a frame whose text
 * passes imports its main part, which finds and marks mentions (utils/frame-main.ts,
 * entrypoints/frame-main). The top frame also answers the popup, the side panel and the keyboard
 * command from the start, with what its main part knows once it runs.
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { importFrameMain, loadFrameMain, type FrameMain } from '@/utils/frame-main';
import { isExtensionMessage, isPageMentions, NO_MENTIONS, type ExtensionMessage } from '@/utils/messages';
import { readLocal, watchLocal } from '@/utils/local-store';
import { isStoredGateKeys, looseNameGate, nameGate, type NameGate } from '@/utils/matcher/name-gate';
import { PACK_GATE_KEY, PACK_TRIE_KEY } from '@/utils/pack/pack-index-keys';
import { watchDocumentReplaced } from '@/utils/page/document-replaced';
import { whenFrameWorthAnnotating } from '@/utils/page/frame-gate';
import { isLongPage } from '@/utils/page/long-page';
import { whenMayMention } from '@/utils/page/mention-check';
// WXT's entry wrapper passes this class, not its own (wxt.config.ts aliases it for the content script).
import type { ContentScriptContext } from '@/utils/page/script-context';
import type { Session } from '../frame-main/session';

const LOG_PREFIX = '[contextual-briefings]';
/**
 * The gate reads a frame's text in one task of at most this long, then says "maybe". It reads
 * about 40 characters a microsecond once warm, but a frame's first read runs cold: a tighter
 * budget would send short quiet pages on to the main part whenever the machine is busy. A long
 * top page skips the gate altogether (below).
 */
const GATE_BUDGET_MS = 30;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // Frames with no origin of their own (data:, blob:, about:srcdoc) are matched by the page that
  // made them, so a story shown in a data: frame is read like the rest of the page.
  matchOriginAsFallback: true,
  async main(wxtCtx) {
    const ctx = wxtCtx as unknown as ContentScriptContext;
    const isTop = window === window.top;
    let main: FrameMain<Session> | null = null;
    const report = (error: unknown) => (main ? main.report(error) : console.debug(LOG_PREFIX, error));
    if (isTop) answerMessages(ctx, () => main?.current() ?? null, report);
    // A long top page is an article or a live blog: it is marked without waiting for the gate,
    // and its main part and the index's trie are asked for at once, while the page's own first
    // render holds the main thread (a request made later waits behind it, and the first
    // highlights with it).
    const long = isTop && isLongPage();
    const trieAhead = long ? readLocal([PACK_TRIE_KEY]) : undefined;
    trieAhead?.catch(() => {});
    const mainAhead = long ? importFrameMain() : undefined;
    mainAhead?.catch(() => {});
    try {
      await whenFrameWorthAnnotating(window, ctx.signal);
      if (!long) await whenNamesMayBeHere(ctx);
      if (ctx.isInvalid) return;
      await mainAhead;
      main = await loadFrameMain<Session>({ ctx, isTop, trieAhead });
    } catch (error) {
      if (!ctx.isInvalid) report(error);
    }
  },
});

/**
 * Resolves once this frame's text may name someone by the stored gate keys (`packGate`, written
 * with the compiled index): at once, or after the page's changes, a new document
 * (`document.open()`) or new keys. With no usable keys stored it resolves at once (the main part
 * asks the background for an index). Rejects when the extension goes away.
 */
async function whenNamesMayBeHere(ctx: ContentScriptContext): Promise<void> {
  // Only the keys' shape is checked; keys that make a gate throw let the text through.
  const lenient =
    (gate: NameGate): NameGate =>
    (text) => {
      try {
        return gate(text);
      } catch {
        return true;
      }
    };
  const gatesOf = (stored: unknown): { block: NameGate; whole: NameGate } => {
    const value = (stored as { gate?: unknown } | null | undefined)?.gate;
    const keys = isStoredGateKeys(value) ? value : null;
    return { block: lenient(nameGate(keys)), whole: lenient(looseNameGate(keys)) };
  };
  let gates = gatesOf((await readLocal([PACK_GATE_KEY]))[PACK_GATE_KEY]);
  let check: AbortController | null = null;
  return new Promise<void>((resolve, reject) => {
    const stops: (() => void)[] = [];
    let done = false;
    const settle = (error?: unknown) => {
      if (done) return;
      done = true;
      check?.abort();
      for (const stop of stops) stop();
      if (error === undefined) resolve();
      else reject(error);
    };
    const recheck = () => {
      check?.abort();
      const current = (check = new AbortController());
      // The whole text first, at once (a frame that names nobody ends there), then block by block.
      whenMayMention(document, gates.block, current.signal, { budgetMs: GATE_BUDGET_MS, wholeText: gates.whole }).then(
        () => settle(),
        (error: unknown) => {
          if (!current.signal.aborted) settle(error);
        },
      );
    };
    stops.push(
      watchLocal([PACK_GATE_KEY], (_key, value) => {
        gates = gatesOf(value);
        recheck();
      }),
      watchDocumentReplaced(recheck, settle),
    );
    ctx.onInvalidated(() => settle(new Error('the extension went away')));
    recheck();
  });
}

/**
 * The top frame answers the popup and the side panel (what this tab mentions, its sentences,
 * reveal an entity or one mention) and the keyboard command, from the moment it starts, even while its session has not started or never will.
 */
function answerMessages(ctx: ContentScriptContext, session: () => Session | null, report: (error: unknown) => void): void {
  const answer = (message: ExtensionMessage): Promise<unknown> | undefined => {
    switch (message.type) {
      case 'get-page-mentions':
        // The background adds up every frame's counts; this frame alone is the fallback.
        return browser.runtime
          .sendMessage({ type: 'get-tab-mentions' })
          .then((summary: unknown) => (isPageMentions(summary) ? summary : (session()?.pageMentions() ?? NO_MENTIONS)))
          .catch(() => session()?.pageMentions() ?? NO_MENTIONS);
      case 'reveal-entity':
        return Promise.resolve(session()?.reveal(message.entityId) ?? false);
      case 'next-mention':
        return Promise.resolve(session()?.next() ?? false);
      case 'reveal-mention':
        return Promise.resolve(session()?.revealAt(message.mention, message.entityId) ?? false);
      case 'get-page-sentences':
        return session()?.sentences() ?? Promise.resolve([]);
      default:
        return undefined;
    }
  };
  // Answers through `sendResponse` and `return true`, which Chrome and Firefox both honour.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    if (!isExtensionMessage(message)) return undefined;
    let answered: Promise<unknown> | undefined;
    try {
      answered = answer(message);
    } catch (error) {
      report(error);
      answered = Promise.resolve(false);
    }
    if (!answered) return undefined;
    answered.then(sendResponse, (error: unknown) => {
      report(error);
      sendResponse(false);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
