import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageMentionList, groupMentions, type PageMentionsState } from './PageMentionList';
import { testPack } from '@/tests/support/test-pack';

afterEach(cleanup);

const ready = (counts: Record<string, number>): PageMentionsState => ({
  status: 'ready',
  mentions: { counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) },
});

function renderList(state: PageMentionsState) {
  const onReveal = vi.fn();
  render(<PageMentionList pack={testPack} state={state} onReveal={onReveal} />);
  return { onReveal, section: screen.getByRole('region', { name: 'On this page' }) };
}

describe('groupMentions', () => {
  it('groups by kind in the pack’s kind order, most-mentioned first, dropping unknown ids and zeros', () => {
    const groups = groupMentions(testPack, {
      'new-delhi': 1,
      'andrei-belousov': 2,
      'vladimir-putin': 5,
      'narendra-modi': 0,
      'putin-india-visit': 1,
      'someone-else': 3,
    });
    expect(groups.map((group) => [group.kind, group.items.map((item) => [item.entity.id, item.count])])).toEqual([
      ['person', [['vladimir-putin', 5], ['andrei-belousov', 2]]],
      ['event', [['putin-india-visit', 1]]],
      ['place', [['new-delhi', 1]]],
    ]);
  });
});

describe('PageMentionList', () => {
  it('shows the entities found, grouped under their kind with their counts', () => {
    const { section } = renderList(ready({ 'vladimir-putin': 3, 'andrei-belousov': 1, 'putin-india-visit': 2 }));

    const people = within(section).getByRole('group', { name: 'People' });
    expect(within(people).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Vladimir Putin, 3 mentions',
      'Andrei Belousov, 1 mention',
    ]);
    const events = within(section).getByRole('group', { name: 'Events' });
    expect(within(events).getByRole('button', { name: 'Putin’s visit to India, 2 mentions' })).toBeTruthy();
    expect(within(section).queryByRole('group', { name: 'Places' })).toBeNull();
  });

  it('reveals the entity the user picks', () => {
    const { section, onReveal } = renderList(ready({ 'vladimir-putin': 3 }));
    fireEvent.click(within(section).getByRole('button', { name: 'Vladimir Putin, 3 mentions' }));
    expect(onReveal).toHaveBeenCalledExactlyOnceWith('vladimir-putin');
  });

  it('gives each entity its briefing\'s first words as its description, in the story\'s language', () => {
    renderList(ready({ 'vladimir-putin': 2 }));
    const button = screen.getByRole('button', { name: /^Vladimir Putin/ });
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    const putin = testPack.entities.find((entity) => entity.id === 'vladimir-putin')!;
    expect(description!.textContent).toBe(putin.briefing.split(/(?<=\.)\s/)[0]);
    expect(description!.getAttribute('lang')).toBe(testPack.language);
    expect(button.querySelector('.cb-mention__name')!.getAttribute('lang')).toBe(testPack.language);
    // The words seen are the words of its name, spaced as read (axe: label-content-name-mismatch).
    expect(button.textContent).toBe('Vladimir Putin 2 mentions');
    expect(button.getAttribute('aria-label')).toBe('Vladimir Putin, 2 mentions');
  });

  it('says so when the page mentions nobody from the pack', () => {
    const { section } = renderList(ready({}));
    expect(within(section).getByText(`No one from “${testPack.title}” is mentioned on this page.`)).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('treats mentions of entities the pack does not know as no mentions', () => {
    const { section } = renderList(ready({ 'someone-else': 4 }));
    expect(within(section).getByText(`No one from “${testPack.title}” is mentioned on this page.`)).toBeTruthy();
  });

  it('explains pages where briefings cannot run', () => {
    const { section } = renderList({ status: 'unsupported' });
    expect(within(section).getByText(/Briefings can’t run on this page \(browser pages, the web store…\)/)).toBeTruthy();
  });

  it('explains that nothing is found while briefings are off', () => {
    const { section } = renderList({ status: 'off' });
    expect(within(section).getByText(/Briefings are off/)).toBeTruthy();
  });

  it('marks itself busy while it waits for the tab', () => {
    const { section } = renderList({ status: 'loading' });
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(within(section).getByText('Looking for mentions…')).toBeTruthy();
  });
});
