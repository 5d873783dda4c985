import { useState } from 'preact/hooks';
import type { Pack } from '@/utils/pack/schema';
import { useI18n } from './i18n';

export interface StoryLeadProps {
  pack: Pack;
}

/** Summaries longer than this may run past two lines at the popup's width, so they get a toggle. */
const LONG_SUMMARY_CHARS = 110;

/**
 * The story at the top of the popup: headline, where it comes from (the pack's source line, which
 * names the outlet and date when the pack knows them), and the summary held to two lines until the
 * reader asks for the rest.
 */
export function StoryLead({ pack }: StoryLeadProps) {
  const { headline, summary } = pack.article;
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const long = summary.length > LONG_SUMMARY_CHARS;
  return (
    <header class="cb-story" aria-labelledby="cb-story-headline">
      <h1 id="cb-story-headline" class="cb-article__headline" lang={pack.language}>
        {headline}
      </h1>
      <p class="cb-story__source" lang={pack.language}>
        {pack.source}
      </p>
      <p id="cb-story-summary" lang={pack.language} class={`cb-article__summary${long && !open ? ' cb-story__summary--clamped' : ''}`}>
        {summary}
      </p>
      {long && (
        <button type="button" class="cb-link-button" aria-expanded={open} aria-controls="cb-story-summary" onClick={() => setOpen(!open)}>
          {i18n.t(open ? 'story_showLess' : 'story_readWhole')}
        </button>
      )}
    </header>
  );
}
