import { browser } from 'wxt/browser';
import { isPageMentions, type GetPageMentionsMessage, type NextMentionMessage, type RevealEntityMessage } from '@/utils/messages';
import type { PageMentionsState } from '@/components/PageMentionList';
import { normalizeHostname } from '@/utils/settings';

export interface ActiveTab {
  id?: number;
  /** Its window, where the side panel opens. */
  windowId?: number;
  /**
   * The tab's site key (`normalizeHostname`), or `null` when the popup may not read its address or
   * it is not a web page. `tab.url` is only filled in where the extension has host access: the
   * content script's `<all_urls>` match gives it on ordinary pages; on browser pages it is absent.
   */
  site: string | null;
}

export async function getActiveTab(): Promise<ActiveTab> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url;
    const site = url && /^https?:/i.test(url) ? normalizeHostname(url) : null;
    return { id: tab?.id, windowId: tab?.windowId, site };
  } catch {
    return { site: null };
  }
}

/**
 * Asks the tab's content script what it found. A rejected message means no content script is
 * listening there — a browser page, the web store, a PDF viewer, or a tab opened before the
 * extension was installed — which the popup explains rather than showing a bare zero.
 */
export async function getTabMentions(tabId: number): Promise<PageMentionsState> {
  try {
    const message: GetPageMentionsMessage = { type: 'get-page-mentions' };
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    // A tab whose content script is alive but never answers resolves with `undefined`.
    if (!isPageMentions(reply)) return { status: 'unsupported' };
    return { status: 'ready', mentions: reply };
  } catch {
    return { status: 'unsupported' };
  }
}

/** Asks the tab to scroll to the entity's next mention and open its card. */
export async function revealEntity(tabId: number, entityId: string): Promise<void> {
  const message: RevealEntityMessage = { type: 'reveal-entity', entityId };
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // The tab navigated away or closed since the popup opened; nothing useful to say about it.
  }
}

/**
 * Asks the tab's top frame to go to its next mention and open its card, as the keyboard command
 * does: the way to walk the page's mentions without a shortcut.
 */
export async function goToNextMention(tabId: number): Promise<void> {
  const message: NextMentionMessage = { type: 'next-mention' };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // As above: the tab is gone or changed.
  }
}
