/**
 * Content script: wiring only. Settings + enabled packs → a session on this frame's document
 * (see session.ts). Runs in every frame; the top frame also answers the popup and the keyboard
 * command. Everything is bound to WXT's context, so an update or uninstall of the extension tears
 * it all down and leaves the page as it was.
 */
import './highlights.css';
import { buildIndex } from '@/utils/matcher';
import { flushDiagnostics, recordError } from '@/utils/diagnostics';
import { isExtensionMessage, isPageMentions, type ExtensionMessage, type FrameState, type PageMentions } from '@/utils/messages';
import { governingSite } from '@/utils/page/frame-site';
import { buildCatalog, type Catalog } from '@/utils/pack/catalog';
import { loadEnabledPacks, watchEnabledPacks } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { loadSettings, pauseSite, siteStatus, watchSettings, type Settings } from '@/utils/settings';
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
    // Our errors stay ours: logged quietly under one prefix, never thrown into the page, and
    // counted for the options page's diagnostics.
    const report = (error: unknown) => {
      console.debug(LOG_PREFIX, error);
      recordError('content script', error);
    };
    ctx.onInvalidated(() => void flushDiagnostics().catch(() => {}));
    const isTop = window === window.top;
    // Every frame follows the site the reader is on (the tab's top page), see frame-site.ts.
    const site = governingSite(window);

    let settings: Settings;
    let catalog: Catalog;
    let index: ReturnType<typeof buildIndex>;
    let session: Session | null = null;

    const sendMentions = (mentions: PageMentions, state: FrameState) => {
      // The background may be asleep or the extension reloading; a lost badge update is harmless.
      browser.runtime.sendMessage({ type: 'page-mentions', state, ...mentions }).catch(() => {});
    };
    const frameState = (): FrameState => {
      const status = siteStatus(settings, site);
      return status === 'active' ? 'active' : status === 'off' ? 'off' : 'paused';
    };
    const setPacks = (packs: Pack[]) => {
      catalog = buildCatalog(packs);
      index = buildIndex(catalog.matcherEntities);
    };

    /** Starts, updates or stops the session to match the settings and packs. */
    const apply = (restart: boolean) => {
      const active = frameState() === 'active' && catalog.matcherEntities.length > 0;
      if (session && (!active || restart)) {
        session.stop();
        session = null;
      }
      if (active && !session) {
        session = startSession({
          ctx,
          catalog,
          index,
          settings,
          onMentionsChanged: (mentions) => sendMentions(mentions, 'active'),
          onOpenSettings: () => void browser.runtime.sendMessage({ type: 'open-options' }).catch(report),
          onPauseSite: () => void pauseSite(site).catch(report),
          onError: report,
        });
      } else if (active && session) {
        session.update(settings);
      }
      if (!session) sendMentions(EMPTY, frameState());
    };

    try {
      [settings, catalog] = await Promise.all([loadSettings(), loadEnabledPacks().then((packs) => buildCatalog(packs))]);
      index = buildIndex(catalog.matcherEntities);
      if (ctx.isInvalid) return;
      apply(false);

      const stopSettings = watchSettings((next) => {
        settings = next;
        apply(false);
      });
      const stopPacks = watchEnabledPacks((packs) => {
        setPacks(packs);
        apply(true);
      });
      ctx.onInvalidated(() => {
        stopSettings();
        stopPacks();
        session?.stop();
        session = null;
      });
      // Single-page apps swap their content without a new document.
      ctx.addEventListener(window, 'wxt:locationchange', () => session?.rescan());
      // `document.open()` replaces <html> and <body> and drops every listener on the document and
      // window: the session is bound to the old ones, so it starts afresh on the new document.
      ctx.onInvalidated(watchDocumentReplaced(() => apply(true), report));

      if (!isTop) return;
      const onMessage = (message: unknown): Promise<unknown> | undefined => {
        if (!isExtensionMessage(message)) return undefined;
        try {
          return answer(message);
        } catch (error) {
          report(error);
          return Promise.resolve(false);
        }
      };
      const answer = (message: ExtensionMessage): Promise<unknown> | undefined => {
        switch (message.type) {
          case 'get-page-mentions':
            // The background adds up every frame's counts; this frame alone is the fallback.
            return browser.runtime
              .sendMessage({ type: 'get-tab-mentions' })
              .then((summary: unknown) => (isPageMentions(summary) ? summary : (session?.pageMentions() ?? EMPTY)))
              .catch(() => session?.pageMentions() ?? EMPTY);
          case 'reveal-entity':
            return Promise.resolve(session?.reveal(message.entityId) ?? false);
          case 'next-mention':
            return Promise.resolve(session?.next() ?? false);
          default:
            return undefined;
        }
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    } catch (error) {
      report(error);
    }
  },
});

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
