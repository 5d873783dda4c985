import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity, Pack } from '@/utils/pack/schema';
import { BriefingCard } from './BriefingCard';
import { testPack } from '@/tests/support/test-pack';

function entity(id: string, pack: Pack = testPack): Entity {
  const found = pack.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`test pack has no ${id}`);
  return found;
}

function renderCard(id: string, props: Partial<Parameters<typeof BriefingCard>[0]> = {}) {
  const callbacks = { onSelectEntity: vi.fn(), onClose: vi.fn() };
  const result = render(<BriefingCard entity={entity(id)} pack={testPack} {...callbacks} {...props} />);
  return { ...result, ...callbacks, card: screen.getByRole('dialog') };
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('BriefingCard', () => {
  it('is a dialog named after the entity, carrying its id and the cb-card class', () => {
    const { card } = renderCard('andrei-belousov');
    expect(screen.getByRole('dialog', { name: 'Andrei Belousov' })).toBe(card);
    expect(card.getAttribute('data-entity-id')).toBe('andrei-belousov');
    expect(card.classList.contains('cb-card')).toBe(true);
  });

  it('shows the name, kind, role and briefing', () => {
    const { card } = renderCard('andrei-belousov');
    expect(within(card).getByRole('heading', { name: 'Andrei Belousov' })).toBeTruthy();
    expect(within(card).getByText('Person').classList.contains('cb-chip--person')).toBe(true);
    expect(within(card).getByText('Russia’s defence minister')).toBeTruthy();
    expect(
      within(card).getByText('Belousov leads Russia’s side at the commission’s 22nd session in New Delhi.'),
    ).toBeTruthy();
  });

  it('marks the pack\'s words with the pack\'s language, not the interface\'s words', () => {
    const french = { ...testPack, language: 'fr' };
    const { card } = renderCard('andrei-belousov', { entity: entity('andrei-belousov', french), pack: french });
    for (const selector of ['.cb-card__name', '.cb-card__role', '.cb-related']) {
      expect(card.querySelector(selector)!.closest('[lang]')?.getAttribute('lang'), selector).toBe('fr');
    }
    expect(within(card).getByText(/^Belousov leads Russia/).getAttribute('lang')).toBe('fr');
    for (const selector of ['.cb-chip', '.cb-card__close', '.cb-card__story']) {
      expect(card.querySelector(selector)!.closest('[lang]'), selector).toBeNull();
    }
  });

  it('keeps the quote behind "Source", folded until asked for', () => {
    const quoted: Pack = structuredClone(testPack);
    quoted.article.sentences[0] = 'The agenda covers joint weapons projects and technology transfer.';
    render(<BriefingCard entity={quoted.entities[0]!} pack={quoted} onSelectEntity={vi.fn()} onClose={vi.fn()} />);
    const card = screen.getByRole('dialog');
    const source = within(card).getByRole('button', { name: 'Source' });
    expect(source.getAttribute('aria-expanded')).toBe('false');
    expect(card.querySelector('blockquote')).toBeNull();
    fireEvent.click(source);
    expect(source.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector('blockquote')?.textContent).toBe('“The agenda covers joint weapons projects and technology transfer.”');
  });

  it('leaves out a quote that says what the briefing already says', () => {
    // Briefing "Putin visits India on December 4–5 …", quote "Vladimir Putin will visit India on December 4–5."
    const { card } = renderCard('vladimir-putin');
    expect(within(card).queryByRole('button', { name: 'Source' })).toBeNull();
    expect(card.textContent).toContain('Putin visits India on December 4–5');
  });

  it('names the story the briefing comes from in one line', () => {
    const { card } = renderCard('andrei-belousov');
    expect(card.querySelector('.cb-card__story')?.textContent).toBe(
      'From: Belousov in New Delhi ahead of Putin’s visit · Test wire report, December 2025',
    );
    card.remove();
    const dated: Pack = structuredClone(testPack);
    dated.article.published = '2025-12-03';
    render(<BriefingCard entity={dated.entities[0]!} pack={dated} onSelectEntity={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog').querySelector('.cb-card__story')?.textContent).toBe(
      'From: Belousov in New Delhi ahead of Putin’s visit · Test wire report, December 2025 · 3 December 2025',
    );
  });

  it('shows about forty words of a long briefing and the rest behind "More"', () => {
    const long: Pack = structuredClone(testPack);
    const target = long.entities[0]!;
    const sentence = (n: number) => `Sentence ${n} has exactly ten words in it, no fewer.`;
    target.briefing = [1, 2, 3, 4, 5, 6, 7].map(sentence).join(' ');
    render(<BriefingCard entity={target} pack={long} onSelectEntity={vi.fn()} onClose={vi.fn()} />);
    const card = screen.getByRole('dialog');
    const briefing = card.querySelector('.cb-card__briefing')!;
    expect(briefing.textContent).toContain(sentence(4));
    expect(briefing.textContent).not.toContain(sentence(5));
    const more = within(card).getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(briefing.textContent).toContain(sentence(7));
    expect(within(card).getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('offers "Back" only with somewhere to go back to, and calls back when chosen', () => {
    const bare = renderCard('vladimir-putin');
    expect(within(bare.card).queryByRole('button', { name: /^Back/ })).toBeNull();
    bare.unmount();
    const onBack = vi.fn();
    const { card } = renderCard('vladimir-putin', { backTo: 'Andrei Belousov', onBack });
    fireEvent.click(within(card).getByRole('button', { name: 'Back to Andrei Belousov' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('keeps the head and the actions outside the part that scrolls', () => {
    const { card } = renderCard('andrei-belousov', { onPauseSite: vi.fn(), onOpenSettings: vi.fn() });
    const body = card.querySelector('.cb-card__body')!;
    expect([...card.children].map((child) => child.className)).toEqual(['cb-card__head', 'cb-card__body', 'cb-card__actions']);
    expect(within(body as HTMLElement).queryByRole('button', { name: 'Close briefing' })).toBeNull();
    expect(within(body as HTMLElement).queryByRole('button', { name: 'Settings' })).toBeNull();
  });

  it('shows the date of a dated entity, and no date for an undated one', () => {
    const dated = renderCard('putin-india-visit');
    expect(within(dated.card).getByText('December 4–5')).toBeTruthy();
    expect(within(dated.card).getByText('Event')).toBeTruthy();
    dated.unmount();

    const undated = renderCard('andrei-belousov');
    expect(undated.card.textContent).not.toContain('Date:');
  });

  it('lists related entities by name and calls back with the id of the one chosen', () => {
    const { card, onSelectEntity } = renderCard('andrei-belousov');
    const related = within(card).getByRole('group', { name: 'Related' });
    const names = within(related)
      .getAllByRole('button')
      .map((button) => button.textContent);
    // `no-such-entity` in the fixture is a dangling reference: it is skipped, not shown as an id.
    expect(names).toEqual(['Military-technical commission', 'Vladimir Putin']);

    fireEvent.click(within(related).getByRole('button', { name: 'Vladimir Putin' }));
    expect(onSelectEntity).toHaveBeenCalledExactlyOnceWith('vladimir-putin', testPack.id);
  });

  it('closes from its close button and from Escape', () => {
    const { card, onClose } = renderCard('vladimir-putin');
    fireEvent.click(within(card).getByRole('button', { name: 'Close briefing' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    const related = within(card).getByRole('button', { name: 'Putin’s visit to India' });
    related.focus();
    fireEvent.keyDown(related, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('offers "Pause on this site" and "Settings" only when the host handles them', () => {
    const bare = renderCard('vladimir-putin');
    expect(within(bare.card).queryByRole('button', { name: 'Pause on this site' })).toBeNull();
    expect(within(bare.card).queryByRole('button', { name: 'Settings' })).toBeNull();
    bare.unmount();

    const onPauseSite = vi.fn();
    const onOpenSettings = vi.fn();
    const { card } = renderCard('vladimir-putin', { onPauseSite, onOpenSettings });
    fireEvent.click(within(card).getByRole('button', { name: 'Pause on this site' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Settings' }));
    expect(onPauseSite).toHaveBeenCalledTimes(1);
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('shows markup in pack strings as literal text, never as elements', () => {
    const hostile: Pack = structuredClone(testPack);
    const target = hostile.entities[0]!;
    target.name = '<img src=x onerror=alert(1)>';
    target.briefing = '<b>bold</b> claim';
    hostile.article.sentences[0] = '<script>alert(1)</script> was in the sentence';
    render(<BriefingCard entity={target} pack={hostile} onSelectEntity={vi.fn()} onClose={vi.fn()} />);

    const card = screen.getByRole('dialog', { name: '<img src=x onerror=alert(1)>' });
    fireEvent.click(within(card).getByRole('button', { name: 'Source' }));
    expect(card.querySelector('img, b, script')).toBeNull();
    expect(within(card).getByText('<b>bold</b> claim')).toBeTruthy();
    expect(card.querySelector('blockquote')?.textContent).toBe('“<script>alert(1)</script> was in the sentence”');
  });

  it('leaves out the quote when the cited sentence does not exist', () => {
    const broken: Pack = structuredClone(testPack);
    const target = broken.entities[0]!;
    target.sources = [99];
    render(<BriefingCard entity={target} pack={broken} onSelectEntity={vi.fn()} onClose={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Source' })).toBeNull();
  });

  it('shows the same name in another story under that story, after the first', () => {
    const putin = testPack.entities.find((e) => e.id === 'vladimir-putin')!;
    const summit = { ...testPack, id: 'summit-story', title: 'Summit story', source: 'Summit wire', article: { ...testPack.article, headline: 'A summit on river trade' } };
    const { card } = renderCard('vladimir-putin', { alsoIn: [{ entity: { ...putin, role: 'Summit host', briefing: 'Vladimir Putin hosts the river-trade summit.' }, pack: summit }] });
    const sections = [...card.querySelectorAll('.cb-card__briefing-of')];
    expect(sections.map((s) => s.getAttribute('data-pack-id'))).toEqual([testPack.id, 'summit-story']);
    expect(sections[1]!.querySelector('.cb-card__story')?.textContent).toContain('A summit on river trade');
    expect(sections[1]!.textContent).toContain('Summit host');
    expect(sections[1]!.textContent).toContain('Vladimir Putin hosts the river-trade summit.');
    // One card, one name at its head.
    expect(card.querySelectorAll('.cb-card__name')).toHaveLength(1);
  });
});

