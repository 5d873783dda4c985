import type { Pack } from '@/utils/pack/schema';
import { useI18n } from './i18n';

export interface ArticleSummaryProps {
  pack: Pack;
  /**
   * `false` where the story's headline, source and summary are already shown above (the popup's
   * `StoryLead`): only the key points and the timeline, under "About the story".
   */
  withLead?: boolean;
}

/** The article as a whole: headline, summary, key points, timeline and where it came from. */
export function ArticleSummary({ pack, withLead = true }: ArticleSummaryProps) {
  const i18n = useI18n();
  const { headline, summary, keyPoints, timeline } = pack.article;
  const { language } = pack;
  return (
    <article class="cb-article" aria-labelledby="cb-article-headline">
      {withLead ? (
        <>
          <h1 id="cb-article-headline" class="cb-article__headline" lang={language}>
            {headline}
          </h1>
          <p class="cb-article__summary" lang={language}>
            {summary}
          </p>
        </>
      ) : (
        <h2 id="cb-article-headline" class="cb-section-title">
          {i18n.t('story_about')}
        </h2>
      )}

      <section class="cb-article__section" aria-labelledby="cb-key-points">
        <h2 id="cb-key-points" class="cb-section-title">
          {i18n.t('story_keyPoints')}
        </h2>
        <ul class="cb-article__points" lang={language}>
          {keyPoints.map((point, index) => (
            <li key={index}>{point}</li>
          ))}
        </ul>
      </section>

      {timeline.length > 0 && (
        <section class="cb-article__section" aria-labelledby="cb-timeline">
          <h2 id="cb-timeline" class="cb-section-title">
            {i18n.t('story_timeline')}
          </h2>
          <ol class="cb-timeline" lang={language}>
            {timeline.map((entry, index) => (
              <li key={index} class="cb-timeline__entry">
                {/* `when` is the article's own wording ("December 4–5"); `start` is ISO when known. */}
                <time class="cb-timeline__when" dateTime={entry.start?.startsWith('--') ? undefined : entry.start}>
                  {entry.when}
                </time>
                <span class="cb-timeline__label">{entry.label}</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {withLead && (
        <p class="cb-article__source">
          <span class="cb-article__source-label">{i18n.t('story_sourceLabel')} </span>
          <span lang={language}>{pack.source}</span>
        </p>
      )}
    </article>
  );
}
