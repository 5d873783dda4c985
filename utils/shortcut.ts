/**
 * The "next mention" shortcut as extension pages see it: which key the browser bound, and opening
 * the browser's own shortcut settings, where the user sets or changes it (an extension can read a
 * binding but not set one).
 */
import { browser } from 'wxt/browser';
import { NEXT_MENTION_COMMAND, NEXT_MENTION_KEYS } from './shortcut-keys';

/** The address of Chrome's shortcut settings; pages cannot link to it, but `tabs.create` opens it. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** The key shown when the browser cannot say which one it bound (no commands API). */
export const SUGGESTED_SHORTCUT = NEXT_MENTION_KEYS.default;

/**
 * The key the browser has bound to "next mention": `''` when none is (the user removed it, or the
 * browser or another extension already had the suggested key), the suggested key when the commands
 * API is missing or the command is not declared.
 */
export async function readShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((candidate) => candidate.name === NEXT_MENTION_COMMAND);
    return command ? (command.shortcut ?? '') : SUGGESTED_SHORTCUT;
  } catch {
    return SUGGESTED_SHORTCUT;
  }
}

type FirefoxCommands = typeof browser.commands & { openShortcutSettings(): Promise<void> };

/**
 * Opens the browser's shortcut settings; resolves `false` when the browser refuses. Firefox opens
 * its Manage Extension Shortcuts page itself (`commands.openShortcutSettings`, Firefox 137 and
 * later); it never lets an extension open about:addons as a tab. Chrome lets an extension page open
 * chrome://extensions/shortcuts with `tabs.create`, though no page may link to it.
 */
export async function openShortcutSettings(browserName: 'chrome' | 'firefox'): Promise<boolean> {
  try {
    // Firefox-only, so missing from the Chrome-based types WXT ships.
    if (browserName === 'firefox') await (browser.commands as FirefoxCommands).openShortcutSettings();
    else await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
    return true;
  } catch {
    return false;
  }
}

/** Which browser's wording and mechanism the pages use, from the build. */
export const BROWSER_NAME: 'chrome' | 'firefox' = import.meta.env.FIREFOX ? 'firefox' : 'chrome';
