/**
 * The side panel's side of the conversation with a tab: which tab it follows, what that tab
 * mentions and says, and asking it to show a mention. The panel follows the active tab of its
 * window (as Chrome's side panel and Firefox's sidebar sit beside it); `?tab=<id>` pins it to one
 * tab, which is how the panel page is shown in a tab of its own beside a page (tests, screenshots).
 */
import { browser } from 'wxt/browser';
import {
  isPageMentions,
  isPageSentences,
  type GetPageMentionsMessage,
  type GetPageSentencesMessage,
  type PageMentions,
  type PageSentence,
  type RevealEntityMessage,
  type RevealMentionMessage,
} from '@/utils/messages';
import { normalizeHostname } from '@/utils/settings';

export interface PanelTab {
  id: number;
  /** The tab's site key, or null when its address cannot be read or it is not a web page. */
  site: string | null;
}

/** The tab a `?tab=<id>` address pins the panel to, or null. */
export function pinnedTabId(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

const siteOf = (url: string | undefined) => (url && /^https?:/i.test(url) ? normalizeHostname(url) : null);

/** The tab `id`, or the active tab of the panel's window; null when there is none (or it is the panel itself). */
export async function findPanelTab(id: number | null): Promise<PanelTab | null> {
  try {
    // The panel's own tab, when it is shown in one; a real side panel has none.
    const own = await (async () => browser.tabs.getCurrent())().catch(() => undefined);
    const tab = id !== null ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined || tab.id === own?.id) return null;
    return { id: tab.id, site: siteOf(tab.url) };
  } catch {
    return null;
  }
}

/**
 * Calls `onChange` when the tab the panel follows may have changed (another tab activated in the
 * panel's window) or the followed tab may show something else (it loaded, its mentions changed).
 * Returns the teardown.
 */
export function watchPanelTab(pinned: number | null, followed: () => number | null, onChange: (what: 'tab' | 'page') => void): () => void {
  let windowId: number | undefined;
  (async () => (windowId = (await browser.windows.getCurrent()).id))().catch(() => {});
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (pinned === null && (windowId === undefined || info.windowId === windowId)) onChange('tab');
  };
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (tabId === followed() && change.status === 'complete') onChange('page');
  };
  // The background keeps each tab's counts in storage.session (utils/tab-mentions.ts): a change
  // there is the page changing under the panel.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    const id = followed();
    if (area === 'session' && id !== null && `tab-mentions:${id}` in changes) onChange('page');
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.storage.onChanged.removeListener(onStorage);
  };
}

/** What the tab mentions, or null when no content script answers there. */
export async function askMentions(tabId: number): Promise<PageMentions | null> {
  const message: GetPageMentionsMessage = { type: 'get-page-mentions' };
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
  return isPageMentions(reply) ? reply : null;
}

/** The tab's sentences around its mentions; empty when it cannot say. */
export async function askSentences(tabId: number): Promise<PageSentence[]> {
  const message: GetPageSentencesMessage = { type: 'get-page-sentences' };
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
  return isPageSentences(reply) ? reply : [];
}

/** Asks the tab to show an entity's next mention, or one mention by its place, and open its card. */
export async function showInTab(tabId: number, target: { entityId: string; mention?: number }): Promise<void> {
  const message: RevealEntityMessage | RevealMentionMessage =
    target.mention === undefined ? { type: 'reveal-entity', entityId: target.entityId } : { type: 'reveal-mention', entityId: target.entityId, mention: target.mention };
  // The tab may have closed or navigated since; there is nothing to say about it.
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}
