import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostics } from '@/utils/diagnostics';
import { DiagnosticsPanel } from './DiagnosticsPanel';

afterEach(cleanup);

const AT = Date.UTC(2025, 11, 4, 10, 30);
const formatTime = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function renderPanel(diagnostics: Diagnostics | undefined) {
  const onClear = vi.fn<() => void>();
  render(<DiagnosticsPanel diagnostics={diagnostics} onClear={onClear} formatTime={formatTime} />);
  return { onClear };
}

describe('DiagnosticsPanel', () => {
  it('says it is reading before diagnostics arrive', () => {
    renderPanel(undefined);
    expect(screen.getByText('Reading diagnostics…')).toBeTruthy();
  });

  it('says when nothing was recorded, and has nothing to clear', () => {
    renderPanel({ counts: {}, recent: [] });
    expect(screen.getByRole('status').textContent).toBe('No errors recorded.');
    expect((screen.getByRole('button', { name: 'Clear diagnostics' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/kept on this device only and never sent anywhere/)).toBeTruthy();
  });

  it('shows counts by place, most first, and the latest messages with their time', () => {
    renderPanel({
      counts: { 'card/open': 1, 'content/scan': 12 },
      recent: [
        { where: 'content/scan', message: 'TypeError: x is not a function', at: AT + 60_000 },
        { where: 'card/open', message: 'Error: no anchor rects', at: AT },
      ],
    });
    expect(screen.getByRole('status').textContent).toBe('13 errors recorded in 2 places.');
    const rows = within(screen.getByRole('table', { name: 'Errors by place' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['content/scan12', 'card/open1']);
    const items = within(screen.getByRole('list', { name: 'Latest error messages' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '2025-12-04 10:31 content/scan: TypeError: x is not a function',
      '2025-12-04 10:30 card/open: Error: no anchor rects',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-04T10:31:00.000Z');
  });

  it('shows markup in a message as text, never as elements', () => {
    renderPanel({ counts: { 'content/scan': 1 }, recent: [{ where: 'content/scan', message: '<img src=x onerror=alert(1)>', at: AT }] });
    const item = within(screen.getByRole('list', { name: 'Latest error messages' })).getByRole('listitem');
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('clears on request', () => {
    const { onClear } = renderPanel({ counts: { 'content/scan': 1 }, recent: [] });
    expect(screen.getByRole('status').textContent).toBe('1 error recorded.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear diagnostics' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
