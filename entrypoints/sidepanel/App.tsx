import { browser } from 'wxt/browser';
import { ArticleSummary } from '@/components/ArticleSummary';
import { Rich, useI18n } from '@/components/i18n';
import { groupMentions, noneFromStories } from '@/components/PageMentionList';
import { PageSentences } from '@/components/PageSentences';
import { PanelMentionList } from '@/components/PanelMentionList';
import { StoryLead } from '@/components/StoryLead';
import type { Translator } from '@/utils/i18n';
import type { Pack } from '@/utils/pack/schema';
import { pinnedTabId, showInTab } from './panel-tab';
import { usePanelState, type PanelMentionsState } from './use-panel-state';

export interface AppProps {
  /** Fixed packs (tests, screenshots); by default the enabled packs from storage, kept live. */
  packs?: Pack[];
  /** The page address's query (`?tab=<id>` pins the panel to one tab); `location.search` by default. */
  search?: string;
}

/**
 * The side panel: the story, this page's mentions with each briefing (a jump to each), and the
 * page's own sentences about them, kept in step with the tab beside it. Wiring only: the views are
 * in `components/`, talking to the tab in `panel-tab.ts`, the state in `use-panel-state.ts`.
 */
export function App({ packs: fixedPacks, search = location.search }: AppProps) {
  const i18n = useI18n();
  const pinned = pinnedTabId(search);
  const { packs, storedPacks, tab, mentions, sentences } = usePanelState(fixedPacks, pinned);
  const article = packs[0];
  const show = (target: { entityId: string; mention?: number }) => {
    if (tab) void showInTab(tab.id, target);
  };
  const groups = mentions.status === 'ready' ? groupMentions(packs, mentions.mentions.counts) : [];
  return (
    <div class="cb-sidepanel">
      <header class="cb-sidepanel__bar">
        <span class="cb-sidepanel__brand">{i18n.t('extName')}</span>
        <button type="button" class="cb-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('common_settings')}
        </button>
      </header>
      <main class="cb-sidepanel__body">
        {article && <StoryLead pack={article} />}
        {!article && storedPacks && <p class="cb-note"><Rich k="popup_allDisabled" parts={[<strong>{i18n.t('popup_allDisabledWhere')}</strong>]} /></p>}
        <section class="cb-panel-section" aria-labelledby="cb-panel-mentions-title" aria-busy={mentions.status === 'loading'}>
          <h2 id="cb-panel-mentions-title" class="cb-section-title">
            {i18n.t('mentions_title')}
          </h2>
          {/* Said once, quietly, when the count changes: the list itself is not re-read. */}
          <p class="cb-visually-hidden" aria-live="polite">
            {mentions.status === 'ready' ? i18n.plural('sidepanel_liveCount', mentions.mentions.total) : ''}
          </p>
          {groups.length > 0 ? (
            <PanelMentionList groups={groups} onReveal={(entityId) => show({ entityId })} />
          ) : (
            <p class="cb-note">{whyNoMentions(i18n, mentions, packs)}</p>
          )}
        </section>
        {groups.length > 0 && <PageSentences groups={groups} sentences={sentences} onJump={({ entityId, mention }) => show({ entityId, mention })} />}
        {article && <ArticleSummary pack={article} withLead={false} />}
      </main>
    </div>
  );
}

/** Why the list is empty, in one sentence. */
function whyNoMentions(i18n: Translator, state: PanelMentionsState, packs: Pack[]): string {
  switch (state.status) {
    case 'loading':
      return i18n.t('mentions_loading');
    case 'no-tab':
      return i18n.t('sidepanel_noTab');
    case 'unsupported':
      return i18n.t('mentions_unsupported');
    case 'off':
      return i18n.t('sidepanel_off');
    case 'paused':
      return i18n.t('sidepanel_paused', state.site);
    case 'not-allowed':
      return i18n.t('sidepanel_notAllowed', state.site);
    case 'ready':
      return noneFromStories(i18n, packs);
  }
}
