import { useState } from 'preact/hooks';

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
  return browserName === 'firefox' ? (
    <>
      open <strong>about:addons</strong>, click the gear button, then <strong>Manage Extension Shortcuts</strong>
    </>
  ) : (
    <>
      type <code class="cb-code">{CHROME_SHORTCUTS_ADDRESS}</code> in the address bar
    </>
  );
}

/**
 * The "next mention" shortcut, and where to set or change it. Browsers own the binding: an
 * extension can read it but not set it. When no key is bound (the browser or another extension had
 * the suggested one, or the user removed it) a notice says so and offers the browser's settings.
 */
export function ShortcutInfo({ shortcut, browserName, onOpenShortcutSettings, compact = false }: ShortcutInfoProps) {
  const [refused, setRefused] = useState(false);
  const missing = shortcut === '';
  if (compact && !missing) return null;
  return (
    <div class={`cb-shortcut${missing ? ' cb-shortcut--missing' : ''}`}>
      {missing ? (
        <p>
          <strong>No keyboard shortcut is set</strong> for jumping to the next highlighted name. Choose one in the
          browser’s shortcut settings.
        </p>
      ) : (
        <p>
          Jump to the next highlighted name and open its card:{' '}
          {shortcut === undefined ? <span class="cb-note">reading…</span> : <kbd class="cb-kbd">{shortcut}</kbd>}
        </p>
      )}
      <p>
        <button type="button" class="cb-button" onClick={() => void onOpenShortcutSettings().then((opened) => setRefused(!opened))}>
          {missing ? 'Set a shortcut' : 'Open shortcut settings'}
        </button>
      </p>
      {!compact && (
        <p class="cb-radio__hint">
          Or, by hand: <WhereToSet browserName={browserName} />.
        </p>
      )}
      {refused && (
        <p class="cb-error" role="alert">
          The browser did not let the extension open its shortcut settings. To get there, <WhereToSet browserName={browserName} />.
        </p>
      )}
    </div>
  );
}
