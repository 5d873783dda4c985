/** lazyCard: one import however often asked, a late card destroyed after the session stopped, a failed load reported and retried. */
import { describe, expect, it, vi } from 'vitest';
import type { CardUi, CardUiHandlers } from './card-ui';
import { lazyCard } from './lazy-card';

const fakeCard = (): CardUi => ({ show: vi.fn(), hide: vi.fn(), focus: vi.fn(), contains: () => false, sentences: () => [], destroy: vi.fn() });
const handlers = (errors: unknown[] = []): CardUiHandlers => ({ site: 'news.example', pageCounts: () => ({}), onOpenSettings: () => {}, onClose: () => {}, onError: (error) => errors.push(error) });

describe('lazyCard', () => {
  it('imports the card once, however often it is asked for', async () => {
    const ui = fakeCard();
    const make = vi.fn(async () => ui);
    const card = lazyCard(make, handlers());
    expect(card.loading).toBe(false);
    const [a, b] = await Promise.all([card.load(), card.load()]);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(make).toHaveBeenCalledTimes(1);
    expect(card.current).toBe(ui);
  });

  it('destroys a card that arrives after the session stopped', async () => {
    const ui = fakeCard();
    let deliver!: (card: CardUi) => void;
    const card = lazyCard(() => new Promise((resolve) => (deliver = resolve)), handlers());
    const loaded = card.load();
    card.destroy();
    deliver(ui);
    expect(await loaded).toBeNull();
    expect(ui.destroy).toHaveBeenCalledTimes(1);
    expect(card.current).toBeNull();
  });

  it('reports a failed load and tries again on the next need', async () => {
    const errors: unknown[] = [];
    const ui = fakeCard();
    const make = vi.fn().mockRejectedValueOnce(new Error('import failed')).mockResolvedValueOnce(ui);
    const card = lazyCard(make, handlers(errors));
    expect(await card.load()).toBeNull();
    expect(errors).toEqual([new Error('import failed')]);
    expect(card.loading).toBe(false);
    expect(await card.load()).toBe(ui);
  });
});
