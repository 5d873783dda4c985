/**
 * The briefing card, imported into a frame the first time it needs one (utils/card-ui.ts). It
 * reads the enabled packs for the card's text and the interface's language, keeps both current as
 * they change, and renders the card through the tooltip host.
 */
import { browser } from 'wxt/browser';
import { registerCardUi, type CardUi, type CardUiHandlers } from '@/utils/card-ui';
import { isMessageFile, loadTranslator, type LanguageSetting, type LocaleMessagesRequest, type Translator } from '@/utils/i18n';
import { buildCatalog } from '@/utils/pack/catalog';
import { loadEnabledPacks, watchEnabledPacks } from '@/utils/pack/pack-store';
import { loadSettings, pauseSite, watchSettings } from '@/utils/settings';
import { mentionSentences } from '@/utils/page/mention-sentences';

import { TooltipHost } from './tooltip-host';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  registerCardUi(createCardUi);
});

/**
 * The card's translator. A content script may not fetch the extension's locale files in Chrome
 * (they are not web-accessible), so a chosen language's messages come from the background.
 */
function cardTranslator(language: LanguageSetting): Promise<Translator> {
  return loadTranslator(language, {
    getMessage: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions),
    loadMessages: async (code) => {
      const request: LocaleMessagesRequest = { type: 'get-locale-messages', language: code };
      const file: unknown = await browser.runtime.sendMessage(request);
      if (!isMessageFile(file)) throw new Error(`the background sent no "${code}" messages`);
      return file;
    },
  });
}

async function createCardUi(handlers: CardUiHandlers): Promise<CardUi> {
  const [packs, settings] = await Promise.all([loadEnabledPacks(), loadSettings()]);
  let catalog = buildCatalog(packs);
  let language = settings.language;
  let i18n = await cardTranslator(language);
  const host = new TooltipHost({
    catalog: () => catalog,
    pageCounts: handlers.pageCounts,
    i18n: () => i18n,
    onOpenSettings: handlers.onOpenSettings,
    onPauseSite: () => void pauseSite(handlers.site).catch(handlers.onError),
    onClose: handlers.onClose,
  });
  const stopWatchingPacks = watchEnabledPacks((next) => {
    catalog = buildCatalog(next);
  });
  const stopWatchingSettings = watchSettings((next) => {
    if (next.language === language) return;
    const asked = (language = next.language);
    void cardTranslator(asked).then((loaded) => {
      if (asked !== language) return; // a later choice is on its way
      i18n = loaded;
      host.refresh();
    }, handlers.onError);
  });
  return {
    show: (key, anchor, sheet) => {
      try {
        host.show(key, anchor, sheet || matchMedia('(pointer: coarse)').matches);
      } catch (error) {
        handlers.onError(error);
      }
    },
    hide: () => host.hide(),
    focus: () => host.focus(),
    contains: (target) => host.contains(target),
    sentences: (mentions) => mentionSentences(mentions, document.documentElement.lang || undefined),
    destroy() {
      stopWatchingPacks();
      stopWatchingSettings();
      host.destroy();
    },
  };
}
