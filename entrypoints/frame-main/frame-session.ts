/**
 * This frame's session kept in step with the settings and the index: started once the page may
 * name someone (utils/page/mention-check.ts) — until then the frame only reads its text — updated
 * on a change of settings, started afresh on a new index or document, stopped when the site is
 * paused or briefings are off. It tells the background what the frame shows, and only changes.
 */
import { browser } from 'wxt/browser';
import { indexMayName, type MentionIndex } from '@/utils/matcher';
import { loadCardUi } from '@/utils/card-ui';
import { NO_MENTIONS, type FrameState, type PageMentions } from '@/utils/messages';
import { whenMayMention } from '@/utils/page/mention-check';
import type { ContentScriptContext } from '@/utils/page/script-context';
import { siteStatus, type Settings } from '@/utils/settings-model';
import { startSession, type Session } from './session';

export interface FrameSessionOptions {
  ctx: ContentScriptContext;
  /** The site this frame follows (utils/page/frame-site.ts). */
  site: string;
  isTop: boolean;
  report(error: unknown): void;
}

export interface FrameSession {
  /** Starts, updates or stops the session to match; `restart` starts a running one afresh. */
  apply(settings: Settings, index: MentionIndex | null, restart: boolean): void;
  /** The running session, if any. */
  current(): Session | null;
  stop(): void;
}

export function createFrameSession(options: FrameSessionOptions): FrameSession {
  const { ctx, site, report } = options;
  let session: Session | null = null;
  /** While active without a session: the wait for the page to name someone. */
  let waiting: AbortController | null = null;
  let watchingLocation = false;
  // The latest settings and index, which a session started after a wait must use.
  let settings: Settings;
  let index: MentionIndex | null = null;
  // What this frame last told the background; frames below the top say nothing until they have something.
  let reported = options.isTop ? '' : JSON.stringify({ ...NO_MENTIONS, state: 'active' });
  ctx.onInvalidated(() => waiting?.abort());

  const sendMentions = (mentions: PageMentions, state: FrameState) => {
    const message = JSON.stringify({ ...mentions, state });
    if (message === reported) return;
    reported = message;
    // The background may be asleep or the extension reloading; a lost badge update is harmless.
    browser.runtime.sendMessage({ type: 'page-mentions', state, ...mentions }).catch(() => {});
  };

  const begin = () => {
    session = startSession({
      ctx,
      index: index!,
      settings,
      loadCardUi,
      onMentionsChanged: (mentions) => sendMentions(mentions, 'active'),
      onOpenSettings: () => void browser.runtime.sendMessage({ type: 'open-options' }).catch(report),
      site,
      onError: report,
    });
    // Single-page apps swap their content without a new document. Watched from the first
    // session on: a frame that never has one never watches (in Firefox that is a timer a frame).
    if (!watchingLocation) {
      watchingLocation = true;
      ctx.onLocationChange(window, () => session?.rescan());
    }
  };

  const stopWaiting = () => {
    waiting?.abort();
    waiting = null;
  };
  const stopSession = () => {
    session?.stop();
    session = null;
  };

  return {
    apply(nextSettings, nextIndex, restart) {
      settings = nextSettings;
      index = nextIndex;
      const status = siteStatus(settings, site);
      const state: FrameState = status === 'active' ? 'active' : status === 'off' ? 'off' : 'paused';
      // The index to annotate with, when briefings are active here and it names anyone.
      const active = state === 'active' && nextIndex !== null && nextIndex.entities.length > 0 ? nextIndex : null;
      if (!active || restart) {
        stopWaiting();
        stopSession();
      }
      if (active && session) session.update(settings);
      else if (active && !waiting) {
        const wait = (waiting = new AbortController());
        whenMayMention(document, indexMayName(active), wait.signal).then(
          () => {
            if (waiting !== wait) return;
            waiting = null;
            begin();
          },
          (error: unknown) => {
            if (!wait.signal.aborted) report(error);
          },
        );
      }
      if (!session) sendMentions(NO_MENTIONS, state);
    },
    current: () => session,
    stop() {
      stopWaiting();
      stopSession();
    },
  };
}
