import { EnabledSwitch } from './EnabledSwitch';
import { useI18n } from './i18n';
import { SiteListEditor } from './SiteListEditor';

export interface SiteSettingsValue {
  pausedSites: string[];
  allowListMode: boolean;
  allowedSites: string[];
}

/** Where briefings run: paused sites, and the allow-list with its sites when it is on. */
export function SiteSettings({ settings, onChange }: { settings: SiteSettingsValue; onChange(next: Partial<SiteSettingsValue>): void }) {
  const i18n = useI18n();
  return (
    <div class="cb-form">
      <SiteListEditor
        title={i18n.t('sites_paused')}
        description={i18n.t('sites_pausedHint')}
        sites={settings.pausedSites}
        emptyText={i18n.t('sites_pausedEmpty', i18n.t('common_pauseOnThisSite'))}
        onChange={(pausedSites) => onChange({ pausedSites })}
      />
      <fieldset class="cb-fieldset">
        <legend class="cb-legend">{i18n.t('sites_allowMode')}</legend>
        <EnabledSwitch
          enabled={settings.allowListMode}
          onChange={(allowListMode) => onChange({ allowListMode })}
          label={i18n.t('sites_allowModeLabel')}
          description={i18n.t('sites_allowModeHint')}
        />
      </fieldset>
      {settings.allowListMode && (
        <SiteListEditor
          title={i18n.t('sites_allowed')}
          description={i18n.t('sites_allowedHint')}
          sites={settings.allowedSites}
          emptyText={i18n.t('sites_allowedEmpty', i18n.t('site_allow'))}
          onChange={(allowedSites) => onChange({ allowedSites })}
        />
      )}
    </div>
  );
}
