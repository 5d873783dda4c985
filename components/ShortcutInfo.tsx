import { useState } from 'preact/hooks';
import { Rich, useI18n } from './i18n';

export interface ShortcutInfoProps {
  /** The key the browser has bound, `''` when none is set, `undefined` while it is being read. */
  shortcut: string | undefined;
  /** Which browser's instructions to show. */
  browserName: 'chrome' | 'firefox';
  /** Tries to open the browser's shortcut settings; resolves `false` when the browser refuses. */
  onOpenShortcutSettings(): Promise<boolean>;
  /** The popup's short form: only the notice when no key is set, nothing otherwise. */
  compact?: boolean;
}

export const CHROME_SHORTCUTS_ADDRESS = 'chrome://extensions/shortcuts';

/** Where the browser keeps its extension shortcuts, said the way a user reaches it by hand. */
function WhereToSet({ browserName }: { browserName: 'chrome' | 'firefox' }) {
  const i18n = useI18n();
  return browserName === 'firefox' ? (
    <Rich k="shortcut_whereFirefox" parts={[<strong>about:addons</strong>, <strong>{i18n.t('shortcut_firefoxManage')}</strong>]} />
  ) : (
    <Rich k="shortcut_whereChrome" parts={[<code class="cb-code">{CHROME_SHORTCUTS_ADDRESS}</code>]} />
  );
}

/**
 * The "next mention" shortcut, and where to set or change it. Browsers own the binding: an
 * extension can read it but not set it. When no key is bound (the browser or another extension had
 * the suggested one, or the user removed it) a notice says so and offers the browser's settings.
 */
export function ShortcutInfo({ shortcut, browserName, onOpenShortcutSettings, compact = false }: ShortcutInfoProps) {
  const i18n = useI18n();
  const [refused, setRefused] = useState(false);
  const missing = shortcut === '';
  if (compact && !missing) return null;
  return (
    <div class={`cb-shortcut${missing ? ' cb-shortcut--missing' : ''}`}>
      {missing ? (
        <p>
          <Rich k="shortcut_missing" parts={[<strong>{i18n.t('shortcut_missingLead')}</strong>]} />
        </p>
      ) : (
        <p>
          {i18n.t('shortcut_jump')}{' '}
          {shortcut === undefined ? <span class="cb-note">{i18n.t('shortcut_reading')}</span> : <kbd class="cb-kbd">{shortcut}</kbd>}
        </p>
      )}
      <p>
        <button type="button" class="cb-button" onClick={() => void onOpenShortcutSettings().then((opened) => setRefused(!opened))}>
          {i18n.t(missing ? 'shortcut_set' : 'shortcut_open')}
        </button>
      </p>
      {!compact && (
        <p class="cb-radio__hint">
          <Rich k="shortcut_byHand" parts={[<WhereToSet browserName={browserName} />]} />
        </p>
      )}
      {refused && (
        <p class="cb-error" role="alert">
          <Rich k="shortcut_refused" parts={[<WhereToSet browserName={browserName} />]} />
        </p>
      )}
    </div>
  );
}
