/**
 * What the side panel shows, kept live: the enabled packs (unless fixed), the settings, the tab it
 * follows, what that tab mentions and — once it mentions anyone — its sentences around them, asked
 * again whenever the tab, the page or the settings change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageMentionsState } from '@/components/PageMentionList';
import type { PageSentence } from '@/utils/messages';
import { loadEnabledPacks, watchEnabledPacks } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { loadSettings, siteStatus, watchSettings, type Settings } from '@/utils/settings';
import { askMentions, askSentences, findPanelTab, watchPanelTab, type PanelTab } from './panel-tab';

/** A page that changes in bursts (a live blog) is asked again once it has been quiet this long. */
export const REFRESH_DELAY_MS = 250;

export type PanelMentionsState = PageMentionsState | { status: 'no-tab' };

export function usePanelState(fixedPacks: Pack[] | undefined, pinned: number | null) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [storedPacks, setStoredPacks] = useState<Pack[] | null>(null);
  const [tab, setTab] = useState<PanelTab | null | undefined>(undefined);
  const [mentions, setMentions] = useState<PanelMentionsState>({ status: 'loading' });
  const [sentences, setSentences] = useState<PageSentence[] | null>(null);
  /** Bumped when the page may have changed: the mentions are asked for again. */
  const [pageVersion, setPageVersion] = useState(0);
  const tabRef = useRef<PanelTab | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const locate = () => void findPanelTab(pinned).then((found) => live && setTab(found));
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stopSettings = watchSettings(setSettings);
    let stopPacks = () => {};
    if (!fixedPacks) {
      void loadEnabledPacks().then((loaded) => live && setStoredPacks(loaded));
      stopPacks = watchEnabledPacks(setStoredPacks);
    }
    locate();
    const stopTab = watchPanelTab(pinned, () => tabRef.current?.id ?? null, (what) => {
      if (what === 'tab') return locate();
      clearTimeout(timer);
      timer = setTimeout(() => live && setPageVersion((version) => version + 1), REFRESH_DELAY_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stopSettings();
      stopPacks();
      stopTab();
    };
  }, []);
  tabRef.current = tab ?? null;

  const status = settings && tab ? siteStatus(settings, tab.site ?? '') : null;
  const effective = !settings || tab === undefined ? null : tab === null ? 'no-tab' : tab.site ? status : settings.enabled ? 'active' : 'off';
  const kindsKey = settings ? JSON.stringify(settings.kinds) : '';
  useEffect(() => {
    if (effective === null) return;
    if (effective === 'no-tab' || !tab) return setMentions({ status: 'no-tab' });
    if (effective === 'off') return setMentions({ status: 'off' });
    if (effective === 'paused' || effective === 'not-allowed') return setMentions({ status: effective, site: tab.site ?? '' });
    if (effective === 'unsupported') return setMentions({ status: 'unsupported' });
    let live = true;
    void askMentions(tab.id).then((found) => {
      if (!live) return;
      setMentions(found ? { status: 'ready', mentions: found } : { status: 'unsupported' });
      if (!found || found.total === 0) return setSentences([]);
      void askSentences(tab.id).then((said) => live && setSentences(said));
    });
    return () => {
      live = false;
    };
  }, [tab, effective, kindsKey, pageVersion]);

  return { settings, packs: fixedPacks ?? storedPacks ?? [], storedPacks, tab, mentions, sentences };
}
