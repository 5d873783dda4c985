import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishTranslator, type Translator } from '@/utils/i18n';
import { buildCatalog } from '@/utils/pack/catalog';
import { loadTestTranslator } from '@/tests/support/locales';
import { testPack } from '@/tests/support/test-pack';
import { FIRST_ANNOUNCE_DELAY_MS, TooltipHost } from './tooltip-host';

const catalog = buildCatalog([testPack]);
const anchor = {
  getBoundingClientRect: () => new DOMRect(100, 100, 40, 18),
  getClientRects: () => [new DOMRect(100, 100, 40, 18)],
  contextElement: document.body,
};

let host: TooltipHost | null = null;
afterEach(() => {
  host?.destroy();
  host = null;
});

function makeHost(i18n: () => Translator = () => englishTranslator) {
  host = new TooltipHost({ catalog: () => catalog, pageCounts: () => ({}), i18n, onOpenSettings: vi.fn(), onPauseSite: vi.fn(), onClose: vi.fn() });
  return host;
}

const root = () => document.querySelector('cb-briefing-host')!.shadowRoot!;
const shownEntity = () => root().querySelector('.cb-card')?.getAttribute('data-entity-id') ?? null;
const button = (name: string) =>
  [...root().querySelectorAll<HTMLButtonElement>('.cb-card button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);

describe('TooltipHost: related entities and Back', () => {
  it('opens a related entity in place with a Back to the one before, step by step', async () => {
    const tooltip = makeHost();
    tooltip.show('putin-india-visit', anchor);
    expect(button('Back to Putin’s visit to India')).toBeUndefined();

    button('Vladimir Putin')!.click();
    await Promise.resolve();
    expect(shownEntity()).toBe('vladimir-putin');
    button('Narendra Modi')!.click();
    await Promise.resolve();
    expect(shownEntity()).toBe('narendra-modi');

    button('Back to Vladimir Putin')!.click();
    await Promise.resolve();
    expect(shownEntity()).toBe('vladimir-putin');
    button('Back to Putin’s visit to India')!.click();
    await Promise.resolve();
    expect(shownEntity()).toBe('putin-india-visit');
    expect(root().querySelector('.cb-card__back')).toBeNull();
  });

  it('starts a fresh trail when a mention opens the card, also as a swap from another mention', () => {
    const tooltip = makeHost();
    tooltip.show('vladimir-putin', anchor);
    button('Narendra Modi')!.click();
    expect(button('Back to Vladimir Putin')).toBeDefined();
    tooltip.show('new-delhi', anchor);
    expect(shownEntity()).toBe('new-delhi');
    expect(root().querySelector('.cb-card__back')).toBeNull();
  });
});

describe('TooltipHost: the live region', () => {
  afterEach(() => vi.useRealTimers());
  const announced = () => root().querySelector('.cb-announce')!.textContent;

  it('says the first card a moment after the region joins the page, the newest card if another came meanwhile, then each at once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const tooltip = makeHost();
    tooltip.show('vladimir-putin', anchor);
    vi.advanceTimersByTime(50);
    tooltip.show('narendra-modi', anchor);
    expect(announced()).toBe('');
    vi.advanceTimersByTime(FIRST_ANNOUNCE_DELAY_MS - 60);
    expect(announced()).toBe('');
    vi.advanceTimersByTime(20);
    expect(announced()).toMatch(/^Briefing: Narendra Modi\. /);
    tooltip.show('vladimir-putin', anchor);
    expect(announced()).toMatch(/^Briefing: Vladimir Putin\. /);
  });

  it('says nothing of a card hidden before its words were due', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const tooltip = makeHost();
    tooltip.show('vladimir-putin', anchor);
    tooltip.hide();
    vi.advanceTimersByTime(FIRST_ANNOUNCE_DELAY_MS * 2);
    expect(announced()).toBe('');
  });
});

