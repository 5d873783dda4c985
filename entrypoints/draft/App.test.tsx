import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savePendingDraft } from '@/utils/article/pending-draft';
import { listPacks } from '@/utils/pack/pack-store';
import { App } from './App';

const paragraphs = readFileSync(resolve(__dirname, '../../data/briefing-article.txt'), 'utf8').trim().split('\n');
const article = {
  title: 'Belousov in India',
  siteName: 'Example News',
  byline: 'By Jane Doe',
  publishedTime: '2025-12-03T10:00:00Z',
  paragraphs,
  wordCount: 746,
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('draft page', () => {
  it('drafts the article the popup kept, reviews it, and installs it', async () => {
    const requestedAt = Date.now();
    const id = await savePendingDraft({ article, requestedAt, readAt: requestedAt + 40 });
    render(<App draftId={id} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Belousov in India' })).toBeTruthy();
    expect(screen.getByText('Example News · Jane Doe · 746 words')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Review the draft' }, { timeout: 15_000 });
    expect(document.querySelector('[data-elapsed-ms]')!.textContent).toMatch(/^Read and drafted on this computer in \d+\.\d s; nothing was sent anywhere\.$/);
    // Where the time went: reading in the tab as the popup recorded it, then this page's own stages.
    const stages = JSON.parse(document.querySelector('[data-stages]')!.getAttribute('data-stages')!) as Record<string, number>;
    expect(stages.read).toBe(40);
    expect(Object.keys(stages)).toEqual(['read', 'open', 'load', 'draft']);
    expect(stages.draft).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Vladimir Putin' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Install pack' }));
    expect((await screen.findByRole('status')).textContent).toBe('Installed “Belousov in India”: its briefings show on open tabs now.');
    const installed = (await listPacks()).find((p) => p.pack.id === 'belousov-in-india');
    expect(installed?.pack).toMatchObject({ source: 'Example News · Jane Doe', article: { published: '2025-12-03' } });
    expect(installed?.pack.entities.every((e) => e.role === undefined || !/named in the article/.test(e.role))).toBe(true);
  }, 30_000);

  it('says so when the draft is gone', async () => {
    render(<App draftId="not-here" />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^This draft is no longer here/));
  });
});
