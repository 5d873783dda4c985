/**
 * Background: the toolbar badge (mentions across the current tab's frames, grey when paused), the
 * keyboard command, the compiled index of the enabled packs (kept in step with the packs), and the
 * few things content scripts cannot do themselves.
 */
import { badgeText } from '@/utils/badge-text';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordError } from '@/utils/diagnostics';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { isExtensionMessage } from '@/utils/messages';
import { refreshPackIndex } from '@/utils/pack/pack-index';
import { packsItem } from '@/utils/pack/pack-store';
import { forgetTab, recordFrame, tabSummary, type TabSummary } from '@/utils/tab-mentions';

const BADGE_ACTIVE = '#2563eb';
const BADGE_PAUSED = '#9ca3af';

export default defineBackground(() => {
  // MV3 has `action`, Firefox's MV2 build `browserAction`; both have the same badge calls.
  const action = browser.action ?? browser.browserAction;

  const showBadge = async (tabId: number, summary: TabSummary) => {
    const paused = summary.state !== 'active';
    await action.setBadgeBackgroundColor({ tabId, color: paused ? BADGE_PAUSED : BADGE_ACTIVE });
    await action.setBadgeText({ tabId, text: paused ? (summary.state === 'off' ? '' : '❚❚') : badgeText(summary.total) });
  };

  const refreshIndex = () => refreshPackIndex(EXTENSION_VERSION).catch((error: unknown) => void recordError('background: pack index', error));
  // Installed or updated (a new bundled pack), and every change of the stored packs, whoever made it.
  browser.runtime.onInstalled.addListener(() => void refreshIndex());
  packsItem.watch(() => void refreshIndex());

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isExtensionMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'page-mentions':
        if (tabId === undefined) return undefined;
        return recordFrame(tabId, sender.frameId ?? 0, message)
          .then((summary) => showBadge(tabId, summary))
          .then(() => undefined);
      case 'get-tab-mentions':
        return tabId === undefined ? undefined : tabSummary(tabId);
      case 'open-options':
        return browser.runtime.openOptionsPage();
      case 'refresh-pack-index':
        return refreshIndex().then(() => undefined);
      default:
        return undefined;
    }
  });

  // A new document in the top frame starts the tab's counts afresh; its frames report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // Only the top frame walks the page's mentions; pages where no content script runs say nothing.
    await browser.tabs.sendMessage(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => {});
  });
});
