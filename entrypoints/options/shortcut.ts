import { browser } from 'wxt/browser';
import { SUGGESTED_SHORTCUT } from '@/components/ShortcutInfo';

/** The command the background binds (`manifest.commands`); its suggested key is `SUGGESTED_SHORTCUT`. */
export const NEXT_MENTION_COMMAND = 'next-mention';

/**
 * The key the browser has bound to "next mention": `''` when the user removed it (or another
 * extension took it), the suggested default when the commands API is missing or the command is
 * not declared yet.
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
