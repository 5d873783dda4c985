/**
 * Background: the toolbar badge (mentions on the current tab) and the few things content scripts
 * cannot do themselves. Keeps no state of its own beyond the badge, so a sleeping MV3 worker
 * loses nothing.
 */
import { badgeText } from '@/utils/badge-text';
import { isExtensionMessage } from '@/utils/messages';

export default defineBackground(() => {
  // MV3 has `action`, Firefox's MV2 build `browserAction`; both have the same badge calls.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#2563eb' });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'page-mentions') {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab's badge.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      void action.setBadgeText({ tabId, text: badgeText(message.total) });
      return undefined;
    }
    if (message.type === 'open-options') return browser.runtime.openOptionsPage();
    return undefined;
  });
});
