/**
 * Background: the toolbar badge (mentions across the current tab's frames, grey when paused), the
 * keyboard commands, the compiled index of the enabled packs (kept in step with the packs), and the
 * few things content scripts cannot do themselves.
 */
import { badgeText, badgeTitle } from '@/utils/badge-text';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordError } from '@/utils/diagnostics';
import { EXTENSION_VERSION } from '@/utils/extension-version';
import { extensionTranslator, fetchLocaleMessages } from '@/utils/extension-i18n';
import { isLocaleMessagesRequest, type Translator } from '@/utils/i18n';
import { isExtensionMessage } from '@/utils/messages';
import { refreshPackIndex } from '@/utils/pack/pack-index';
import { loadEnabledPacks, packsItem } from '@/utils/pack/pack-store';
import { loadSettings, watchSettings } from '@/utils/settings';
import { OPEN_PANEL_COMMAND } from '@/utils/shortcut-keys';
import { openSidePanel } from '@/utils/side-panel';
import { forgetTab, recordedTabs, recordFrame, tabSummary, type TabSummary } from '@/utils/tab-mentions';

const BADGE_ACTIVE = '#2563eb';
const BADGE_PAUSED = '#9ca3af';

export default defineBackground(() => {
  // MV3 has `action`, Firefox's MV2 build `browserAction`; both have the same badge calls.
  const action = browser.action ?? browser.browserAction;

  // The enabled packs' titles, for the tooltip: read at start and whenever the packs change.
  let stories: string[] = [];
  const refreshStories = () =>
    loadEnabledPacks().then(
      (packs) => void (stories = packs.map((pack) => pack.title)),
      (error: unknown) => void recordError('background: pack titles', error),
    );
  const storiesRead = refreshStories();

  // The interface's language, for the tooltip: read at start and whenever the setting changes.
  let language: string | null = null;
  let i18n: Promise<Translator> = loadSettings().then((settings) => {
    language ??= settings.language;
    return extensionTranslator(settings.language);
  });
  const showBadge = async (tabId: number, summary: TabSummary) => {
    const paused = summary.state !== 'active';
    await action.setBadgeBackgroundColor({ tabId, color: paused ? BADGE_PAUSED : BADGE_ACTIVE });
    await action.setBadgeText({ tabId, text: paused ? (summary.state === 'off' ? '' : '❚❚') : badgeText(summary.total) });
    await storiesRead;
    await action.setTitle({ tabId, title: badgeTitle(await i18n, summary, stories) });
  };
  // A new language or new stories reach the tooltip of every tab at once, not at its next report.
  // Each pass reads the language and stories it was started for; a newer pass makes it stop.
  let retitles = 0;
  const retitleTabs = async () => {
    const pass = ++retitles;
    const translator = await i18n;
    await storiesRead;
    for (const tabId of await recordedTabs()) {
      if (pass !== retitles) return;
      // A tab that closed in between has no title to set; anything else is an error.
      const open = await browser.tabs.get(tabId).then(
        () => true,
        () => false,
      );
      if (!open) continue;
      await action.setTitle({ tabId, title: badgeTitle(translator, await tabSummary(tabId), stories) });
    }
  };
  watchSettings((settings) => {
    if (settings.language === language) return;
    language = settings.language;
    i18n = extensionTranslator(settings.language);
    void retitleTabs().catch((error: unknown) => void recordError('background: tooltips', error));
  });

  const refreshIndex = () => refreshPackIndex(EXTENSION_VERSION).catch((error: unknown) => void recordError('background: pack index', error));
  // Installed or updated (a new bundled pack), and every change of the stored packs, whoever made it.
  // A first install, and only that, also opens the welcome page: an update must not interrupt.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void refreshIndex();
    if (reason === 'install') {
      browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((error: unknown) => void recordError('background: welcome page', error));
    }
  });
  packsItem.watch(() => {
    void refreshIndex();
    void refreshStories().then(retitleTabs).catch((error: unknown) => void recordError('background: tooltips', error));
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The card asks for a chosen language's messages: a content script may not fetch them itself.
    if (isLocaleMessagesRequest(message)) return fetchLocaleMessages(message.language);
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

  browser.commands?.onCommand.addListener(async (command, commandTab) => {
    // Chrome's side panel command: opened at once, while the key press still counts as the
    // user's gesture (Firefox opens its sidebar by itself, `_execute_sidebar_action`).
    if (command === OPEN_PANEL_COMMAND.chrome) {
      await openSidePanel(commandTab?.windowId).catch((error: unknown) => void recordError('background: side panel', error));
      return;
    }
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // Only the top frame walks the page's mentions; pages where no content script runs say nothing.
    await browser.tabs.sendMessage(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => {});
  });
});
