/**
 * The draft page's work: read the article the popup kept (pending-draft.ts), draft it with
 * progress (the drafter loads only here, as its own chunk), and say how long it took from the
 * reader's click to the review.
 */
import { useEffect, useState } from 'preact/hooks';
import { draftInputOf } from '@/utils/article/draft-input';
import type { ExtractedArticle } from '@/utils/article/extract-article';
import { loadPendingDraft } from '@/utils/article/pending-draft';
import type { DraftNote } from '@/utils/draft/draft-pack';
import type { Pack } from '@/utils/pack/schema';

export type DraftState =
  | { stage: 'loading' }
  | { stage: 'missing' }
  | { stage: 'drafting'; article: ExtractedArticle; progress: number }
  | { stage: 'review'; article: ExtractedArticle; pack: Pack; notes: DraftNote[]; elapsedMs: number; stages: DraftStages }
  | { stage: 'failed'; article: ExtractedArticle; reason: string };

/**
 * Where the time from the click to the review went, in ms: reading the article in the tab, opening
 * this page (until its script ran), loading the drafter and the article, drafting.
 */
export interface DraftStages {
  read: number | null;
  open: number | null;
  load: number;
  draft: number;
}

/** When this page's script started, as `Date.now()` time. */
const scriptStartedAt = Date.now();
/**
 * A reload finds the article again long after the click: its time then counts from the reload, and
 * reading and opening are not part of it.
 */
const reloaded = () => (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';

export function useDraft(draftId: string): DraftState {
  const [state, setState] = useState<DraftState>({ stage: 'loading' });
  useEffect(() => {
    let live = true;
    // The drafter's chunk (compromise's lexicon is most of it) loads while storage is read, not after.
    const drafter = import('@/utils/draft/index');
    drafter.catch(() => undefined);
    void (async () => {
      const pending = await loadPendingDraft(draftId);
      if (!live) return;
      if (!pending) return setState({ stage: 'missing' });
      const { article } = pending;
      const fresh = !reloaded();
      const requestedAt = fresh ? pending.requestedAt : scriptStartedAt;
      const readAt = fresh ? pending.readAt : undefined;
      setState({ stage: 'drafting', article, progress: 0 });
      try {
        const { draftPackAsync } = await drafter;
        const loadedAt = Date.now();
        const { text, ...options } = draftInputOf(article);
        const { pack, diagnostics } = await draftPackAsync(text, { ...options, onProgress: (progress) => live && setState({ stage: 'drafting', article, progress }) });
        const doneAt = Date.now();
        const stages: DraftStages = {
          read: readAt === undefined ? null : readAt - requestedAt,
          open: readAt === undefined ? null : Math.max(0, scriptStartedAt - readAt),
          load: Math.max(0, loadedAt - Math.max(scriptStartedAt, requestedAt)),
          draft: doneAt - loadedAt,
        };
        if (live) setState({ stage: 'review', article, pack, notes: diagnostics.notes, elapsedMs: doneAt - requestedAt, stages });
      } catch (failure) {
        if (live) setState({ stage: 'failed', article, reason: failure instanceof Error ? failure.message : String(failure) });
      }
    })();
    return () => {
      live = false;
    };
  }, [draftId]);
  return state;
}
