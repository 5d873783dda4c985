import { useState } from 'preact/hooks';

export interface ShortcutInfoProps {
  /** The key the browser has bound, `''` when none is set, `undefined` while it is being read. */
  shortcut: string | undefined;
  /** Which browser's instructions to show. */
  browserName: 'chrome' | 'firefox';
  /** Tries to open the browser's shortcut settings; resolves `false` when the browser refuses. */
  onOpenShortcutSettings(): Promise<boolean>;
}

export const SUGGESTED_SHORTCUT = 'Alt+Shift+B';
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/**
 * The "next mention" shortcut and where to change it. Browsers own the binding: an extension can
 * read it but not set it, and Chrome does not let a page link to `chrome://` URLs, so the address
 * is shown as text with a button that asks the browser to open it in a tab.
 */
export function ShortcutInfo({ shortcut, browserName, onOpenShortcutSettings }: ShortcutInfoProps) {
  const [refused, setRefused] = useState(false);
  return (
    <div class="cb-shortcut">
      <p>
        Jump to the next highlighted name and open its card:{' '}
        {shortcut === undefined ? (
          <span class="cb-note">reading…</span>
        ) : shortcut === '' ? (
          <strong>no key set</strong>
        ) : (
          <kbd class="cb-kbd">{shortcut}</kbd>
        )}
      </p>
      {browserName === 'firefox' ? (
        <p class="cb-radio__hint">
          To change it, open <strong>about:addons</strong>, click the gear menu, then{' '}
          <strong>Manage Extension Shortcuts</strong>.
        </p>
      ) : (
        <>
          <p class="cb-radio__hint">
            To change it, open <code class="cb-code">{CHROME_SHORTCUTS_URL}</code> in the address bar.
          </p>
          <p>
            <button
              type="button"
              class="cb-button"
              onClick={() => void onOpenShortcutSettings().then((opened) => setRefused(!opened))}
            >
              Open shortcut settings
            </button>
          </p>
          {refused && (
            <p class="cb-error" role="alert">
              The browser did not let the extension open that page. Copy {CHROME_SHORTCUTS_URL} into the address bar
              instead.
            </p>
          )}
        </>
      )}
    </div>
  );
}
