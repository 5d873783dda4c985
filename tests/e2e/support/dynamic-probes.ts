/**
 * Main-world probes for the dynamic fixtures (tests/fixtures/dynamic/), beside page-probes.ts.
 * Like those, each is serialised on its own: no imports, no outer variables. They read the
 * fixtures' own instruments (`window.__cbKit`, see tests/fixtures/dynamic/kit.js).
 */
import type { HighlightedRange } from './page-probes';

interface Kit {
  snapshot: unknown;
  added: Record<string, true>;
  attributes: Record<string, true>;
  maxGap: number;
  frames: number;
  heartbeatFrom: number;
  check(): string[];
  resetLog(): void;
  highlights(): HighlightedRange[];
}

export interface KitReport {
  /** Differences between the DOM now and the page's own last snapshot; empty when untouched. */
  problems: string[];
  /** Tag names of elements added since DOMContentLoaded, outside our host. */
  added: string[];
  /** `tag[attribute]` changed since DOMContentLoaded, outside our host. */
  attributes: string[];
}

export const kitReady = (): boolean => Boolean((window as unknown as { __cbKit?: Kit }).__cbKit?.snapshot);

export const kitReport = (): KitReport => {
  const kit = (window as unknown as { __cbKit: Kit }).__cbKit;
  return { problems: kit.check(), added: Object.keys(kit.added), attributes: Object.keys(kit.attributes) };
};

/**
 * The requestAnimationFrame heartbeat since the page started it: the longest gap between frames,
 * and the longest once our first highlight had appeared (the page's own first layout of a huge
 * text comes before that).
 */
export const kitHeartbeat = () => {
  const kit = (window as unknown as { __cbKit: Kit & { gaps: Array<[number, number]>; firstHighlightAt: number | null } }).__cbKit;
  const after = kit.firstHighlightAt;
  const gapsAfter = after === null ? [] : kit.gaps.filter(([end, gap]) => end - gap >= after - 1);
  return {
    maxGap: kit.maxGap,
    maxGapAfterFirstHighlight: Math.max(0, ...gapsAfter.map(([, gap]) => gap)),
    gaps: kit.gaps.map(([end, gap]) => `${gap} ms ending at ${end - kit.heartbeatFrom | 0} ms`),
    firstHighlightAt: after === null ? null : after - kit.heartbeatFrom,
    frames: kit.frames,
    since: performance.now() - kit.heartbeatFrom,
    /** Chromium only: long animation frames, split into script and rendering time. */
    longFrames: (kit as unknown as { longFrames?: unknown[] }).longFrames ?? [],
  };
};

/** Every highlighted range of this document, also those inside open shadow roots. */
export const kitHighlights = (): HighlightedRange[] => (window as unknown as { __cbKit: Kit }).__cbKit.highlights();

/**
 * The viewport centre of `word` inside a highlighted range whose nearest `[id]` ancestor is
 * `blockId` — in the light DOM or in an open shadow root — or null while there is none.
 */
export const locateHighlightedWord = ({ blockId, word }: { blockId: string; word: string }) => {
  let found: { x: number; y: number; name: string } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    highlight.forEach((r) => {
      if (found) return;
      const node = r.startContainer;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (element?.closest('[id]')?.id !== blockId) return;
      const text = node.nodeValue ?? '';
      const at = text.indexOf(word, r.startOffset);
      if (at < 0 || (node === r.endContainer && at + word.length > r.endOffset)) return;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (rect.width === 0) return;
      found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, name };
    });
  });
  return found as { x: number; y: number; name: string } | null;
};

/**
 * The text of the first highlighted range (in composed document order: a range in a shadow root
 * sits where its host does) that is not above the viewport — the one `next-mention` opens first
 * when no card is open.
 */
