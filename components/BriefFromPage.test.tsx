import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefFromPage } from './BriefFromPage';

afterEach(cleanup);

describe('BriefFromPage', () => {
  it('shows nothing on a page that is not an article', () => {
    const { container } = render(<BriefFromPage state={{ status: 'hidden' }} onStart={() => {}} />);
    expect(container.textContent).toBe('');
  });

  it('offers the button and starts on click', () => {
    const onStart = vi.fn();
    render(<BriefFromPage state={{ status: 'ready' }} onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make briefings from this page' }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('shows progress while reading, with the button disabled', () => {
    render(<BriefFromPage state={{ status: 'reading' }} onStart={() => {}} />);
    expect((screen.getByRole('button', { name: 'Make briefings from this page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Reading the article…');
  });

  it('says why a page was refused, and keeps the button to try again', () => {
    render(<BriefFromPage state={{ status: 'refused', message: 'This article is in French; the drafter reads only English.' }} onStart={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('This article is in French; the drafter reads only English.');
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(false);
  });
});
