import type { SiteStatus } from '@/utils/settings';
import { Rich, useI18n } from './i18n';

export interface SiteControlProps {
  /** The active tab's site key, or `null` when the popup cannot read the tab's address. */
  site: string | null;
  status: SiteStatus;
  onPause(): void;
  onResume(): void;
}

/**
 * "Pause on this site" / "Resume": one click either way. Hidden when the tab's address is unknown
 * (the popup has no right to read it there) or the page is not a web site, since there is no site
 * to pause; the master switch covers "off everywhere".
 */
export function SiteControl({ site, status, onPause, onResume }: SiteControlProps) {
  const i18n = useI18n();
  if (site === null || status === 'off' || status === 'unsupported') return null;
  const blocked = status === 'paused' || status === 'not-allowed';
  return (
    <div class="cb-site">
      <p class="cb-site__text">
        {status === 'active' && <Rich k="site_on" parts={[<strong>{site}</strong>]} />}
        {status === 'paused' && <Rich k="site_paused" parts={[<strong>{site}</strong>]} />}
        {status === 'not-allowed' && <Rich k="site_notAllowed" parts={[<strong>{site}</strong>]} />}
      </p>
      {blocked ? (
        <button type="button" class="cb-button cb-button--primary" onClick={onResume}>
          {i18n.t(status === 'paused' ? 'site_resume' : 'site_allow')}
        </button>
      ) : (
        <button type="button" class="cb-button" onClick={onPause}>
          {i18n.t('common_pauseOnThisSite')}
        </button>
      )}
    </div>
  );
}
