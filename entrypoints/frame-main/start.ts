/**
 * A frame's main part, started by the content script once the frame's text passed the name gate
 * (utils/frame-main.ts): settings + the compiled index of the enabled packs → a session on this
 * frame's document, kept in step with them (frame-session.ts, session.ts). The card's code loads
 * on first use (utils/card-ui.ts) and packs are compiled by the background
 * (utils/pack/pack-index.ts). Everything is bound to the content script's context, so an update
 * or uninstall of the extension tears it all down and leaves the page as it was.
 */
import { browser } from 'wxt/browser';
import type { MentionIndex } from '@/utils/matcher';
import { flushDiagnostics, recordError } from '@/utils/diagnostics';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import type { FrameMain, FrameMainOptions } from '@/utils/frame-main';
import { readLocal, watchLocal } from '@/utils/local-store';
import { loadPackIndex, PACK_INDEX_KEY, PACK_TRIE_KEY } from '@/utils/pack/pack-index-item';
import { governingSite } from '@/utils/page/frame-site';
import { isLongPage } from '@/utils/page/long-page';
import { watchDocumentReplaced } from '@/utils/page/document-replaced';
import type { ContentScriptContext } from '@/utils/page/script-context';
import { normalizeSettings, SETTINGS_KEY } from '@/utils/settings-model';
import { oneAtATime } from '@/utils/one-at-a-time';
import { createFrameSession } from './frame-session';
import type { Session } from './session';

const LOG_PREFIX = '[contextual-briefings]';

export function startFrameMain({ ctx, isTop, trieAhead: asked }: FrameMainOptions): FrameMain<Session> {
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
  // On a long page the top frame asks for the trie with the head (the bootstrap has, usually): the
  // page's own first render holds back a request made when the scan first needs it, and the first
  // highlights with it (hundreds of ms on a 4 MB live blog). Elsewhere the trie is read only when needed.
  let trieAhead = asked ?? (isTop && isLongPage() ? readLocal([PACK_TRIE_KEY]) : null);
  trieAhead?.catch(() => {});
  // Every frame follows the site the reader is on (the tab's top page), see frame-site.ts.
  const frame = createFrameSession({ ctx, site: governingSite(window), isTop, report });
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

  void (async () => {
    const stored = await readLocal([SETTINGS_KEY, PACK_INDEX_KEY]);
    let settings = normalizeSettings(stored[SETTINGS_KEY]);
    let index = await readIndex(stored[PACK_INDEX_KEY]);
    if (ctx.isInvalid) return;
    frame.apply(settings, index, false);

    // A change of packs reaches open tabs as a new compiled index. A rebuild of a damaged trie
    // may leave the head as it was (Chrome then reports only the trie's change): either reloads.
    const reloadIndex = oneAtATime(async () => {
      const loaded = await loadPackIndex((await readLocal([PACK_INDEX_KEY]))[PACK_INDEX_KEY], EXTENSION_VERSION, readTrie);
      if (!loaded || ctx.isInvalid) return;
      index = loaded;
      refreshAsked = false;
      frame.apply(settings, index, true);
    }, report);
    const stopWatching = watchLocal([SETTINGS_KEY, PACK_INDEX_KEY, PACK_TRIE_KEY], (key, value) => {
      if (key !== SETTINGS_KEY) {
        trieAhead = null;
        return reloadIndex();
      }
      settings = normalizeSettings(value);
      frame.apply(settings, index, false);
    });
    ctx.onInvalidated(() => {
      stopWatching();
      frame.stop();
    });
    // `document.open()` replaces <html> and <body> and drops every listener on the document and
    // window: the session is bound to the old ones, so it starts afresh on the new document.
    ctx.onInvalidated(watchDocumentReplaced(() => frame.apply(settings, index, true), report));
  })().catch(report);

  return { current: () => frame.current(), report };
}
