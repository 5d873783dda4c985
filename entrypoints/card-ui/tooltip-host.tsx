/**
 * The one node the extension adds to a page: a `<cb-briefing-host>` with an open shadow root that
 * holds the briefing card. It owns the shadow root, the card's position and its teardown; the card
 * itself is the pure `BriefingCard` view. The host hangs off `<html>`, outside `<body>`, so the
 * page's content (and `body.innerHTML`) never changes.
 *
 * On a touch screen the same card is a bottom sheet: full width along the bottom of the frame,
 * under a grip, closed by its close button, Esc, a tap outside (the content script's) or a swipe
 * down (sheet-swipe.ts).
 */
import { autoUpdate } from '@floating-ui/dom';
import { render } from 'preact';
import { BriefingCard } from '@/components/BriefingCard';
import { I18nProvider } from '@/components/i18n';
import cardCss from '@/components/briefing-card.css?inline';
import type { CardAnchor } from '@/utils/card-ui';
import type { Translator } from '@/utils/i18n';
import type { Catalog } from '@/utils/pack/catalog';
import { orderByStory } from '@/utils/pack/story-order';
import { positionCard } from './card-position';
import { onSheetSwipe } from './sheet-swipe';

export interface TooltipHostOptions {
  /** The catalog of the enabled packs as it is now (it changes when packs do). */
  catalog(): Catalog;
  /** How often the frame mentions each entity, by catalog key (orders a name several stories share). */
  pageCounts(): Readonly<Record<string, number>>;
  /** The interface's language as it is now (the user may change it while the card is open). */
  i18n(): Translator;
  onOpenSettings(): void;
  onPauseSite(): void;
  onClose(): void;
}

/** How long the first card's announcement waits after its live region joins the page. */
export const FIRST_ANNOUNCE_DELAY_MS = 150;

// The host's inline styles win over any page rule without !important, and `all: initial` stops
// inherited page styles at the door. Fixed and zero-sized, it takes no space in the page's flow.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; ' +
  'visibility: visible !important; opacity: 1 !important; pointer-events: auto !important;';

const SHADOW_CSS = `
:host { all: initial; }
.cb-layer {
  position: fixed; top: 0; left: 0; width: max-content;
  /* The room card-position.ts gives the card, set on the layer once placed; until then the frame's.
     Declared here so a page's own --cb-max-* on :root never reaches the card. */
  --cb-max-width: calc(100vw - 16px); --cb-max-height: calc(100vh - 16px);
}
.cb-layer--sheet {
  top: auto; bottom: 0; right: 0; width: auto; transform: none;
  --cb-max-width: 100vw; --cb-max-height: 70vh;
}
/* The sheet follows the finger down (sheet-swipe.ts); only its body still scrolls. The card is a
   scroll container, so the rule must sit on it, not on the layer above it. */
.cb-layer--sheet .cb-card { width: auto; border-radius: 14px 14px 0 0; padding-top: 22px; touch-action: none; }
.cb-layer--sheet .cb-card__body { touch-action: pan-y; }
.cb-layer--sheet .cb-card::before {
  content: ''; position: absolute; top: 8px; left: calc(50% - 18px); width: 36px; height: 4px;
  border-radius: 2px; background: var(--cb-border);
}
@media (prefers-reduced-motion: no-preference) { .cb-layer--sheet .cb-card { animation: cb-sheet-in 160ms ease-out; } }
@keyframes cb-sheet-in { from { transform: translateY(40px); opacity: 0; } }
.cb-announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${cardCss}`;

export class TooltipHost {
  private host: HTMLElement | null = null;
  private layer: HTMLDivElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private announcer: HTMLDivElement | null = null;
  /** Set while a new live region waits before its first words (see `announce`). */
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingAnnouncement = '';
  private entityKey: string | null = null;
  /** The entities this card showed before the one in view, opened one from another as related. */
  private trail: string[] = [];
  private anchor: CardAnchor | null = null;
  /** Where keyboard focus was before it moved into the card, to give it back on close. */
  private returnFocus: HTMLElement | null = null;
  /** Whether the card shows as a bottom sheet (a tap on a touch screen) rather than beside the mention. */
  private sheet = false;
  private stopSwipe: (() => void) | null = null;

  constructor(private readonly options: TooltipHostOptions) {}

  /** Whether an event happened inside our card (events from the shadow root retarget to the host). */
  contains(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host;
  }

  /**
   * Opens (or swaps in place) the card for `entityKey` at `anchor`: a mention hovered or reached by
   * keyboard starts a fresh trail, so "Back" only ever leads to entities opened from this card.
   */
  show(entityKey: string, anchor: CardAnchor, sheet = false): void {
    if (!this.options.catalog().get(entityKey)) return;
    this.trail = [];
    this.anchor = anchor;
    this.sheet = sheet;
    this.renderCard(entityKey);
    const layer = this.layer!;
    layer.classList.toggle('cb-layer--sheet', sheet);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (!sheet) this.stopAutoUpdate = autoUpdate(anchor, layer, () => void this.position());
    else for (const property of ['transform', '--cb-max-width', '--cb-max-height']) layer.style.removeProperty(property);
  }

