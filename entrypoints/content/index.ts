/**
 * Content script: wiring only. Settings + the bundled pack → the page annotator (utils/page) →
 * the tooltip host. Everything is bound to WXT's context, so an update or uninstall of the
 * extension tears it all down and leaves the page as it was.
 */
import './highlights.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildIndex } from '@/utils/matcher';
import { isExtensionMessage, type PageMentions } from '@/utils/messages';
import { bundledPack } from '@/utils/pack/bundled-pack';
import { createAnnotator, type Annotator, type MentionHit } from '@/utils/page/annotator';
import type { MentionRecord } from '@/utils/page/highlight-registry';
import { createHoverIntent } from '@/utils/page/hover-intent';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { TooltipHost, type CardAnchor } from './tooltip-host';

/** Cadence of Wikipedia's Page Previews: dwell before a card, grace before it closes. */
const SHOW_DELAY_MS = 500;
const HIDE_DELAY_MS = 300;
const LOG_PREFIX = '[contextual-briefings]';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const report = (error: unknown) => console.debug(LOG_PREFIX, error);
    try {
      const index = buildIndex(bundledPack.entities);
      let settings = await loadSettings();
      let session: Session | null = settings.enabled ? startSession(ctx, index, settings, report) : null;

      const stopWatching = watchSettings((next) => {
        settings = next;
        if (!next.enabled) {
          session?.stop();
          session = null;
        } else if (!session) {
          session = startSession(ctx, index, next, report);
        } else {
          session.update(next);
        }
        if (!session) reportMentions({ counts: {}, total: 0 });
      });
      ctx.onInvalidated(() => {
        stopWatching();
        session?.stop();
        session = null;
      });

      const onMessage = (message: unknown): Promise<PageMentions> | undefined => {
        if (!isExtensionMessage(message)) return undefined;
        if (message.type === 'get-page-mentions') {
          return Promise.resolve(session?.pageMentions() ?? { counts: {}, total: 0 });
        }
        if (message.type === 'reveal-entity') {
          session?.reveal(message.entityId);
          return Promise.resolve(session?.pageMentions() ?? { counts: {}, total: 0 });
        }
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    } catch (error) {
      report(error);
    }
  },
});

interface Session {
  update(settings: Settings): void;
  pageMentions(): PageMentions;
  reveal(entityId: string): void;
  stop(): void;
}

function reportMentions(mentions: PageMentions): void {
  // The background may be asleep or the extension reloading; a lost badge update is harmless.
  browser.runtime.sendMessage({ type: 'page-mentions', ...mentions }).catch(() => {});
}

function startSession(
  ctx: ContentScriptContext,
  index: ReturnType<typeof buildIndex>,
  settings: Settings,
  report: (error: unknown) => void,
): Session {
  const controller = new AbortController();
  const listen = { signal: controller.signal, capture: true, passive: true } as const;

  const annotator: Annotator = createAnnotator({
    document,
    index,
    settings,
    onMentionsChanged: (counts, total) => reportMentions({ counts, total }),
    onError: report,
  });

  const tooltip = new TooltipHost({
    pack: bundledPack,
    onOpenSettings: () => void browser.runtime.sendMessage({ type: 'open-options' }).catch(report),
    onClose: () => intent.close(),
  });
  const intent = createHoverIntent<MentionHit>({
    showDelayMs: SHOW_DELAY_MS,
    hideDelayMs: HIDE_DELAY_MS,
    same: (a, b) => a.record === b.record,
    onShow: (hit) => tooltip.show(hit.record.entityId, anchorFor(hit.record, hit.rect)),
    onHide: () => tooltip.hide(),
  });

  // Hit-test at most once per frame, with the latest pointer position.
  let lastMove: PointerEvent | null = null;
  let frame = 0;
  const hitTest = () => {
    frame = 0;
    const event = lastMove;
    if (!event) return;
    try {
      if (tooltip.contains(event.target)) intent.pointerAt(null, true);
      else intent.pointerAt(annotator.mentionAtPoint(event.clientX, event.clientY));
    } catch (error) {
      report(error);
    }
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      lastMove = event;
      frame ||= ctx.requestAnimationFrame(hitTest);
    },
    listen,
  );
  ctx.addEventListener(document.documentElement, 'pointerleave', () => intent.pointerAt(null), listen);
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && intent.shown) intent.close();
    },
    listen,
  );

  const revealed = new Map<string, number>();
  annotator.scanAll();

  return {
    update(next) {
      intent.close();
      annotator.updateSettings(next);
    },
    pageMentions() {
      return annotator.pageMentions();
    },
    reveal(entityId) {
      const matches = annotator.mentions().filter((record) => record.entityId === entityId);
      if (matches.length === 0) return;
      const next = ((revealed.get(entityId) ?? -1) + 1) % matches.length;
      revealed.set(entityId, next);
      const record = matches[next]!;
      record.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = record.range.getClientRects()[0] ?? record.range.getBoundingClientRect();
      intent.showNow({ record, rect });
      tooltip.focus();
    },
    stop() {
      controller.abort();
      if (frame) cancelAnimationFrame(frame);
      intent.destroy();
      tooltip.destroy();
      annotator.destroy();
    },
  };
}

/** The line of the mention the pointer was on, followed as the page scrolls or reflows. */
function anchorFor(record: MentionRecord, hitRect: DOMRect): CardAnchor {
  const rects = [...record.range.getClientRects()];
  const line = Math.max(0, rects.findIndex((r) => r.top === hitRect.top && r.left === hitRect.left));
  return {
    getBoundingClientRect: () => record.range.getClientRects()[line] ?? record.range.getBoundingClientRect(),
    getClientRects: () => [...record.range.getClientRects()],
    contextElement: record.range.startContainer.parentElement ?? document.body,
  };
}
