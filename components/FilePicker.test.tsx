import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilePicker } from './FilePicker';
import { PackDrafter } from './PackDrafter';

afterEach(cleanup);

describe('dropping a file (useFileDrop)', () => {
  it('on the pack import: the zone lights up while a file is over it, and the dropped file is read', async () => {
    const onText = vi.fn();
    render(<FilePicker label="Import a pack…" onText={onText} onRefuse={() => undefined} dropHint="or drop it here" />);
    const zone = document.querySelector('.cb-drop')!;
    fireEvent.dragOver(zone);
    expect(zone.classList.contains('cb-drop--active')).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['{"id":"x"}'], 'x.json')] } });
    expect(zone.classList.contains('cb-drop--active')).toBe(false);
    await waitFor(() => expect(onText).toHaveBeenCalledWith('{"id":"x"}', 'x.json'));
  });

  it('on the drafter: a dropped .txt article fills the article box', async () => {
    render(<PackDrafter draft={vi.fn()} onInstall={vi.fn()} />);
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    fireEvent.dragOver(box);
    expect(box.dataset.dragging).toBe('true');
    fireEvent.drop(box, { dataTransfer: { files: [new File(['Putin will visit India.'], 'story.txt')] } });
    await waitFor(() => expect(box.value).toBe('Putin will visit India.'));
    expect(box.dataset.dragging).toBeUndefined();
  });
});
