/**
 * The briefing card, imported into a frame the first time it needs one (utils/card-ui.ts). It
 * reads the enabled packs for the card's text, keeps them current as packs change, and renders the
 * card through the tooltip host.
 */
import { registerCardUi, type CardUi, type CardUiHandlers } from '@/utils/card-ui';
import { buildCatalog } from '@/utils/pack/catalog';
import { loadEnabledPacks, watchEnabledPacks } from '@/utils/pack/pack-store';
import { mentionSentences } from '@/utils/page/mention-sentences';
import { pauseSite } from '@/utils/settings';
import { TooltipHost } from './tooltip-host';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  registerCardUi(createCardUi);
});

async function createCardUi(handlers: CardUiHandlers): Promise<CardUi> {
  let catalog = buildCatalog(await loadEnabledPacks());
  const host = new TooltipHost({
    catalog: () => catalog,
    onOpenSettings: handlers.onOpenSettings,
    onPauseSite: () => void pauseSite(handlers.site).catch(handlers.onError),
    onClose: handlers.onClose,
  });
  const stopWatching = watchEnabledPacks((packs) => {
    catalog = buildCatalog(packs);
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
      stopWatching();
      host.destroy();
    },
  };
}
