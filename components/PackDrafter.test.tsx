import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackDrafter } from './PackDrafter';

afterEach(cleanup);

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Choose an article file…'), { target: { files: [file] } });
}

describe('PackDrafter reading an article file', () => {
  it('reads a saved page as the popup does: the article, its title, and its site as the story line', async () => {
    const draft = vi.fn(() => new Promise<never>(() => undefined));
    render(<PackDrafter draft={draft} onInstall={vi.fn()} />);
    const paragraph = (n: number) => `<p>Mayor <b>Helen</b> Okafor said the ferry service would begin in the spring, with ${n} crossings a day between the two harbours and a new pier for the island's schools.</p>`;
    chooseFile(
      new File(
        [
          '<html lang="en"><head><title>Mayor backs ferry plan</title><meta property="og:site_name" content="Harbour News"></head><body>' +
            '<nav><a href="/">Home</a> <a href="/news">News</a></nav><script>var Putin = 1;</script>' +
            `<article><h1>Mayor backs ferry plan</h1>${Array.from({ length: 8 }, (_, n) => paragraph(n + 10)).join('')}</article></body></html>`,
        ],
        'story.html',
      ),
    );
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toContain('Mayor Helen Okafor said the ferry service would begin in the spring, with 10 crossings'));
    expect(box.value).not.toMatch(/Home|Putin/);
    expect(screen.getByText('From story.html.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Draft a pack' }));
    await waitFor(() =>
      expect(draft).toHaveBeenCalledWith(box.value, expect.objectContaining({ title: 'Mayor backs ferry plan', source: 'Harbour News' })),
    );
  });

  it('refuses a page with no article in it, saying why, and keeps what the box held', async () => {
    render(<PackDrafter draft={vi.fn()} onInstall={vi.fn()} />);
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Text the reader pasted.' } });
    chooseFile(new File(['<title>Empty</title><script>x()</script>'], 'empty.html'));
    expect((await screen.findByRole('alert')).textContent).toBe('empty.html: This page does not look like an article (Reader View would not open it either).');
    expect(box.value).toBe('Text the reader pasted.');
  });
});