describe('TooltipHost: the interface language', () => {
  it('renders, labels and announces the card in the chosen language, and switches when it changes', async () => {
    const ru = await loadTestTranslator('ru');
    let current: Translator = ru;
    const tooltip = makeHost(() => current);
    tooltip.show('vladimir-putin', anchor);
    const layer = root().querySelector<HTMLElement>('.cb-layer')!;
    expect(layer.lang).toBe('ru');
    expect(root().querySelector('.cb-chip')!.textContent).toBe('Человек');
    expect(button('Закрыть справку')).toBeDefined();
    expect(root().querySelector('.cb-card__actions')!.textContent).toContain('Приостановить на этом сайте');
    // The pack's own words are never translated.
    expect(root().querySelector('.cb-card__name')!.textContent).toBe('Vladimir Putin');
    // The live region joined the page with this first card: its words follow a moment later.
    const announced = () => root().querySelector('.cb-announce')!.textContent;
    expect(announced()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, FIRST_ANNOUNCE_DELAY_MS + 50));
    expect(announced()).toMatch(/^Справка: Vladimir Putin\. /);
    // A later card, into a region already in the page, is said at once.
    tooltip.show('narendra-modi', anchor);
    expect(announced()).toMatch(/^Справка: Narendra Modi\. /);

    current = await loadTestTranslator('hi');
    tooltip.refresh();
    expect(layer.lang).toBe('hi');
    expect(root().querySelector('.cb-chip')!.textContent).toBe('व्यक्ति');
    expect(button('जानकारी बंद करें')).toBeDefined();
  });
});

describe('TooltipHost: the bottom sheet', () => {
  const layer = () => root().querySelector<HTMLElement>('.cb-layer')!;
  const touch = (type: string, y: number) =>
    root().querySelector('.cb-card__name')!.dispatchEvent(new PointerEvent(type, { pointerId: 3, pointerType: 'touch', clientY: y, bubbles: true, composed: true }));

  it('shows the card as a sheet when asked, and beside the mention again after', () => {
    const tooltip = makeHost();
    tooltip.show('vladimir-putin', anchor, true);
    expect(layer().classList.contains('cb-layer--sheet')).toBe(true);
    expect(tooltip.isSheet).toBe(true);
    expect(shownEntity()).toBe('vladimir-putin');
    tooltip.show('narendra-modi', anchor);
    expect(layer().classList.contains('cb-layer--sheet')).toBe(false);
    expect(tooltip.isSheet).toBe(false);
  });

  it('closes on a swipe down, and follows the finger until then', () => {
    const onClose = vi.fn();
    host = new TooltipHost({ catalog: () => catalog, pageCounts: () => ({}), i18n: () => englishTranslator, onOpenSettings: vi.fn(), onPauseSite: vi.fn(), onClose });
    host.show('vladimir-putin', anchor, true);
    touch('pointerdown', 500);
    touch('pointermove', 540);
    expect(layer().style.transform).toBe('translateY(40px)');
    touch('pointerup', 600);
    expect(layer().style.transform).toBe('');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not close a card beside a mention on a swipe', () => {
    const onClose = vi.fn();
    host = new TooltipHost({ catalog: () => catalog, pageCounts: () => ({}), i18n: () => englishTranslator, onOpenSettings: vi.fn(), onPauseSite: vi.fn(), onClose });
    host.show('vladimir-putin', anchor);
    touch('pointerdown', 500);
    touch('pointerup', 700);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('TooltipHost: a name two stories know', () => {
  const summit = {
    ...testPack,
    id: 'summit-story',
    title: 'Summit story',
    article: { ...testPack.article, headline: 'A summit on river trade' },
    entities: [
      { ...testPack.entities.find((e) => e.id === 'vladimir-putin')!, role: 'Summit host', briefing: 'Vladimir Putin hosts the river-trade summit.', related: ['marisol-tevanne'] },
      { id: 'marisol-tevanne', kind: 'person' as const, name: 'Marisol Tevanne', role: 'Trade envoy', briefing: 'Marisol Tevanne leads the trade talks.', sources: [0], related: [], aliases: ['Marisol Tevanne'] },
    ],
  };
  const both = buildCatalog([testPack, summit]);
  const stories = () => [...root().querySelectorAll('.cb-card__briefing-of')].map((s) => s.getAttribute('data-pack-id'));

  it('shows each story’s briefing under its story, the one with more of its names on the page first', () => {
    let counts: Record<string, number> = { 'vladimir-putin': 2, 'narendra-modi': 1 };
    host = new TooltipHost({ catalog: () => both, pageCounts: () => counts, i18n: () => englishTranslator, onOpenSettings: vi.fn(), onPauseSite: vi.fn(), onClose: vi.fn() });
    host.show('vladimir-putin', anchor);
    expect(stories()).toEqual(['test-pack', 'summit-story']);
    expect(root().textContent).toContain('Vladimir Putin hosts the river-trade summit.');
    expect(root().querySelector('.cb-card__briefing-of--also .cb-card__role')?.textContent).toBe('Summit host');

    counts = { 'vladimir-putin': 2, 'marisol-tevanne': 1 };
    host.show('vladimir-putin', anchor);
    expect(stories()).toEqual(['summit-story', 'test-pack']);
    // A related entity is looked up in its own story.
    button('Marisol Tevanne')!.click();
    expect(shownEntity()).toBe('marisol-tevanne');
  });
});

