import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackDrafter } from './PackDrafter';

afterEach(cleanup);

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Choose an article file…'), { target: { files: [file] } });
}

describe('PackDrafter reading an article file', () => {
  it('takes an HTML page’s paragraphs as the text and its <h1> as the draft’s title', async () => {
    const draft = vi.fn(() => new Promise<never>(() => undefined));
    render(<PackDrafter draft={draft} onInstall={vi.fn()} />);
    chooseFile(
      new File(
        ['<title>Site</title><nav>Home News</nav><h1>Mayor backs ferry plan</h1><script>var Putin = 1;</script><p>Mayor <b>Helen</b> Okafor spoke.</p>'],
        'story.html',
      ),
    );
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Home News\nMayor backs ferry plan\nMayor Helen Okafor spoke.'));
    expect(screen.getByText('From story.html.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Draft a pack' }));
    await waitFor(() =>
      expect(draft).toHaveBeenCalledWith(box.value, expect.objectContaining({ title: 'Mayor backs ferry plan', source: 'story.html' })),
    );
  });

  it('says so when an HTML page has no text to draft from', async () => {
    render(<PackDrafter draft={vi.fn()} onInstall={vi.fn()} />);
    chooseFile(new File(['<title>Empty</title><script>x()</script>'], 'empty.html'));
    expect((await screen.findByRole('alert')).textContent).toBe('empty.html has no text to draft from.');
  });
});
