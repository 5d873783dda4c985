import { browser } from 'wxt/browser';
import { ArticleSummary } from '@/components/ArticleSummary';
import { BriefFromPage } from '@/components/BriefFromPage';
import { ShortcutInfo } from '@/components/ShortcutInfo';
import { StoryLead } from '@/components/StoryLead';
import { EnabledSwitch } from '@/components/EnabledSwitch';
import { Rich, useI18n } from '@/components/i18n';
import { PackSearch } from '@/components/PackSearch';
import { PageMentionList } from '@/components/PageMentionList';
import { SiteControl } from '@/components/SiteControl';
import { StoryList } from '@/components/StoryList';
import { setPackEnabled } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { pauseSite, resumeSite, updateSettings } from '@/utils/settings';
import { BROWSER_NAME, openShortcutSettings } from '@/utils/shortcut';
import { recordError } from '@/utils/diagnostics';
import { openSidePanel } from '@/utils/side-panel';
import { goToNextMention, revealEntity } from './page-mentions';
import { useBriefFromPage } from './use-brief-from-page';
import { usePopupState } from './use-popup-state';

export interface AppProps {
  /** Fixed packs (tests, screenshots); by default the enabled packs from storage, kept live. */
  packs?: Pack[];
}

/** The popup: wiring only. The views are in `components/`; talking to the tab is in `page-mentions.ts`. */
export function App({ packs: fixedPacks }: AppProps) {
  const i18n = useI18n();
  const { settings, setSettings, storedPacks, installed, packs, tab, status, mentions, shortcut } = usePopupState(fixedPacks);
  const brief = useBriefFromPage(tab);

  const onReveal = async (entityId: string) => {
    if (tab?.id !== undefined) await revealEntity(tab.id, entityId);
    window.close();
  };

  const onNext = async () => {
    if (tab?.id !== undefined) await goToNextMention(tab.id);
    window.close();
  };

  const onToggle = (next: boolean) => {
    setSettings((current) => (current ? { ...current, enabled: next } : current));
    void updateSettings({ enabled: next });
  };

  const article = packs[0];
  return (
    <div class="cb-popup">
      <PopupBar enabled={settings?.enabled} onToggle={onToggle} />
      <main class="cb-popup__body">
        <BriefFromPage state={brief.state} onStart={brief.start} />
        {article && <StoryLead pack={article} />}
        {article && (
          <PageMentionList
            pack={article}
            packs={packs}
            state={mentions}
            onReveal={(id) => void onReveal(id)}
            onNext={() => void onNext()}
            shortcut={shortcut}
          />
        )}
        {article && (
          <p class="cb-popup__panel">
            {/* Called straight from the click: both browsers open a panel only during the user's gesture. */}
            <button type="button" class="cb-button" onClick={() => void openSidePanel(tab?.windowId).then(() => window.close(), (error: unknown) => recordError('popup: side panel', error))}>
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M3.5 3h13A1.5 1.5 0 0118 4.5v11a1.5 1.5 0 01-1.5 1.5h-13A1.5 1.5 0 012 15.5v-11A1.5 1.5 0 013.5 3zm0 1.5v11H12v-11H3.5zm10 0v11h3v-11h-3z"
                />
              </svg>
              {i18n.t('popup_openSidePanel')}
            </button>
            <span class="cb-note">{i18n.t('popup_sidePanelHint')}</span>
          </p>
        )}
        <StoryList packs={installed} onToggle={(id, enabled) => void setPackEnabled(id, enabled)} />
        <ShortcutInfo
          compact
          shortcut={shortcut}
          browserName={BROWSER_NAME}
          onOpenShortcutSettings={() => openShortcutSettings(BROWSER_NAME)}
        />
        {settings && tab && status && (
          <SiteControl
            site={tab.site}
            status={status}
            onPause={() => tab.site && void pauseSite(tab.site).then(setSettings)}
            onResume={() => tab.site && void resumeSite(tab.site).then(setSettings)}
          />
        )}
        {packs.length > 0 && <PackSearch packs={packs} />}
        {article ? (
          <ArticleSummary pack={article} withLead={false} />
        ) : (
          storedPacks && (
            <p class="cb-note">
              <Rich k="popup_allDisabled" parts={[<strong>{i18n.t('popup_allDisabledWhere')}</strong>]} />
            </p>
          )
        )}
      </main>
      <footer class="cb-popup__footer">{i18n.t('common_offline')}</footer>
    </div>
  );
}

/** The popup's bar: the name, the on/off switch (once the settings are read) and the settings button. */
function PopupBar({ enabled, onToggle }: { enabled: boolean | undefined; onToggle(next: boolean): void }) {
  const i18n = useI18n();
  return (
  <header class="cb-popup__bar">
    <span class="cb-popup__brand">{i18n.t('extName')}</span>
    {enabled !== undefined && <EnabledSwitch enabled={enabled} onChange={onToggle} label={i18n.t('popup_showBriefings')} />}
    <button
      type="button"
      class="cb-icon-button"
      aria-label={i18n.t('common_settings')}
      title={i18n.t('common_settings')}
      onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M11.1 1.5l.4 2.2c.5.2 1 .5 1.4.8l2.1-.8 1.1 1.9-1.7 1.4c.1.5.1 1.1 0 1.6l1.7 1.4-1.1 1.9-2.1-.8c-.4.3-.9.6-1.4.8l-.4 2.2H8.9l-.4-2.2c-.5-.2-1-.5-1.4-.8l-2.1.8-1.1-1.9 1.7-1.4a4.3 4.3 0 010-1.6L3.9 5.6 5 3.7l2.1.8c.4-.3.9-.6 1.4-.8l.4-2.2h2.2zM10 6.6a2.4 2.4 0 100 4.8 2.4 2.4 0 000-4.8z"
          transform="translate(0 1.5)"
        />
      </svg>
    </button>
  </header>
  );
}
