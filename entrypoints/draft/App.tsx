import { DraftReview } from '@/components/DraftReview';
import { DraftProgress } from '@/components/DraftProgress';
import { useI18n } from '@/components/i18n';
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
  const i18n = useI18n();
  const state = useDraft(draftId);
  return (
    <main class="cb-draft">
      {state.stage === 'loading' && <p class="cb-note">{i18n.t('draft_loading')}</p>}
      {state.stage === 'missing' && (
        <p class="cb-error cb-error--block" role="alert">
          {i18n.t('draft_missing')}
        </p>
      )}
      {state.stage !== 'loading' && state.stage !== 'missing' && <ArticleHead article={state.article} />}
      {state.stage === 'drafting' && <DraftProgress progress={state.progress} />}
      {state.stage === 'failed' && (
        <p class="cb-error cb-error--block" role="alert">
          {i18n.t('drafter_failed', state.reason)}
        </p>
      )}
      {state.stage === 'review' && (
        <section class="cb-draft__panel">
          <DraftReview
            initialPack={state.pack}
            notes={state.notes}
            onInstall={(json, options) => importPack(json, options)}
            onDiscard={() => window.close()}
            discardLabel={i18n.t('draft_discard')}
          />
          <p class="cb-note" data-elapsed-ms={state.elapsedMs} data-stages={JSON.stringify(state.stages)}>
            {i18n.t('draft_elapsed', i18n.number(state.elapsedMs / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))}
          </p>
        </section>
      )}
    </main>
  );
}

/** Which article this is: its title, and the source line the pack will show. */
function ArticleHead({ article }: { article: ExtractedArticle }) {
  const i18n = useI18n();
  const { source } = draftInputOf(article);
  return (
    <header>
      <h1 class="cb-draft__title">{article.title}</h1>
      <p class="cb-draft__source">
        {[source, i18n.plural('draft_wordCount', article.wordCount)].filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}
