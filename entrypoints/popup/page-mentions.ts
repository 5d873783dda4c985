import { browser } from 'wxt/browser';
import type { GetPageMentionsMessage, PageMentions, RevealEntityMessage } from '@/utils/messages';
import type { PageMentionsState } from '@/components/PageMentionList';

function isPageMentions(value: unknown): value is PageMentions {
  if (typeof value !== 'object' || value === null) return false;
  const { counts, total } = value as Partial<PageMentions>;
  return typeof total === 'number' && typeof counts === 'object' && counts !== null;
}

export interface ActiveTabMentions {
  tabId?: number;
  state: PageMentionsState;
}

/**
 * Asks the active tab's content script what it found. A rejected message means no content script
 * is listening there — a browser page, the web store, a PDF viewer, or a tab opened before the
 * extension was installed — which the popup explains rather than showing a bare zero.
 */
export async function getActiveTabMentions(): Promise<ActiveTabMentions> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { state: { status: 'unsupported' } };
    const message: GetPageMentionsMessage = { type: 'get-page-mentions' };
    const reply: unknown = await browser.tabs.sendMessage(tab.id, message);
    // A tab whose content script is alive but never answers resolves with `undefined`.
    if (!isPageMentions(reply)) return { tabId: tab.id, state: { status: 'unsupported' } };
    return { tabId: tab.id, state: { status: 'ready', mentions: reply } };
  } catch {
    return { state: { status: 'unsupported' } };
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
