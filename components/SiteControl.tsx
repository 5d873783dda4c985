import type { SiteStatus } from '@/utils/settings';

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
  if (site === null || status === 'off' || status === 'unsupported') return null;
  const blocked = status === 'paused' || status === 'not-allowed';
  return (
    <div class="cb-site">
      <p class="cb-site__text">
        {status === 'active' && (
          <>
            Briefings are on for <strong>{site}</strong>.
          </>
        )}
        {status === 'paused' && (
          <>
            Paused on <strong>{site}</strong>.
          </>
        )}
        {status === 'not-allowed' && (
          <>
            <strong>{site}</strong> is not on your list of allowed sites.
          </>
        )}
      </p>
      {blocked ? (
        <button type="button" class="cb-button cb-button--primary" onClick={onResume}>
          {status === 'paused' ? 'Resume on this site' : 'Allow this site'}
        </button>
      ) : (
        <button type="button" class="cb-button" onClick={onPause}>
          Pause on this site
        </button>
      )}
    </div>
  );
}
