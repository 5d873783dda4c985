import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '@/utils/pack/schema';
import { ArticleSummary } from './ArticleSummary';
import { testPack } from '@/tests/support/test-pack';

afterEach(cleanup);

describe('ArticleSummary', () => {
  it('shows the headline and the summary', () => {
    render(<ArticleSummary pack={testPack} />);
    expect(screen.getByRole('heading', { level: 1, name: testPack.article.headline })).toBeTruthy();
    expect(screen.getByText(testPack.article.summary)).toBeTruthy();
  });

  it('lists every key point, in order', () => {
    render(<ArticleSummary pack={testPack} />);
    const list = screen.getByRole('heading', { name: 'Key points' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(testPack.article.keyPoints);
  });

  it('shows the timeline as dated entries', () => {
    render(<ArticleSummary pack={testPack} />);
    const list = screen.getByRole('heading', { name: 'Timeline' }).nextElementSibling as HTMLElement;
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[1]!.querySelector('time')?.textContent).toBe('December 4–5');
    expect(entries[1]!.textContent).toContain('Putin’s visit to India');
  });

  it('leaves out the timeline when the article has none', () => {
    const undated: Pack = { ...testPack, article: { ...testPack.article, timeline: [] } };
    render(<ArticleSummary pack={undated} />);
    expect(screen.queryByRole('heading', { name: 'Timeline' })).toBeNull();
  });

  it('names the source', () => {
    const { container } = render(<ArticleSummary pack={testPack} />);
    expect(container.querySelector('.cb-article__source')!.textContent).toBe('Source: Test wire report, December 2025');
  });

  it('marks the pack\'s words with the pack\'s language, and leaves the interface\'s words to the page\'s', () => {
    const { container } = render(<ArticleSummary pack={{ ...testPack, language: 'fr' }} />);
    for (const selector of ['.cb-article__headline', '.cb-article__summary', '.cb-article__points', '.cb-timeline']) {
      expect(container.querySelector(selector)!.getAttribute('lang'), selector).toBe('fr');
    }
    expect(screen.getByText('Test wire report, December 2025').getAttribute('lang')).toBe('fr');
    expect(container.querySelector('.cb-section-title')!.closest('[lang]')).toBeNull();
  });

  it('leaves the headline, summary and source to the story lead above it, when asked', () => {
    render(<ArticleSummary pack={testPack} withLead={false} />);
    expect(screen.getByRole('article', { name: 'About the story' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.queryByText(testPack.article.summary)).toBeNull();
    expect(screen.queryByText(testPack.source, { exact: false })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeTruthy();
  });

  it('shows markup in pack strings as text', () => {
    const hostile: Pack = structuredClone(testPack);
    hostile.article.headline = '<em>Breaking</em>';
    hostile.article.keyPoints = ['<a href="https://example.com">click</a>'];
    const { container } = render(<ArticleSummary pack={hostile} />);
    expect(container.querySelector('em, a')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '<em>Breaking</em>' })).toBeTruthy();
    expect(screen.getByText('<a href="https://example.com">click</a>')).toBeTruthy();
  });
});