export const firstMentionOnScreen = (): string | null => {
  const ranges: AbstractRange[] = [];
  CSS.highlights.forEach((highlight) => highlight.forEach((r) => ranges.push(r)));
  /** The chain of (root-level node, offset) positions from the document down to the range. */
  const anchor = (r: AbstractRange): Range => {
    let node: Node = r.startContainer;
    let root = node.getRootNode();
    const live = document.createRange();
    if (root === document) {
      live.setStart(r.startContainer, r.startOffset);
      return live;
    }
    while (root !== document && root instanceof ShadowRoot) {
      node = root.host;
      root = node.getRootNode();
    }
    live.setStartBefore(node);
    return live;
  };
  const visible = ranges.filter((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.getBoundingClientRect().bottom > 0;
  });
  visible.sort((a, b) => {
    const order = anchor(a).compareBoundaryPoints(Range.START_TO_START, anchor(b));
    if (order !== 0 || a.startContainer.getRootNode() !== b.startContainer.getRootNode()) return order;
    const la = document.createRange();
    la.setStart(a.startContainer, a.startOffset);
    const lb = document.createRange();
    lb.setStart(b.startContainer, b.startOffset);
    return la.compareBoundaryPoints(Range.START_TO_START, lb);
  });
  const first = visible[0];
  if (!first) return null;
  const live = document.createRange();
  live.setStart(first.startContainer, first.startOffset);
  live.setEnd(first.endContainer, first.endOffset);
  return live.toString();
};

/** Whether keyboard focus is inside our card: the document's active element is the card's host. */
export const focusInCardHost = () => ({
  active: document.activeElement?.tagName.toLowerCase() ?? null,
  inner: (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null | undefined)?.className ?? null,
});

/** The open card's box against the viewport, and whether it overlaps the box `avoid`. */
export const cardPlacement = (avoid: { x: number; y: number }) => {
  const host = document.querySelector('cb-briefing-host');
  const card = host?.shadowRoot?.querySelector('[data-entity-id]');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return {
    left: r.left,
    right: r.right,
    top: r.top,
    bottom: r.bottom,
    viewportWidth: document.documentElement.clientWidth,
    viewportHeight: window.innerHeight,
    coversPoint: avoid.x >= r.left && avoid.x <= r.right && avoid.y >= r.top && avoid.y <= r.bottom,
  };
};

/** Like `locateHighlightedWord`, inside a same-origin `<iframe id=frameId>`, in top-viewport coordinates. */
export const locateInFrame = ({ frameId, blockId, word }: { frameId: string; blockId: string; word: string }) => {
  const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
  const win = frame?.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!frame || !win) return null;
  let found: { x: number; y: number } | null = null;
  win.CSS.highlights.forEach((highlight) => {
    highlight.forEach((r) => {
      if (found) return;
      const node = r.startContainer;
      if (node.parentElement?.closest('[id]')?.id !== blockId) return;
      const at = (node.nodeValue ?? '').indexOf(word, r.startOffset);
      if (at < 0) return;
      const range = win.document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const inner = range.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      found = { x: outer.left + frame.clientLeft + inner.left + inner.width / 2, y: outer.top + frame.clientTop + inner.top + inner.height / 2 };
    });
  });
  return found as { x: number; y: number } | null;
};

/** The entity of the card open inside a same-origin frame (the frame's own host), or null. */
export const frameCard = (frameId: string): string | null =>
  ((document.getElementById(frameId) as HTMLIFrameElement | null)?.contentWindow as unknown as { __cbKit?: { cardEntity(): string | null } } | null)?.__cbKit?.cardEntity() ?? null;

/** A frame's own report through its kit.js bridge (works across origins, by postMessage). */
export const askFrame = (frameId: string) =>
  new Promise<(KitReport & { highlights: HighlightedRange[]; href: string; card: string | null }) | null>((resolve) => {
    const id = Math.random();
    const onMessage = (event: MessageEvent) => {
      if (event.data?.cbKitReply !== id) return;
      removeEventListener('message', onMessage);
      resolve(event.data);
    };
    addEventListener('message', onMessage);
    (document.getElementById(frameId) as HTMLIFrameElement | null)?.contentWindow?.postMessage({ cbKitProbe: id }, '*');
    setTimeout(() => resolve(null), 2_000);
  });
