/**
 * The keyboard command's name and the keys it suggests to the browser, read by `wxt.config.ts`
 * (the manifest's `commands`) and by the pages that show the key. No imports: the build config
 * loads this file in Node.
 */

/** The command the background binds: go to the next mention on the page and open its card. */
export const NEXT_MENTION_COMMAND = 'next-mention';

/**
 * The suggested keys. A browser leaves a suggested key unassigned when it is one of its own
 * shortcuts, so the key must be free in Chrome and Firefox on Windows, Linux and macOS:
 *
 * - Windows and Linux, `Alt+Shift+M`. Chrome's own Alt+Shift keys are A (focus an inactive
 *   dialog), B (focus the bookmarks bar), T (focus the toolbar) and, in Google Chrome, I (send
 *   feedback) — Chromium's `chrome/browser/ui/views/accelerator_table.cc`; its Ctrl+Shift keys
 *   cover most letters (M is the profile menu). Firefox binds no Alt+Shift+letter and its
 *   Ctrl+Shift+M is the responsive design view. Ctrl+Alt is refused by both (AltGr on Windows).
 *   The one cost: Firefox uses Alt+Shift for a page's `accesskey`, so a page's accesskey "m"
 *   gives way to the command there.
 * - macOS, `Control+Shift+M` (`MacCtrl`). Option+Shift types characters on a Mac (Option+Shift+M
 *   is Â), and Command+Shift+letter is taken by both browsers (Command+Shift+M switches profiles
 *   in Chrome). Neither browser binds Control+Shift+letter, and M is not among the Control keys of
 *   macOS text fields (A, B, D, E, F, H, K, L, N, O, P, T, V, Y).
 */
export const NEXT_MENTION_KEYS = { default: 'Alt+Shift+M', mac: 'MacCtrl+Shift+M' } as const;

/**
 * The command that opens the side panel. Firefox has a reserved name that opens the extension's
 * sidebar itself (`_execute_sidebar_action`); Chrome has none that MDN or Chrome's commands
 * reference documents for the side panel, so Chrome gets a command of ours that the background
 * answers with `sidePanel.open` (a command counts as the user gesture that call needs).
 */
export const OPEN_PANEL_COMMAND = { chrome: 'open-side-panel', firefox: '_execute_sidebar_action' } as const;

/**
 * Its keys, free in both browsers for the reasons given above for `NEXT_MENTION_KEYS`: S is not
 * among Chrome's Alt+Shift keys (A, B, T, I) nor the Control keys of macOS text fields.
 */
export const OPEN_PANEL_KEYS = { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' } as const;
