import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InstalledPack } from '@/utils/pack/pack-store';
import { StoryList } from './StoryList';
import { testPack } from '@/tests/support/test-pack';

afterEach(cleanup);

const other: InstalledPack = {
  pack: { ...testPack, id: 'frigate-talks', title: 'Australia–Japan frigate talks', source: 'Example Wire, 2026' },
  builtIn: false,
  enabled: false,
  installedAt: 1,
};
const bundled: InstalledPack = { pack: testPack, builtIn: true, enabled: true, installedAt: null };

describe('StoryList', () => {
  it('lists every installed story with a switch named after it, on or off as stored', () => {
    render(<StoryList packs={[bundled, other]} onToggle={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your stories' })).toBeTruthy();
    const switches = screen.getAllByRole('switch') as HTMLInputElement[];
    expect(switches.map((s) => [s.closest('label')!.textContent, s.checked])).toEqual([
      [testPack.title, true],
      ['Australia–Japan frigate talks', false],
    ]);
    // Each says where the story comes from, as its description.
    expect(screen.getByRole('switch', { name: 'Australia–Japan frigate talks' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Example Wire, 2026')).toBeTruthy();
  });

  it('turns one story on or off by its id', () => {
    const onToggle = vi.fn();
    render(<StoryList packs={[bundled, other]} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('switch', { name: testPack.title }));
    expect(onToggle).toHaveBeenCalledWith('test-pack', false);
    fireEvent.click(screen.getByRole('switch', { name: 'Australia–Japan frigate talks' }));
    expect(onToggle).toHaveBeenLastCalledWith('frigate-talks', true);
  });

  it('says nothing with one story: the master switch covers it', () => {
    const { container } = render(<StoryList packs={[bundled]} onToggle={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});
