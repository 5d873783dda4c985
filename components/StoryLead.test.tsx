import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '@/utils/pack/schema';
import { StoryLead } from './StoryLead';
import { testPack } from '@/tests/support/test-pack';

afterEach(cleanup);

const withSummary = (summary: string): Pack => ({ ...testPack, article: { ...testPack.article, summary } });

describe('StoryLead', () => {
  it('leads with the headline, then where the story comes from, then the summary', () => {
    render(<StoryLead pack={testPack} />);
    const headline = screen.getByRole('heading', { level: 1, name: testPack.article.headline });
    expect(headline.nextElementSibling!.textContent).toBe(testPack.source);
    expect(headline.nextElementSibling!.nextElementSibling!.textContent).toBe(testPack.article.summary);
  });

  it('holds a long summary to two lines until asked, and gives it back', () => {
    const long = 'A long summary of the story, which goes on for well over two lines at the popup’s width of 380 pixels, so the popup holds it back.';
    render(<StoryLead pack={withSummary(long)} />);
    const summary = screen.getByText(long);
    expect(summary.classList.contains('cb-story__summary--clamped')).toBe(true);
    const toggle = screen.getByRole('button', { name: 'Read the whole summary' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(summary.classList.contains('cb-story__summary--clamped')).toBe(false);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('needs no toggle for a short summary', () => {
    render(<StoryLead pack={withSummary('Short.')} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
