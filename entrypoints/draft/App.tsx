import { DraftReview } from '@/components/DraftReview';
import { DraftProgress } from '@/components/DraftProgress';
import { draftInputOf } from '@/utils/article/draft-input';
import type { ExtractedArticle } from '@/utils/article/extract-article';
import { importPack } from '@/utils/pack/pack-store';
import { useDraft } from './use-draft';

/**
 * The page "Make briefings from this page" opens: the article's title and source, the drafting
 * progress, then the review; installing makes the pack active in every open tab at once (the
 * background compiles stored packs whenever they change). Wiring only.
 */
export function App({ draftId }: { draftId: string }) {
  const state = useDraft(draftId);
  return (
    <main class="cb-draft">
      {state.stage === 'loading' && <p class="cb-note">Loading…</p>}
      {state.stage === 'missing' && (
        <p class="cb-error cb-error--block" role="alert">
          This draft is no longer here: drafts are kept only until the browser closes. Open the article again and press
          “Make briefings from this page” in the toolbar button’s menu.
        </p>
      )}
      {state.stage !== 'loading' && state.stage !== 'missing' && <ArticleHead article={state.article} />}
      {state.stage === 'drafting' && <DraftProgress progress={state.progress} />}
      {state.stage === 'failed' && (
        <p class="cb-error cb-error--block" role="alert">
          {state.message}
        </p>
      )}
      {state.stage === 'review' && (
        <section class="cb-draft__panel">
          <DraftReview
            initialPack={state.pack}
            notes={state.notes}
            onInstall={(json, options) => importPack(json, options)}
            onDiscard={() => window.close()}
            discardLabel="Discard"
          />
          <p class="cb-note" data-elapsed-ms={state.elapsedMs}>
            Read and drafted on this computer in {(state.elapsedMs / 1000).toFixed(1)} s; nothing was sent anywhere.
          </p>
        </section>
      )}
    </main>
  );
}

/** Which article this is: its title, and the source line the pack will show. */
function ArticleHead({ article }: { article: ExtractedArticle }) {
  const { source } = draftInputOf(article);
  return (
    <header>
      <h1 class="cb-draft__title">{article.title}</h1>
      <p class="cb-draft__source">
        {[source, `${article.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}
