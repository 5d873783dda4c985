import { EnabledSwitch } from './EnabledSwitch';
import { SiteListEditor } from './SiteListEditor';

export interface SiteSettingsValue {
  pausedSites: string[];
  allowListMode: boolean;
  allowedSites: string[];
}

/** Where briefings run: paused sites, and the allow-list with its sites when it is on. */
export function SiteSettings({ settings, onChange }: { settings: SiteSettingsValue; onChange(next: Partial<SiteSettingsValue>): void }) {
  return (
    <div class="cb-form">
      <SiteListEditor
        title="Paused sites"
        description="Briefings never run on these sites or their subdomains. www. is ignored: example.com covers www.example.com."
        sites={settings.pausedSites}
        emptyText="No paused sites. Use “Pause on this site” in the toolbar popup, or add one here."
        onChange={(pausedSites) => onChange({ pausedSites })}
      />
      <fieldset class="cb-fieldset">
        <legend class="cb-legend">Allow-list mode</legend>
        <EnabledSwitch
          enabled={settings.allowListMode}
          onChange={(allowListMode) => onChange({ allowListMode })}
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
          onChange={(allowedSites) => onChange({ allowedSites })}
        />
      )}
    </div>
  );
}
