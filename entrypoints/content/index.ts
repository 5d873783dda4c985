/**
 * Content script, in every frame: wiring only. Settings + the compiled index of the enabled packs
 * → a session on this frame's document, kept in step with them (frame-session.ts, session.ts). What it carries is what finding and
 * marking mentions needs; the card's code loads on first use (utils/card-ui.ts), packs are compiled
 * by the background (utils/pack/pack-index.ts), and frames with nothing to read wait at the gate
 * (utils/page/frame-gate.ts). The top frame also answers the popup, the side panel and the keyboard command.
 * Everything is bound to WXT's context, so an update or uninstall of the extension tears it all
 * down and leaves the page as it was.
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MentionIndex } from '@/utils/matcher';
import { flushDiagnostics, recordError } from '@/utils/diagnostics';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { isExtensionMessage, isPageMentions, type ExtensionMessage } from '@/utils/messages';
import { readLocal, watchLocal } from '@/utils/local-store';
import { loadPackIndex, PACK_INDEX_KEY, PACK_TRIE_KEY } from '@/utils/pack/pack-index-item';
import { governingSite } from '@/utils/page/frame-site';
import { isLongPage } from '@/utils/page/long-page';
import { whenFrameWorthAnnotating } from '@/utils/page/frame-gate';
// WXT's entry wrapper passes this class, not its own (wxt.config.ts aliases it for the content script).
import type { ContentScriptContext } from '@/utils/page/script-context';
import { normalizeSettings, SETTINGS_KEY } from '@/utils/settings-model';
import { oneAtATime } from '@/utils/one-at-a-time';
import { createFrameSession, EMPTY_MENTIONS, type FrameSession } from './frame-session';
import type { Session } from './session';

const LOG_PREFIX = '[contextual-briefings]';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // Frames with no origin of their own (data:, blob:, about:srcdoc) are matched by the page that
  // made them, so a story shown in a data: frame is read like the rest of the page.
  matchOriginAsFallback: true,
  async main(ctx) {
    // Asks the background once to compile the index again; its new value arrives by the watch below.
    let refreshAsked = false;
    const askForIndex = () => {
      if (refreshAsked) return;
      refreshAsked = true;
      browser.runtime.sendMessage({ type: 'refresh-pack-index' }).catch(() => {});
    };
    // Our errors stay ours: logged quietly under one prefix, never thrown into the page, and
    // counted for the options page's diagnostics.
    const report = (error: unknown) => {
      console.debug(LOG_PREFIX, error);
      recordError('content script', error);
      // A damaged index shows when the scanner first decodes its trie.
      if (error instanceof Error && error.name === 'CompiledIndexError') askForIndex();
    };
    ctx.onInvalidated(() => void flushDiagnostics().catch(() => {}));
    const isTop = window === window.top;
    // On a long page the top frame asks for the trie with the head: the page's own first render
    // holds back a request made when the scan first needs it, and the first highlights with it
    // (hundreds of ms on a 4 MB live blog). Elsewhere the trie is read only when needed.
    let trieAhead = isTop && isLongPage() ? readLocal([PACK_TRIE_KEY]) : null;
    trieAhead?.catch(() => {});
    let frame: FrameSession | null = null;
    if (isTop) answerMessages(ctx, () => frame?.current() ?? null, report);
    try {
      await whenFrameWorthAnnotating(window, ctx.signal);
    } catch {
      return; // the extension went away first
    }
    // Every frame follows the site the reader is on (the tab's top page), see frame-site.ts.
    frame = createFrameSession({ ctx: ctx as unknown as ContentScriptContext, site: governingSite(window), isTop, report });
    const readTrie = async () => {
      const read = trieAhead ?? readLocal([PACK_TRIE_KEY]);
      trieAhead = null;
      return (await read)[PACK_TRIE_KEY];
    };
    /** The stored index, or null after asking the background to compile it. */
    const readIndex = async (stored: unknown): Promise<MentionIndex | null> => {
      const loaded = await loadPackIndex(stored, EXTENSION_VERSION, readTrie);
      if (!loaded) askForIndex();
      return loaded;
    };

    try {
      const stored = await readLocal([SETTINGS_KEY, PACK_INDEX_KEY]);
      let settings = normalizeSettings(stored[SETTINGS_KEY]);
      let index = await readIndex(stored[PACK_INDEX_KEY]);
      if (ctx.isInvalid) return;
      const live = frame;
      live.apply(settings, index, false);

      // A change of packs reaches open tabs as a new compiled index. A rebuild of a damaged trie
      // may leave the head as it was (Chrome then reports only the trie's change): either reloads.
      const reloadIndex = oneAtATime(async () => {
        const loaded = await loadPackIndex((await readLocal([PACK_INDEX_KEY]))[PACK_INDEX_KEY], EXTENSION_VERSION, readTrie);
        if (!loaded || ctx.isInvalid) return;
        index = loaded;
        refreshAsked = false;
        live.apply(settings, index, true);
      }, report);
      const stopWatching = watchLocal([SETTINGS_KEY, PACK_INDEX_KEY, PACK_TRIE_KEY], (key, value) => {
        if (key !== SETTINGS_KEY) {
          trieAhead = null;
          return reloadIndex();
        }
        settings = normalizeSettings(value);
        live.apply(settings, index, false);
      });
      ctx.onInvalidated(() => {
        stopWatching();
        live.stop();
      });
      // `document.open()` replaces <html> and <body> and drops every listener on the document and
      // window: the session is bound to the old ones, so it starts afresh on the new document.
      ctx.onInvalidated(watchDocumentReplaced(() => live.apply(settings, index, true), report));
    } catch (error) {
      report(error);
    }
  },
});

/**
 * The top frame answers the popup and the side panel (what this tab mentions, its sentences,
 * reveal an entity or one mention) and the keyboard command, from the moment it starts, even while its session has not started or never will.
 */
function answerMessages(ctx: { onInvalidated(cb: () => void): unknown }, session: () => Session | null, report: (error: unknown) => void): void {
  const answer = (message: ExtensionMessage): Promise<unknown> | undefined => {
    switch (message.type) {
      case 'get-page-mentions':
        // The background adds up every frame's counts; this frame alone is the fallback.
        return browser.runtime
          .sendMessage({ type: 'get-tab-mentions' })
          .then((summary: unknown) => (isPageMentions(summary) ? summary : (session()?.pageMentions() ?? EMPTY_MENTIONS)))
          .catch(() => session()?.pageMentions() ?? EMPTY_MENTIONS);
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

/**
 * Calls `onReplaced` once the document has a new root element with a body (after `document.open()`
 * and `document.write()`); returns the teardown. A MutationObserver on the document node itself
 * survives `document.open()`, which erases event listeners but not observers.
 */
function watchDocumentReplaced(onReplaced: () => void, report: (error: unknown) => void): () => void {
  let root = document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenBodyExists = (triesLeft: number) => {
    timer = setTimeout(() => {
      if (document.body) onReplaced();
      else if (triesLeft > 0) whenBodyExists(triesLeft - 1);
    }, 50);
  };
  const observer = new MutationObserver(() => {
    try {
      if (document.documentElement === root || !document.documentElement) return;
      root = document.documentElement;
      clearTimeout(timer);
      whenBodyExists(40);
    } catch (error) {
      report(error);
    }
  });
  observer.observe(document, { childList: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
