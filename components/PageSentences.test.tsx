import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testPack } from '@/tests/support/test-pack';
import { groupMentions } from './PageMentionList';
import { PageSentences } from './PageSentences';

afterEach(cleanup);
const groups = groupMentions(testPack, { 'vladimir-putin': 2, 'narendra-modi': 1 });

describe('PageSentences', () => {
  it('quotes each entity’s sentences with the name marked, each a button to it', () => {
    const onJump = vi.fn();
    const sentence = { entityId: 'vladimir-putin', text: 'Then Putin left.', start: 5, end: 10, mention: 3 };
    render(<PageSentences groups={groups} sentences={[sentence]} onJump={onJump} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What this page says about them' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Sentences about Vladimir Putin' });
    const quote = within(list).getByRole('button');
    expect(quote.querySelector('q')!.textContent).toBe('Then Putin left.');
    expect(quote.querySelector('mark')!.textContent).toBe('Putin');
    fireEvent.click(quote);
    expect(onJump).toHaveBeenCalledWith(sentence);
    // An entity with no sentence says why rather than showing an empty list.
    expect(screen.queryByRole('list', { name: 'Sentences about Narendra Modi' })).toBeNull();
    expect(screen.getByText(/only in headings, links or captions/)).toBeTruthy();
  });

  it('says it is reading while the sentences are on their way', () => {
    render(<PageSentences groups={groups} sentences={null} onJump={vi.fn()} />);
    expect(screen.getByText('Reading the page’s sentences…')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'What this page says about them' }).getAttribute('aria-busy')).toBe('true');
  });
});
