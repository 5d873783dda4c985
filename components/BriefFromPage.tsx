/** The popup's offer to make briefings from the article in the tab, with its progress and refusals. */
import { refusalSentence, type BriefRefusal } from '@/utils/article/refusal-sentence';
import { useI18n } from './i18n';

export type BriefFromPageState =
  | { status: 'hidden' }
  | { status: 'ready' }
  | { status: 'reading' }
  | { status: 'refused'; refusal: BriefRefusal };

export interface BriefFromPageProps {
  state: BriefFromPageState;
  onStart(): void;
}

export function BriefFromPage({ state, onStart }: BriefFromPageProps) {
  const i18n = useI18n();
  if (state.status === 'hidden') return null;
  const reading = state.status === 'reading';
  return (
    <section class="cb-brief" aria-label={i18n.t('brief_label')}>
      <button type="button" class="cb-button cb-button--primary cb-brief__button" disabled={reading} aria-busy={reading} onClick={onStart}>
        {i18n.t('brief_make')}
      </button>
      {reading ? (
        <p class="cb-brief__progress" role="status">
          <progress aria-label={i18n.t('brief_reading')} /> {i18n.t('brief_readingNow')}
        </p>
      ) : state.status === 'refused' ? (
        <p class="cb-error cb-error--block" role="alert">
          {refusalSentence(i18n, state.refusal)}
        </p>
      ) : (
        <p class="cb-note">{i18n.t('brief_hint')}</p>
      )}
    </section>
  );
}
