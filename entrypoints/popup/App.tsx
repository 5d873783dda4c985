import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleSummary } from '@/components/ArticleSummary';
import { EnabledSwitch } from '@/components/EnabledSwitch';
import { PageMentionList, type PageMentionsState } from '@/components/PageMentionList';
import type { Pack } from '@/utils/pack/schema';
import { loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { getActiveTabMentions, revealEntity } from './page-mentions';

export interface AppProps {
  pack: Pack;
}

/** The popup: wiring only. The views are in `components/`; talking to the tab is in `page-mentions.ts`. */
export function App({ pack }: AppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [mentions, setMentions] = useState<PageMentionsState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const enabled = settings?.enabled;
  const kindsKey = settings ? JSON.stringify(settings.kinds) : '';
  useEffect(() => {
    if (enabled === undefined) return;
    if (!enabled) {
      setMentions({ status: 'off' });
      return;
    }
    // Asked again whenever the switch or the kinds change: the counts depend on both.
    let live = true;
    setMentions({ status: 'loading' });
    void getActiveTabMentions().then((result) => {
      if (!live) return;
      setTabId(result.tabId);
      setMentions(result.state);
    });
    return () => {
      live = false;
    };
  }, [enabled, kindsKey]);

  const onReveal = async (entityId: string) => {
    if (tabId !== undefined) await revealEntity(tabId, entityId);
    window.close();
  };

  const onToggle = (next: boolean) => {
    setSettings((current) => (current ? { ...current, enabled: next } : current));
    void updateSettings({ enabled: next });
  };

  return (
    <div class="cb-popup">
      <header class="cb-popup__bar">
        <span class="cb-popup__brand">Contextual Briefings</span>
        {settings && <EnabledSwitch enabled={settings.enabled} onChange={onToggle} label="Show briefings" />}
        <button
          type="button"
          class="cb-icon-button"
          aria-label="Settings"
          title="Settings"
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
      <main class="cb-popup__body">
        <PageMentionList pack={pack} state={mentions} onReveal={(id) => void onReveal(id)} />
        <ArticleSummary pack={pack} />
      </main>
      <footer class="cb-popup__footer">Works offline: no network requests, nothing leaves your browser.</footer>
    </div>
  );
}
