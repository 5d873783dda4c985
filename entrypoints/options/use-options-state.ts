/**
 * What the options page shows, read from storage once and kept live: the popup can flip the switch
 * or pause a site, and packs and diagnostics change while the page is open.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadDiagnostics, watchDiagnostics, type Diagnostics } from '@/utils/diagnostics';
import { listPacksWithNotice, watchPacks, type InstalledPack, type PacksNotice } from '@/utils/pack/pack-store';
import { loadSettingsWithNotice, watchSettings, type Settings, type SettingsNotice } from '@/utils/settings';
import { readShortcut } from '@/utils/shortcut';

export function useOptionsState() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<SettingsNotice | undefined>(undefined);
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [packsNotice, setPacksNotice] = useState<PacksNotice | undefined>(undefined);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadSettingsWithNotice().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setNotice(loaded.notice);
    });
    // Stored packs that no longer read back are left out and named, never silently dropped.
    void listPacksWithNotice().then((loaded) => {
      if (!live) return;
      setPacks(loaded.packs);
      setPacksNotice(loaded.notice);
    });
    void readShortcut().then((key) => live && setShortcut(key));
    void loadDiagnostics().then((loaded) => live && setDiagnostics(loaded));
    const stops = [watchSettings(setSettings), watchPacks(setPacks), watchDiagnostics(setDiagnostics)];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);

  return { settings, setSettings, notice, setNotice, packs, setPacks, packsNotice, shortcut, diagnostics };
}
