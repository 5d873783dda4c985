import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPendingDraft, savePendingDraft } from './pending-draft';

const article = { title: 'Ferry plan', paragraphs: ['Mayor Helen Okafor backs the ferry plan.'], wordCount: 7 };

beforeEach(() => fakeBrowser.reset());

describe('pending drafts', () => {
  it('keeps an article in session storage under a fresh id, and reads it back', async () => {
    const first = await savePendingDraft({ article, requestedAt: 5 });
    const second = await savePendingDraft({ article: { ...article, title: 'Other' }, requestedAt: 6 });
    expect(first).not.toBe(second);
    expect(await loadPendingDraft(first)).toEqual({ article, requestedAt: 5 });
    expect((await loadPendingDraft(second))?.article.title).toBe('Other');
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('keeps when the article was read for the timing, and drops a damaged time', async () => {
    expect(await loadPendingDraft(await savePendingDraft({ article, requestedAt: 5, readAt: 9 }))).toEqual({ article, requestedAt: 5, readAt: 9 });
    await browser.storage.session.set({ 'draft-odd': { article, requestedAt: 5, readAt: 'soon' } });
    expect(await loadPendingDraft('odd')).toEqual({ article, requestedAt: 5 });
  });

  it('reads nothing for an unknown id, a malformed id or a damaged value', async () => {
    expect(await loadPendingDraft('no-such-draft')).toBeNull();
    expect(await loadPendingDraft('../packs')).toBeNull();
    await browser.storage.session.set({ 'draft-bad': { article: { title: 'x' }, requestedAt: 1 } });
    expect(await loadPendingDraft('bad')).toBeNull();
  });
});
