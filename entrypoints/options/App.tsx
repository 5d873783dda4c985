import { useEffect, useState } from 'preact/hooks';
import { EnabledSwitch } from '@/components/EnabledSwitch';
import { PackManager } from '@/components/PackManager';
import { PackDrafter } from '@/components/PackDrafter';
import { SettingsForm } from '@/components/SettingsForm';
import { SettingsTransfer } from '@/components/SettingsTransfer';
import { DiagnosticsPanel } from '@/components/DiagnosticsPanel';
import { ShortcutInfo } from '@/components/ShortcutInfo';
import { SiteListEditor } from '@/components/SiteListEditor';
import { downloadText } from '@/components/download';
import { clearDiagnostics, loadDiagnostics, watchDiagnostics, type Diagnostics } from '@/utils/diagnostics';
import {
  exportPack,
  importPack,
  listPacks,
  listPacksWithNotice,
  packFileName,
  removePack,
  setPackEnabled,
  watchPacks,
  type InstalledPack,
} from '@/utils/pack/pack-store';
import { loadSettingsWithNotice, resetSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { parseSettingsJson, settingsToJson } from '@/utils/settings-file';
import { BROWSER_NAME, openShortcutSettings, readShortcut } from '@/utils/shortcut';

type SaveStatus = 'idle' | 'saved' | 'failed';

/** The options page: wiring only. Every change is saved at once; content scripts watch the items. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [packsNotice, setPacksNotice] = useState<string | undefined>(undefined);
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
    // The popup can flip the switch or pause a site while this page is open.
    const stopSettings = watchSettings(setSettings);
    const stopPacks = watchPacks(setPacks);
    const stopDiagnostics = watchDiagnostics(setDiagnostics);
    return () => {
      live = false;
      stopSettings();
      stopPacks();
      stopDiagnostics();
    };
  }, []);

  const save = (next: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...next } : current));
    updateSettings(next).then(
      (saved) => {
        setSettings(saved);
        setStatus('saved');
        setNotice(undefined);
      },
      () => setStatus('failed'),
    );
  };

  const refreshPacks = () => void listPacks().then(setPacks);

  return (
    <main class="cb-options">
      <header class="cb-options__header">
        <h1 class="cb-options__title">Contextual Briefings</h1>
        <p class="cb-options__lede">Changes are saved as you make them and apply to open tabs straight away.</p>
      </header>

      {notice && (
        <p class="cb-error cb-error--block" role="alert">
          {notice}
        </p>
      )}
      {packsNotice && (
        <p class="cb-error cb-error--block" role="alert">
          {packsNotice}
        </p>
      )}

      <section class="cb-panel" aria-labelledby="cb-highlighting">
        <h2 id="cb-highlighting" class="cb-panel__title">
          Highlighting
        </h2>
        {settings ? <SettingsForm settings={settings} onChange={save} /> : <p class="cb-note">Loading settings…</p>}
        <p class="cb-save-status" role="status">
          {status === 'saved' && 'Saved.'}
          {status === 'failed' && 'Could not save this change. Your previous settings are still in effect.'}
        </p>
      </section>

      <section class="cb-panel" aria-labelledby="cb-shortcut">
        <h2 id="cb-shortcut" class="cb-panel__title">
          Keyboard shortcut
        </h2>
        <ShortcutInfo
          shortcut={shortcut}
          browserName={BROWSER_NAME}
          onOpenShortcutSettings={() => openShortcutSettings(BROWSER_NAME)}
        />
      </section>

      <section class="cb-panel" aria-labelledby="cb-sites">
        <h2 id="cb-sites" class="cb-panel__title">
          Sites
        </h2>
        {settings && (
          <div class="cb-form">
            <SiteListEditor
              title="Paused sites"
              description="Briefings never run on these sites or their subdomains. www. is ignored: example.com covers www.example.com."
              sites={settings.pausedSites}
              emptyText="No paused sites. Use “Pause on this site” in the toolbar popup, or add one here."
              onChange={(pausedSites) => save({ pausedSites })}
            />
            <fieldset class="cb-fieldset">
              <legend class="cb-legend">Allow-list mode</legend>
              <EnabledSwitch
                enabled={settings.allowListMode}
                onChange={(allowListMode) => save({ allowListMode })}
                label="Only run on allowed sites"
                description="When on, briefings run only on the sites listed below (never on a paused one)."
              />
            </fieldset>
            {settings.allowListMode && (
              <SiteListEditor
                title="Allowed sites"
                description="Briefings run on these sites and their subdomains."
                sites={settings.allowedSites}
                emptyText="No allowed sites yet, so briefings run nowhere. Add a site, or use “Allow this site” in the popup."
                onChange={(allowedSites) => save({ allowedSites })}
              />
            )}
          </div>
        )}
      </section>

      <section class="cb-panel" aria-labelledby="cb-packs">
        <h2 id="cb-packs" class="cb-panel__title">
          Briefing packs
        </h2>
        <PackManager
          packs={packs}
          onToggle={(id, enabled) => void setPackEnabled(id, enabled).then(refreshPacks)}
          onRemove={(id) => void removePack(id).then(refreshPacks)}
          onImport={async (text, options) => {
            const result = await importPack(text, options);
            refreshPacks();
            return result;
          }}
          onExport={(pack) =>
            void exportPack(pack.id).then((json) => {
              if (json !== null) downloadText(packFileName(pack), json);
            })
          }
        />
      </section>

      <section class="cb-panel" aria-labelledby="cb-draft">
        <h2 id="cb-draft" class="cb-panel__title">
          Draft a pack from an article
        </h2>
        <PackDrafter
          // The drafter (compromise, ~300 KB) loads only when someone drafts, so this page opens fast.
          draft={(text, options) => import('@/utils/draft/index').then(({ draftPackAsync }) => draftPackAsync(text, options))}
          onInstall={async (text, options) => {
            const result = await importPack(text, options);
            refreshPacks();
            return result;
          }}
        />
      </section>

      <section class="cb-panel" aria-labelledby="cb-your-settings">
        <h2 id="cb-your-settings" class="cb-panel__title">
          Your settings
        </h2>
        <SettingsTransfer
          onExport={() => settings && downloadText('contextual-briefings-settings.json', settingsToJson(settings))}
          onImport={async (text) => {
            const parsed = parseSettingsJson(text);
            if (!parsed.ok) return parsed;
            save(parsed.settings);
            return null;
          }}
          onReset={async () => {
            const defaults = await resetSettings();
            setSettings(defaults);
            setNotice(undefined);
          }}
        />
      </section>

      <section class="cb-panel" aria-labelledby="cb-diagnostics">
        <h2 id="cb-diagnostics" class="cb-panel__title">
          Diagnostics
        </h2>
        <DiagnosticsPanel diagnostics={diagnostics} onClear={() => void clearDiagnostics()} />
      </section>

      <section class="cb-panel" aria-labelledby="cb-privacy">
        <h2 id="cb-privacy" class="cb-panel__title">
          Privacy
        </h2>
        <p>
          Contextual Briefings makes no network requests. Pages are read inside your browser, only to find the
          names in the briefing packs; nothing about them is sent anywhere.
        </p>
      </section>
    </main>
  );
}
