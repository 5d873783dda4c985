import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testPack } from '@/tests/support/test-pack';
import { groupMentions } from './PageMentionList';
import { PanelMentionList } from './PanelMentionList';

afterEach(cleanup);

describe('PanelMentionList', () => {
  it('lists each entity with its kind, role, briefing and count, and a jump named after it', () => {
    const onReveal = vi.fn();
    render(<PanelMentionList groups={groupMentions(testPack, { 'vladimir-putin': 3, 'putin-india-visit': 1 })} onReveal={onReveal} />);
    const items = within(screen.getByRole('list', { name: 'Mentions on this page, with each briefing' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const putin = testPack.entities.find((entity) => entity.id === 'vladimir-putin')!;
    expect(items[0]!.textContent).toContain(putin.role);
    expect(items[0]!.textContent).toContain('Person');
    expect(items[0]!.textContent).toContain('3 mentions');
    expect(items[1]!.textContent).toContain('1 mention');
    // The briefing's first words are there, not just the name.
    expect(items[0]!.querySelector('.cb-panel-mention__briefing')!.textContent!.length).toBeGreaterThan(20);
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Next mention of Vladimir Putin' }));
    expect(onReveal).toHaveBeenCalledWith('vladimir-putin');
  });

  it('marks the name, role and briefing with the story\'s language, and not the kind or the jump', () => {
    render(<PanelMentionList groups={groupMentions({ ...testPack, language: 'fr' }, { 'vladimir-putin': 3 })} onReveal={() => {}} />);
    const [item] = screen.getAllByRole('listitem');
    for (const selector of ['.cb-panel-mention__name', '.cb-panel-mention__briefing']) expect(item!.querySelector(selector)!.getAttribute('lang'), selector).toBe('fr');
    expect(within(item!).getByText(testPack.entities.find((entity) => entity.id === 'vladimir-putin')!.role!).getAttribute('lang')).toBe('fr');
    for (const selector of ['.cb-panel-mention__kind', '.cb-panel-mention__count', 'button']) expect(item!.querySelector(selector)!.closest('[lang]'), selector).toBeNull();
  });
});
