/**
 * Content script, in every frame: wiring only. Settings + the compiled index of the enabled packs
 * → a session on this frame's document (see session.ts). What it carries is what finding and
 * marking mentions needs; the card's code loads on first use (utils/card-ui.ts), packs are compiled
 * by the background (utils/pack/pack-index.ts), and frames with nothing to read wait at the gate
 * (utils/page/frame-gate.ts). The top frame also answers the popup and the keyboard command.
 * Everything is bound to WXT's context, so an update or uninstall of the extension tears it all
 * down and leaves the page as it was.
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MentionIndex } from '@/utils/matcher';
import { loadCardUi } from '@/utils/card-ui';
import { flushDiagnostics, recordError } from '@/utils/diagnostics';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { isExtensionMessage, isPageMentions, type ExtensionMessage, type FrameState, type PageMentions } from '@/utils/messages';
import { readLocal, watchLocal } from '@/utils/local-store';
import { loadPackIndex, PACK_INDEX_KEY, PACK_TRIE_KEY } from '@/utils/pack/pack-index-item';
import { governingSite } from '@/utils/page/frame-site';
import { whenFrameWorthAnnotating } from '@/utils/page/frame-gate';
import { whenMayMention } from '@/utils/page/mention-check';
// WXT's entry wrapper passes this class, not its own (wxt.config.ts aliases it for the content script).
import type { ContentScriptContext } from '@/utils/page/script-context';
import { normalizeSettings, SETTINGS_KEY, siteStatus, type Settings } from '@/utils/settings-model';
import { startSession, type Session } from './session';

const LOG_PREFIX = '[contextual-briefings]';
const EMPTY: PageMentions = { counts: {}, total: 0 };

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
    let session: Session | null = null;
    if (isTop) answerMessages(ctx, () => session, report);
    try {
      await whenFrameWorthAnnotating(window, ctx.signal);
    } catch {
      return; // the extension went away first
    }
    // Every frame follows the site the reader is on (the tab's top page), see frame-site.ts.
    const site = governingSite(window);
    const version = EXTENSION_VERSION;

    let settings: Settings;
    let index: MentionIndex | null;
    // What this frame last told the background; frames below the top say nothing until they have something.
    let reported = isTop ? '' : JSON.stringify({ ...EMPTY, state: 'active' });

    const sendMentions = (mentions: PageMentions, state: FrameState) => {
      const message = JSON.stringify({ ...mentions, state });
      if (message === reported) return;
      reported = message;
      // The background may be asleep or the extension reloading; a lost badge update is harmless.
      browser.runtime.sendMessage({ type: 'page-mentions', state, ...mentions }).catch(() => {});
    };
    const frameState = (): FrameState => {
      const status = siteStatus(settings, site);
      return status === 'active' ? 'active' : status === 'off' ? 'off' : 'paused';
    };
    const readTrie = async () => (await readLocal([PACK_TRIE_KEY]))[PACK_TRIE_KEY];
    /** The stored index, or null after asking the background to compile it. */
    const readIndex = async (stored: unknown): Promise<MentionIndex | null> => {
      const loaded = await loadPackIndex(stored, version, readTrie);
      if (!loaded) askForIndex();
      return loaded;
    };

    let watchingLocation = false;
    /** While active without a session: the wait for the page to name someone (mention-check.ts). */
    let waiting: AbortController | null = null;
    ctx.onInvalidated(() => waiting?.abort());

    const begin = () => {
      session = startSession({
        ctx,
        index: index!,
        settings,
        loadCardUi,
        onMentionsChanged: (mentions) => sendMentions(mentions, 'active'),
        onOpenSettings: () => void browser.runtime.sendMessage({ type: 'open-options' }).catch(report),
        site,
        onError: report,
      });
      // Single-page apps swap their content without a new document. Watched from the first
      // session on: a frame that never has one never watches (in Firefox that is a timer a frame).
      if (!watchingLocation) {
        watchingLocation = true;
        (ctx as unknown as ContentScriptContext).onLocationChange(window, () => session?.rescan());
      }
    };

    /**
     * Starts, updates or stops the session to match the settings and packs. A session starts once
     * the page may name someone: until then the frame only reads its text (mention-check.ts).
     */
    const apply = (restart: boolean) => {
      const active = frameState() === 'active' && index !== null && index.entities.length > 0;
      if (waiting && (!active || restart)) {
        waiting.abort();
        waiting = null;
      }
      if (session && (!active || restart)) {
        session.stop();
        session = null;
      }
      if (active && session) session.update(settings);
      else if (active && !waiting) {
        const wait = (waiting = new AbortController());
        whenMayMention(document, index!, wait.signal).then(
          () => {
            if (waiting !== wait) return;
            waiting = null;
            begin();
          },
          (error: unknown) => {
            if (!wait.signal.aborted) report(error);
          },
        );
      }
      if (!session) sendMentions(EMPTY, frameState());
    };

    try {
      const stored = await readLocal([SETTINGS_KEY, PACK_INDEX_KEY]);
      settings = normalizeSettings(stored[SETTINGS_KEY]);
      index = await readIndex(stored[PACK_INDEX_KEY]);
      if (ctx.isInvalid) return;
      apply(false);

      // A change of packs reaches open tabs as a new compiled index. A rebuild of a damaged trie
      // may leave the head as it was (Chrome then reports only the trie's change): either reloads.
      // One reload at a time; a change that comes in meanwhile is read by one more reload after it.
      let reloading = false;
      let changedAgain = false;
      const reloadIndex = (): void => {
        if (reloading) {
          changedAgain = true;
          return;
        }
        reloading = true;
        changedAgain = false;
        void readLocal([PACK_INDEX_KEY])
          .then((values) => loadPackIndex(values[PACK_INDEX_KEY], version, readTrie))
          .then((loaded) => {
            if (!loaded || ctx.isInvalid) return;
            index = loaded;
            refreshAsked = false;
            apply(true);
          }, report)
          .finally(() => {
            reloading = false;
            if (changedAgain) reloadIndex();
          });
      };
      const stopWatching = watchLocal([SETTINGS_KEY, PACK_INDEX_KEY, PACK_TRIE_KEY], (key, value) => {
        if (key !== SETTINGS_KEY) return reloadIndex();
        settings = normalizeSettings(value);
        apply(false);
      });
      ctx.onInvalidated(() => {
        stopWatching();
        session?.stop();
        session = null;
      });
      // `document.open()` replaces <html> and <body> and drops every listener on the document and
      // window: the session is bound to the old ones, so it starts afresh on the new document.
      ctx.onInvalidated(watchDocumentReplaced(() => apply(true), report));
    } catch (error) {
      report(error);
    }
  },
});

/**
 * The top frame answers the popup (what this tab mentions, reveal an entity) and the keyboard
 * command, from the moment it starts, even while its session has not started or never will.
 */
function answerMessages(ctx: { onInvalidated(cb: () => void): unknown }, session: () => Session | null, report: (error: unknown) => void): void {
  const answer = (message: ExtensionMessage): Promise<unknown> | undefined => {
    switch (message.type) {
      case 'get-page-mentions':
        // The background adds up every frame's counts; this frame alone is the fallback.
        return browser.runtime
          .sendMessage({ type: 'get-tab-mentions' })
          .then((summary: unknown) => (isPageMentions(summary) ? summary : (session()?.pageMentions() ?? EMPTY)))
          .catch(() => session()?.pageMentions() ?? EMPTY);
      case 'reveal-entity':
        return Promise.resolve(session()?.reveal(message.entityId) ?? false);
      case 'next-mention':
        return Promise.resolve(session()?.next() ?? false);
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
