/**
 * What the popup shows, read once and kept live: settings, the enabled packs and every installed
 * one with its on/off (unless the caller fixes the packs), the active tab, the shortcut's key, and what the tab mentions — asked again whenever
 * the switch, the site's status or the kinds change, since the counts depend on all three.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageMentionsState } from '@/components/PageMentionList';
import { listPacks, loadEnabledPacks, watchEnabledPacks, watchPacks, type InstalledPack } from '@/utils/pack/pack-store';
import type { Pack } from '@/utils/pack/schema';
import { loadSettings, siteStatus, watchSettings, type Settings } from '@/utils/settings';
import { readShortcut } from '@/utils/shortcut';
import { getActiveTab, getTabMentions, type ActiveTab } from './page-mentions';

export function usePopupState(fixedPacks: Pack[] | undefined) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [storedPacks, setStoredPacks] = useState<Pack[] | null>(null);
  const [installed, setInstalled] = useState<InstalledPack[]>([]);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [mentions, setMentions] = useState<PageMentionsState>({ status: 'loading' });
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    void getActiveTab().then((found) => live && setTab(found));
    void readShortcut().then((key) => live && setShortcut(key));
    const stopSettings = watchSettings(setSettings);
    let stopPacks = () => {};
    let stopInstalled = () => {};
    if (!fixedPacks) {
      void loadEnabledPacks().then((loaded) => live && setStoredPacks(loaded));
      stopPacks = watchEnabledPacks(setStoredPacks);
      void listPacks().then((listed) => live && setInstalled(listed));
      stopInstalled = watchPacks(setInstalled);
    }
    return () => {
      live = false;
      stopSettings();
      stopPacks();
      stopInstalled();
    };
  }, []);

  const status = settings && tab ? siteStatus(settings, tab.site ?? '') : null;
  // Without the tab's address the popup cannot tell a paused site from an unpaused one, so it
  // asks the page either way and lets the content script's answer speak.
  const effective = !settings || !tab ? null : tab.site ? status : settings.enabled ? 'active' : 'off';
  const kindsKey = settings ? JSON.stringify(settings.kinds) : '';
  useEffect(() => {
    if (!tab || effective === null) return;
    if (effective === 'off') return setMentions({ status: 'off' });
    if (effective === 'paused' || effective === 'not-allowed') return setMentions({ status: effective, site: tab.site ?? '' });
    if (effective === 'unsupported' || tab.id === undefined) return setMentions({ status: 'unsupported' });
    let live = true;
    setMentions({ status: 'loading' });
    void getTabMentions(tab.id).then((state) => live && setMentions(state));
    return () => {
      live = false;
    };
  }, [tab, effective, kindsKey]);

  return { settings, setSettings, storedPacks, installed, packs: fixedPacks ?? storedPacks ?? [], tab, status, mentions, shortcut };
}
