/**
 * The popup's side of "Make briefings from this page": ask the tab whether it looks like an
 * article, read the article out of it, and hand it to the draft page. Each injection runs once,
 * in the tab's top frame, only because the reader opened the popup or pressed the button.
 */
import { browser } from 'wxt/browser';
import type { Extraction } from '@/utils/article/extract-article';
import { savePendingDraft } from '@/utils/article/pending-draft';

/** A refusal of the page, or a tab the extension may not read (a browser page, the web store, a PDF viewer). */
export type TabExtraction = Extraction | { ok: false; kind: 'unreachable' };

async function runInTab(tabId: number, file: '/article-probe.js' | '/extract-article.js'): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return injection?.result;
}

/** Whether the tab's page looks like an article (Readability's quick test); false where the extension may not look. */
export async function probeArticle(tabId: number): Promise<boolean> {
  try {
    return (await runInTab(tabId, '/article-probe.js')) === true;
  } catch {
    return false;
  }
}

/** The article in the tab, or why there is none. */
export async function extractFromTab(tabId: number): Promise<TabExtraction> {
  try {
    const result = await runInTab(tabId, '/extract-article.js');
    if (result && typeof result === 'object' && 'ok' in result) return result as Extraction;
  } catch {
    // The tab navigated, closed, or is a page no extension may script.
  }
  return { ok: false, kind: 'unreachable' };
}

/** Opens the draft page on `article` in a new tab next to the reader's. */
export async function openDraftPage(draft: Parameters<typeof savePendingDraft>[0]): Promise<void> {
  const id = await savePendingDraft(draft);
  await browser.tabs.create({ url: browser.runtime.getURL(`/draft.html#${id}`) });
}
