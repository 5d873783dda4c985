import { useState } from 'preact/hooks';
import { LanguagePicker } from '@/components/LanguagePicker';
import { PackManager } from '@/components/PackManager';
import { PackDrafter } from '@/components/PackDrafter';
import { Panel } from '@/components/Panel';
import { SettingsForm } from '@/components/SettingsForm';
import { SettingsTransfer } from '@/components/SettingsTransfer';
import { DiagnosticsPanel } from '@/components/DiagnosticsPanel';
import { ShortcutInfo } from '@/components/ShortcutInfo';
import { useI18n } from '@/components/i18n';
import { SiteSettings } from '@/components/SiteSettings';
import { downloadText } from '@/components/download';
import { clearDiagnostics } from '@/utils/diagnostics';
import { exportPack, importPack, listPacks, packFileName, removePack, setPackEnabled } from '@/utils/pack/pack-store';
import { resetSettings, updateSettings, type Settings } from '@/utils/settings';
import { parseSettingsJson, settingsToJson } from '@/utils/settings-file';
import { packsNoticeSentence, settingsNoticeSentence } from '@/utils/storage-notice';
import { BROWSER_NAME, openShortcutSettings } from '@/utils/shortcut';
import { useOptionsState } from './use-options-state';

type SaveStatus = 'idle' | 'saved' | 'failed';

/**
 * The options page: wiring only. Every change is saved at once; content scripts watch the items.
 * About 100 lines on purpose: most of it is the page's layout, one Panel per section in the order
 * the reader sees them; state lives in useOptionsState and behaviour in the panels.
 */
export function App() {
  const { settings, setSettings, notice, setNotice, packs, setPacks, packsNotice, shortcut, diagnostics } = useOptionsState();
  const i18n = useI18n();
  const [status, setStatus] = useState<SaveStatus>('idle');

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
  const installPack = async (text: string, options: { replace?: boolean }) => {
    const result = await importPack(text, options);
    refreshPacks();
    return result;
  };

  return (
    <main class="cb-options">
      <header class="cb-options__header">
        <h1 class="cb-options__title">{i18n.t('extName')}</h1>
        <p class="cb-options__lede">{i18n.t('options_lede')}</p>
      </header>

      {[notice && settingsNoticeSentence(i18n, notice), packsNotice && packsNoticeSentence(i18n, packsNotice)].map(
        (text) =>
          text && (
            <p class="cb-error cb-error--block" role="alert">
              {text}
            </p>
          ),
      )}

      <Panel id="cb-language" title={i18n.t('options_language')}>
        {settings && <LanguagePicker value={settings.language} onChange={(language) => save({ language })} />}
      </Panel>

      <Panel id="cb-highlighting" title={i18n.t('options_highlighting')}>
        {settings ? <SettingsForm settings={settings} onChange={save} /> : <p class="cb-note">{i18n.t('options_loading')}</p>}
        <p class="cb-save-status" role="status">
          {status === 'saved' && i18n.t('options_saved')}
          {status === 'failed' && i18n.t('options_saveFailed')}
        </p>
      </Panel>

      <Panel id="cb-shortcut" title={i18n.t('options_shortcut')}>
        <ShortcutInfo shortcut={shortcut} browserName={BROWSER_NAME} onOpenShortcutSettings={() => openShortcutSettings(BROWSER_NAME)} />
      </Panel>

      <Panel id="cb-sites" title={i18n.t('options_sites')}>
        {settings && <SiteSettings settings={settings} onChange={save} />}
      </Panel>

      <Panel id="cb-packs" title={i18n.t('options_packs')}>
        <PackManager
          packs={packs}
          onToggle={(id, enabled) => void setPackEnabled(id, enabled).then(refreshPacks)}
          onRemove={(id) => void removePack(id).then(refreshPacks)}
          onImport={installPack}
          onExport={(pack) =>
            void exportPack(pack.id).then((json) => {
              if (json !== null) downloadText(packFileName(pack), json);
            })
          }
        />
      </Panel>

      <Panel id="cb-draft" title={i18n.t('options_draft')}>
        <PackDrafter
          // The drafter (compromise, ~300 KB) loads only when someone drafts, so this page opens fast.
          draft={(text, options) => import('@/utils/draft/index').then(({ draftPackAsync }) => draftPackAsync(text, options))}
          onInstall={installPack}
        />
      </Panel>

      <Panel id="cb-your-settings" title={i18n.t('options_yourSettings')}>
        <SettingsTransfer
          onExport={() => settings && downloadText('contextual-briefings-settings.json', settingsToJson(settings))}
          onImport={async (text) => {
            const parsed = parseSettingsJson(text);
            if (!parsed.ok) return parsed;
            save(parsed.settings);
            return null;
          }}
          onReset={async () => {
            setSettings(await resetSettings());
            setNotice(undefined);
          }}
        />
      </Panel>

      <Panel id="cb-diagnostics" title={i18n.t('options_diagnostics')}>
        <DiagnosticsPanel diagnostics={diagnostics} onClear={() => void clearDiagnostics()} />
      </Panel>

      <Panel id="cb-privacy" title={i18n.t('options_privacy')}>
        <p>{i18n.t('options_privacyText')}</p>
      </Panel>
    </main>
  );
}
