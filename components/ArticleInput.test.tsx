import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleInput } from './ArticleInput';

afterEach(cleanup);

function setup(busy = false) {
  const props = { onText: vi.fn(), onFile: vi.fn(), onDraft: vi.fn() };
  render(<ArticleInput text="Putin will visit India." busy={busy} {...props} />);
  return props;
}

describe('ArticleInput', () => {
  it('shows the text and reports typing, a chosen file, a dropped file and the draft button', () => {
    const props = setup();
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    expect(box.value).toBe('Putin will visit India.');
    fireEvent.input(box, { target: { value: 'Modi agreed.' } });
    expect(props.onText).toHaveBeenCalledWith('Modi agreed.');
    const chosen = new File(['a'], 'chosen.txt');
    fireEvent.change(screen.getByLabelText('Choose an article file…'), { target: { files: [chosen] } });
    expect(props.onFile).toHaveBeenLastCalledWith(chosen);
    const dropped = new File(['b'], 'dropped.html');
    fireEvent.drop(box, { dataTransfer: { files: [dropped] } });
    expect(props.onFile).toHaveBeenLastCalledWith(dropped);
    fireEvent.click(screen.getByRole('button', { name: 'Draft a pack' }));
    expect(props.onDraft).toHaveBeenCalledOnce();
  });

  it('marks the box while a file is dragged over it', () => {
    setup();
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    fireEvent.dragOver(box);
    expect(box.dataset.dragging).toBe('true');
    fireEvent.dragLeave(box);
    expect(box.dataset.dragging).toBeUndefined();
  });

  it('disables every control while busy', () => {
    setup(true);
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).disabled).toBe(true);
    expect((screen.getByLabelText('Choose an article file…') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Draft a pack' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
