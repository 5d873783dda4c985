import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CARD_UI_KEY, loadCardUi, registerCardUi, type CardUi, type CardUiHandlers } from './card-ui';

const handlers: CardUiHandlers = { site: 'example.com', pageCounts: () => ({}), onOpenSettings: vi.fn(), onClose: vi.fn(), onError: vi.fn() };
const card: CardUi = { show: vi.fn(), hide: vi.fn(), focus: vi.fn(), contains: () => false, sentences: () => [], destroy: vi.fn() };

afterEach(() => {
  delete (globalThis as { [CARD_UI_KEY]?: unknown })[CARD_UI_KEY];
});

describe('card UI loading', () => {
  it('makes the card with the registered factory, without importing the script again', async () => {
    const factory = vi.fn(async () => card);
    registerCardUi(factory);
    expect(await loadCardUi(handlers)).toBe(card);
    expect(factory).toHaveBeenCalledWith(handlers);
  });

  it('imports the card script from the extension, and rejects when it cannot, so the session can report it', async () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://test-id${path}`);
    await expect(loadCardUi(handlers)).rejects.toThrow();
    expect(getURL).toHaveBeenCalledWith('/card-ui.js');
  });

  it('registers under a symbol, not a named global', () => {
    registerCardUi(async () => card);
    expect(Object.keys(globalThis).some((key) => /card/i.test(key))).toBe(false);
    expect(typeof CARD_UI_KEY).toBe('symbol');
  });
});
