/**
 * The briefing card, imported into a frame the first time it needs one (utils/card-ui.ts). It
 * reads the enabled packs for the card's text, keeps them current as packs change, and renders the
 * card through the tooltip host.
 */
import { registerCardUi, type CardUi, type CardUiHandlers } from '@/utils/card-ui';
import { buildCatalog } from '@/utils/pack/catalog';
import { loadEnabledPacks, watchEnabledPacks } from '@/utils/pack/pack-store';
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
    show: (key, anchor) => {
      try {
        host.show(key, anchor);
      } catch (error) {
        handlers.onError(error);
      }
    },
    hide: () => host.hide(),
    focus: () => host.focus(),
    contains: (target) => host.contains(target),
    destroy() {
      stopWatching();
      host.destroy();
    },
  };
}
