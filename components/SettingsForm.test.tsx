import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { SettingsForm } from './SettingsForm';

afterEach(cleanup);

function renderForm(settings: Settings = DEFAULT_SETTINGS) {
  const onChange = vi.fn<(next: Settings) => void>();
  render(<SettingsForm settings={settings} onChange={onChange} />);
  return { onChange };
}

describe('SettingsForm', () => {
  it('shows the current settings', () => {
    renderForm({ ...DEFAULT_SETTINGS, enabled: false, style: 'background', density: 'every', kinds: { ...DEFAULT_SETTINGS.kinds, topic: false } });
    expect((screen.getByRole('switch', { name: 'Show briefings on web pages' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'People' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Topics' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Background' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Every mention' }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns briefings off', () => {
    const { onChange } = renderForm();
    fireEvent.click(screen.getByRole('switch', { name: 'Show briefings on web pages' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('has one checkbox per entity kind, and unticking one hides only that kind', () => {
    const { onChange } = renderForm();
    const kinds = screen.getByRole('group', { name: 'Kinds to highlight' });
    expect(within(kinds).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'People',
      'Events',
      'Organizations',
      'Places',
      'Topics',
    ]);
    fireEvent.click(within(kinds).getByRole('checkbox', { name: 'Events' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, event: false },
    });
  });

  it('switches the highlight style', () => {
    const { onChange } = renderForm();
    const style = screen.getByRole('group', { name: 'Highlight style' });
    fireEvent.click(within(style).getByRole('radio', { name: 'Background' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('can turn the marks off while keeping the briefings', () => {
    const { onChange } = renderForm();
    const style = screen.getByRole('group', { name: 'Highlight style' });
    fireEvent.click(within(style).getByRole('radio', { name: /No marks/ }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, style: 'off' });
  });

  it('switches the density to every mention', () => {
    const { onChange } = renderForm();
    const density = screen.getByRole('group', { name: 'How often to mark a name' });
    fireEvent.click(within(density).getByRole('radio', { name: 'Every mention' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, density: 'every' });
  });

  it('labels every control', () => {
    renderForm();
    for (const control of screen.getAllByRole('checkbox').concat(screen.getAllByRole('radio'), screen.getAllByRole('switch'))) {
      const label = control.closest('label') ?? document.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim()).toBeTruthy();
    }
  });
});
