/**
 * Functions that run inside the page's main world (through `E2ePage.evaluate`). Each one is
 * serialised on its own, so it must be self-contained: no imports, no outer variables.
 * `readHighlights` is the one way tests list highlighted ranges, of the page or of a same-origin
 * frame; `CARD_TIMEOUT` is the one wait for a card to open.
 */

export interface HighlightedRange {
  /** Registry name: `cb-person`, `cb-event`, … */
  name: string;
  text: string;
  /** `id` of the nearest ancestor element that has one (the fixture's sentence blocks), or null. */
  block: string | null;
}

/** A range as `readHighlights` lists it, with what the tests ask of it beyond its text and block. */
export interface ListedRange extends HighlightedRange {
  collapsed: boolean;
  /** Whether the range still starts in a node of its document (a stale range does not). */
  connected: boolean;
  /** With `inside`: the tag of the range's nearest ancestor matching that selector, or null. */
  inside?: string | null;
}

export interface ReadHighlightsOptions {
  /** `id` of a same-origin `<iframe>` of this document: list that frame's highlights instead. */
  frame?: string;
  /** A selector; each range then says, as `inside`, the tag of its nearest ancestor matching it. */
  inside?: string;
  /** Null instead of an empty list, so `waitForPage` polls until something is highlighted. */
  nonEmpty?: boolean;
}

/**
 * Every range of every highlight in the document's `CSS.highlights` (or, with `frame`, in that
 * same-origin frame's), in registry order. Null while that frame has no window or is still loading.
 */
export const readHighlights = ({ frame, inside, nonEmpty = false }: ReadHighlightsOptions = {}): ListedRange[] | null => {
  const win = (frame === undefined ? window : (document.getElementById(frame) as HTMLIFrameElement | null)?.contentWindow) as (Window & typeof globalThis) | null | undefined;
  if (!win || (frame !== undefined && win.document.readyState !== 'complete')) return null;
  const out: ListedRange[] = [];
  if (typeof win.CSS === 'undefined' || !('highlights' in win.CSS)) return nonEmpty ? null : out;
  win.CSS.highlights.forEach((highlight, name) => {
    highlight.forEach((abstractRange) => {
      // A Highlight may hold StaticRanges, which have no toString(); make a live copy.
      const range = win.document.createRange();
      range.setStart(abstractRange.startContainer, abstractRange.startOffset);
      range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
      const container = range.commonAncestorContainer;
      const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
      const listed: ListedRange = {
        name,
        text: range.toString(),
        block: element?.closest('[id]')?.id ?? null,
        collapsed: abstractRange.collapsed,
        connected: abstractRange.startContainer.isConnected,
      };
      if (inside !== undefined) listed.inside = abstractRange.startContainer.parentElement?.closest(inside)?.tagName ?? null;
      out.push(listed);
    });
  });
  return nonEmpty && out.length === 0 ? null : out;
};

/** Number of ranges per highlight name, e.g. `{ 'cb-person': 6, 'cb-event': 1 }`. */
export const countHighlights = (): Record<string, number> => {
  const counts: Record<string, number> = {};
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return counts;
  CSS.highlights.forEach((highlight, name) => {
    counts[name] = highlight.size;
  });
  return counts;
};

/**
 * Viewport centre of the first occurrence of `word` inside element `#blockId`, and the name of the
 * highlight whose range covers it — the point a user would hover. With `highlightedOnly`, null
 * until such a range exists.
 */
export const locateWord = ({ blockId, word, highlightedOnly = false }: { blockId: string; word: string; highlightedOnly?: boolean }) => {
  const block = document.getElementById(blockId);
  if (!block) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.nodeValue ?? '').indexOf(word);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + word.length);
    const rect = range.getBoundingClientRect();
    let highlighted: string | null = null;
    CSS.highlights.forEach((highlight, name) => {
      highlight.forEach((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.compareBoundaryPoints(Range.START_TO_START, range) <= 0 && live.compareBoundaryPoints(Range.END_TO_END, range) >= 0) {
          highlighted = name;
        }
      });
    });
    if (highlightedOnly && !highlighted) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width, height: rect.height, highlighted };
  }
  return null;
};

/**
 * How long a test waits for a card to open. The card shows ~500 ms after the pointer settles (or
 * the `next-mention` command arrives); the rest is room for a loaded two-core machine.
 */
export const CARD_TIMEOUT = 2_500;

export interface CardState {
  hosts: number;
  hostParent: string | null;
  shadowMode: string | null;
  role: string | null;
  text: string;
  visible: boolean;
  rect: { left: number; top: number; width: number; height: number };
  background: string;
}

/** The card for `entityId` once it is rendered and visible (past any fade-in start), else null. */
export const readVisibleCard = (entityId: string): CardState | null => {
  const host = document.querySelector('cb-briefing-host');
  // The outermost [data-entity-id] is the card root; inner ones (related-entity chips) also carry ids.
  const card = host?.shadowRoot?.querySelector('[data-entity-id]');
  if (!host || !card || card.getAttribute('data-entity-id') !== entityId) return null;
  const rect = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  if (!(rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0)) return null;
  return {
    hosts: document.querySelectorAll('cb-briefing-host').length,
    hostParent: host.parentElement?.tagName.toLowerCase() ?? null,
    shadowMode: host.shadowRoot?.mode ?? null,
    role: card.getAttribute('role'),
    text: card.textContent ?? '',
    visible: true,
    rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    background: style.backgroundColor,
  };
};

/** True when no card is open: no host yet, no card in it, or the card is not rendered. */
export const noOpenCard = (): boolean => {
  const host = document.querySelector('cb-briefing-host');
  const cards = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-entity-id]')] : [];
  return cards.every((card) => {
    const rect = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0;
  });
};

/**
 * Finds a checkbox (or switch) whose label names one of `words` and returns its state; with
 * `click`, clicks it first, as a user would.
 */
export const toggleByLabel = ({ words, click, wait }: { words: string[]; click: boolean; wait?: boolean }) => {
  const controls = [...document.querySelectorAll<HTMLElement>('input[type="checkbox"], [role="switch"], [role="checkbox"]')];
  const labelOf = (el: HTMLElement) =>
    [
      el.getAttribute('aria-label'),
      ...((el as HTMLInputElement).labels ? [...(el as HTMLInputElement).labels!].map((l) => l.textContent) : []),
      el.closest('label')?.textContent,
      el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(' '),
    ]
      .filter(Boolean)
      .join(' ')
      .trim();
  const control = controls.find((el) => words.some((w) => new RegExp(`^\\s*${w}\\s*$`, 'i').test(labelOf(el))))
    ?? controls.find((el) => words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(labelOf(el))));
  // With `wait`, a missing control is null, so `waitForPage` polls until the page has rendered it
  // (typed `never`: only `waitForPage`, which returns the first truthy answer, passes `wait`).
  if (!control) return wait ? (null as never) : { found: false, labels: controls.map(labelOf), checked: null as boolean | null };
  if (click) control.click();
  const checked = control instanceof HTMLInputElement ? control.checked : control.getAttribute('aria-checked') === 'true';
  return { found: true, label: labelOf(control), labels: controls.map(labelOf), checked };
};
