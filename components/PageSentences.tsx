import type { PageSentence } from '@/utils/messages';
import { useI18n } from './i18n';
import type { MentionGroup } from './PageMentionList';

export interface PageSentencesProps {
  /** The page's entities, in the order "On this page" lists them. */
  groups: MentionGroup[];
  /** The page's sentences, or null while they are being read. */
  sentences: PageSentence[] | null;
  /** The reader chose a sentence: scroll the page to its mention and open its card. */
  onJump(sentence: PageSentence): void;
}

/**
 * "What this page says about them": for each entity the page names, the page's own sentences that
 * name it, quoted with the name marked. Each quote is a button that takes the page to it.
 */
export function PageSentences({ groups, sentences, onJump }: PageSentencesProps) {
  const i18n = useI18n();
  const entities = groups.flatMap((group) => group.items);
  return (
    <section class="cb-panel-section" aria-labelledby="cb-sentences-title" aria-busy={sentences === null}>
      <h2 id="cb-sentences-title" class="cb-section-title">
        {i18n.t('sidepanel_whatPageSays')}
      </h2>
      {sentences === null ? (
        <p class="cb-note">{i18n.t('sidepanel_loadingSentences')}</p>
      ) : (
        <>
          <p class="cb-note">{i18n.t('sidepanel_whatPageSaysIntro')}</p>
          {entities.map(({ key, entity, lang }) => {
            const own = sentences.filter((sentence) => sentence.entityId === key);
            const titleId = `cb-sentences-${key}`;
            return (
              <div key={key} class="cb-sentences" data-entity-id={key}>
                <h3 id={titleId} class="cb-sentences__name">
                  <span class={`cb-dot cb-dot--${entity.kind}`} aria-hidden="true" />
                  <span lang={lang}>{entity.name}</span>
                </h3>
                {own.length === 0 ? (
                  <p class="cb-note">{i18n.t('sidepanel_noSentences')}</p>
                ) : (
                  <ul class="cb-sentences__list" aria-label={i18n.t('sidepanel_sentencesOf', entity.name)}>
                    {own.map((sentence) => (
                      <li key={sentence.mention}>
                        <button type="button" class="cb-quote-jump" title={i18n.t('sidepanel_showSentence')} data-mention={sentence.mention} onClick={() => onJump(sentence)}>
                          <Quote sentence={sentence} />
                          <span class="cb-visually-hidden"> ({i18n.t('sidepanel_showSentence')})</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

/** The sentence in quotation marks, with the mention marked. */
function Quote({ sentence }: { sentence: PageSentence }) {
  const { text, start, end } = sentence;
  return (
    <q class="cb-quote-jump__text">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </q>
  );
}
