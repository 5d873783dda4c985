/**
 * One annotation session on this frame's document: the annotator, the card and the pointer and
 * keyboard listeners that connect them. Started when briefings are active here, stopped (leaving
 * the page exactly as it was) when they are turned off, paused, or the extension goes away.
 *
 * The card's code is loaded on first need (utils/card-ui.ts): its import starts as soon as the
 * pointer is over a mention, so it is ready by the end of the hover delay.
 */
import type { ScriptContext } from '@/utils/page/script-context';
import type { MentionIndex } from '@/utils/matcher';
import type { CardAnchor, CardUi, CardUiHandlers } from '@/utils/card-ui';
import { lazyCard } from '@/utils/lazy-card';
import type { PageMentions, PageSentence } from '@/utils/messages';
import { createAnnotator, type MentionHit } from '@/utils/page/annotator';
import type { MentionRecord } from '@/utils/page/highlight-registry';
import { createHoverIntent } from '@/utils/page/hover-intent';
import { createMentionNavigation } from '@/utils/page/mention-navigation';
import { onMentionTaps } from '@/utils/page/mention-taps';
import { onPointerFrames } from '@/utils/page/pointer-frames';
import type { Settings } from '@/utils/settings-model';

/** Grace before a card closes once the pointer has left the mention and the card (Page Previews). */
const HIDE_DELAY_MS = 300;

export interface SessionOptions {
  ctx: ScriptContext;
  index: MentionIndex;
  /** Makes the card (importing its code the first time); see utils/card-ui.ts. */
  loadCardUi(handlers: CardUiHandlers): Promise<CardUi>;
  settings: Settings;
  onMentionsChanged(mentions: PageMentions): void;
  /** The site this frame follows (frame-site.ts): the card's "Pause on this site" pauses it. */
  site: string;
  onOpenSettings(): void;
  onError(error: unknown): void;
}

export interface Session {
  update(settings: Settings): void;
  /** The page changed under us wholesale (SPA navigation): start over. */
  rescan(): void;
  pageMentions(): PageMentions;
  /** Scrolls to the entity's next mention and opens its card; false when the page has none. */
  reveal(entityKey: string): boolean;
  /** Moves to the mention after the one it opened last (or the first on screen) and opens its card. */
  next(): boolean;
  /** Opens the mention at `place` in the page's list (the side panel's jump); see mention-navigation.ts. */
  revealAt(place: number, entityKey: string): boolean;
  /** The page's sentences around its mentions, by the card's code (loaded now if it is not yet). */
  sentences(): Promise<PageSentence[]>;
  stop(): void;
}

/** A mention under the pointer; `sheet` when a tap opened it (the card shows as a bottom sheet). */
type Opened = MentionHit & { sheet?: boolean };

export function startSession(options: SessionOptions): Session {
  const { ctx, onError } = options;
  // One signal for all of the session's listeners: stopping the session or the script ends them.
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const listen = { signal: controller.signal, capture: true, passive: true } as const;

  const annotator = createAnnotator({
    document,
    index: options.index,
    settings: options.settings,
    onMentionsChanged: (counts, total) => options.onMentionsChanged({ counts, total }),
    onError,
  });
  const card = lazyCard(options.loadCardUi, {
    site: options.site,
    pageCounts: () => annotator.pageMentions().counts,
    onOpenSettings: options.onOpenSettings,
    onClose: () => intent.close(),
    onError,
  });
  /** Set by the keyboard and popup paths: focus moves into the card once it shows. */
  let focusOnShow = false;
  const intent = createHoverIntent<Opened>({
    showDelayMs: options.settings.hoverDelayMs,
    hideDelayMs: HIDE_DELAY_MS,
    same: (a, b) => a.record === b.record,
    onShow: (hit) =>
      void card.load().then((ui) => {
        // The pointer may have left, or another mention taken over, while the code loaded.
        if (!ui || intent.shown !== hit) return;
        ui.show(hit.record.entityId, anchorFor(hit.record, hit.rect), hit.sheet);
        if (focusOnShow) ui.focus();
        focusOnShow = false;
      }),
    onHide: () => card.current?.hide(),
  });

  onPointerFrames(document, (callback) => ctx.requestAnimationFrame(callback), controller.signal, (event) => {
    try {
      if (card.current?.contains(event.target)) {
        intent.pointerAt(null, true);
        return;
      }
      const hit = annotator.mentionAtPoint(event.clientX, event.clientY);
      if (hit && !card.loading) void card.load();
      intent.pointerAt(hit);
    } catch (error) {
      onError(error);
    }
  });
  onMentionTaps(
    document,
    controller.signal,
    (event) => (card.current?.contains(event.target) ? null : annotator.mentionAtPoint(event.clientX, event.clientY)),
    (hit) => intent.showNow({ ...hit, sheet: true }, true),
    (event) => card.current?.contains(event.target) || intent.close(),
  );
  document.documentElement.addEventListener('pointerleave', () => intent.pointerAt(null), listen);
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && intent.shown) intent.close();
    },
    listen,
  );

  const open = (record: MentionRecord) => {
    const container = record.range.startContainer.parentElement;
    const before = record.range.getBoundingClientRect();
    if (container && (before.top < 0 || before.bottom > innerHeight)) container.scrollIntoView({ block: 'center' });
    const rect = record.range.getClientRects()[0] ?? record.range.getBoundingClientRect();
    focusOnShow = true;
    intent.showNow({ record, rect }, true);
  };
  const navigation = createMentionNavigation(() => annotator.mentions(), open);
  annotator.scanAll();

  return {
    update(next) {
      intent.close();
      intent.setShowDelay(next.hoverDelayMs);
      annotator.updateSettings(next);
    },
    rescan() {
      intent.close();
      annotator.scanAll();
    },
    pageMentions: () => annotator.pageMentions(),
    reveal: (entityKey) => navigation.reveal(entityKey),
    next: () => navigation.next(),
    revealAt: (place, entityKey) => navigation.at(place, entityKey),
    sentences: () => card.load().then((ui) => ui?.sentences(annotator.mentions()) ?? []),
    stop() {
      controller.abort();
      intent.close();
      card.destroy();
      annotator.destroy();
    },
  };
}

/** The line of the mention the card points at, followed as the page scrolls or reflows. */
function anchorFor(record: MentionRecord, hitRect: DOMRect): CardAnchor {
  const rects = [...record.range.getClientRects()];
  const line = Math.max(0, rects.findIndex((r) => r.top === hitRect.top && r.left === hitRect.left));
  return {
    getBoundingClientRect: () => record.range.getClientRects()[line] ?? record.range.getBoundingClientRect(),
    getClientRects: () => [...record.range.getClientRects()],
    contextElement: record.range.startContainer.parentElement ?? document.body,
  };
}