  /** Whether the open card is a bottom sheet. */
  get isSheet(): boolean {
    return this.sheet && this.entityKey !== null;
  }

  /** Renders the card of `entityKey` into the layer, with a "Back" when the trail has a step. */
  private renderCard(entityKey: string): void {
    const catalog = this.options.catalog();
    const hovered = catalog.get(entityKey);
    if (!hovered) return;
    // A name several stories know: each story's briefing, the one most present on the page first.
    const [first, ...alsoIn] = orderByStory([hovered, ...catalog.sameNamed(entityKey)], catalog, this.options.pageCounts());
    const { entity, pack } = first!;
    const layer = this.ensureLayer();
    this.entityKey = entityKey;
    const previous = this.trail.at(-1);
    const backTo = previous === undefined ? undefined : this.options.catalog().get(previous)?.entity.name;
    const i18n = this.options.i18n();
    // The card speaks the interface's language, whatever the page's: screen readers and fonts follow `lang`.
    layer.lang = i18n.language;
    render(
      <I18nProvider value={i18n}>
      <BriefingCard
        entity={entity}
        pack={pack}
        alsoIn={alsoIn}
        onSelectEntity={(id, packId) => {
          const key = this.options.catalog().keyOf(packId, id);
          if (!key) return;
          this.trail.push(entityKey);
          this.renderCard(key);
          this.focus();
        }}
        backTo={backTo}
        onBack={() => {
          const back = this.trail.pop();
          if (back !== undefined) this.renderCard(back);
          this.focus();
        }}
        onPauseSite={this.options.onPauseSite}
        onOpenSettings={this.options.onOpenSettings}
        onClose={this.options.onClose}
      />
      </I18nProvider>,
      layer,
    );
    // Screen readers hear which briefing opened, without focus being taken from the reader.
    this.announce(i18n.language, i18n.t('card_announce', entity.name, entity.role ?? ''));
  }

  /**
   * Says `text` through the live region. A region added to the page in the same task as its text
   * is often not heard (screen readers watch regions they already know), so the first card's
   * words follow a moment after the region is in the page; later cards change them at once.
   */
  private announce(lang: string, text: string): void {
    if (!this.announcer) return;
    this.announcer.lang = lang;
    // Until the first words are said, a newer card's words replace them and wait with them.
    this.pendingAnnouncement = text;
    if (this.announceTimer === undefined) this.announcer.textContent = text;
  }

  /** Moves keyboard focus into the card (keyboard and popup paths, never on hover). */
  focus(): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== this.host) this.returnFocus = active;
    const card = this.layer?.querySelector<HTMLElement>('.cb-card');
    if (!card) return;
    card.tabIndex = -1;
    card.focus({ preventScroll: true });
  }

  /** Renders the open card again, in the interface's language as it is now. */
  refresh(): void {
    if (this.entityKey !== null) this.renderCard(this.entityKey);
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.entityKey = null;
    this.trail = [];
    this.anchor = null;
    const hadFocus = document.activeElement === this.host;
    if (this.layer) render(null, this.layer);
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.pendingAnnouncement = '';
    if (this.announcer) this.announcer.textContent = '';
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  destroy(): void {
    this.hide();
    this.stopSwipe?.();
    this.stopSwipe = null;
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.announcer = null;
  }

  private async position(): Promise<void> {
    const { anchor, layer } = this;
    if (!anchor || !layer || this.sheet) return;
    const { x, y } = await positionCard(anchor, layer);
    if (this.sheet) return; // became a sheet while this was measured
    layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private ensureLayer(): HTMLDivElement {
    if (this.layer && this.host?.isConnected) return this.layer;
    const host = document.createElement('cb-briefing-host');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, SHADOW_CSS);
    const layer = document.createElement('div');
    layer.className = 'cb-layer';
    const announcer = document.createElement('div');
    announcer.className = 'cb-announce';
    announcer.setAttribute('aria-live', 'polite');
    shadow.append(layer, announcer);
    this.stopSwipe?.();
    this.stopSwipe = onSheetSwipe(layer, {
      active: () => this.isSheet,
      onDrag: (offset) => (offset ? layer.style.setProperty('transform', `translateY(${offset}px)`) : layer.style.removeProperty('transform')),
      onSwipe: this.options.onClose,
    });
    document.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    this.announcer = announcer;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      announcer.textContent = this.pendingAnnouncement;
    }, FIRST_ANNOUNCE_DELAY_MS);
    return layer;
  }
}

/**
 * A constructed stylesheet is not subject to the page's `style-src` CSP, so the card keeps its
 * looks on strict-CSP sites; where the browser refuses a sheet from the content script's world,
 * a `<style>` inside our own shadow root is the fallback.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
