/**
 * The first minute after a fresh install: the welcome page opens on its own (the harness saw it
 * and closed it; see `closeInstallTabs`), the default shortcut is really bound (the browser kept
 * the suggested key rather than leaving the command without one), the welcome page shows the
 * card and that key, and "Open shortcut settings" opens the browser's shortcut page without a
 * refusal.
 */
import { describe, expect } from 'vitest';
import { BROWSER_NAMES } from './support/browsers';
import { e2eTest } from './support/e2e-test';
import { sleep, waitForPage, type E2eBrowser } from './support/session';

/** The browser's own word for a command's key, read from an extension page. */
async function boundShortcut(browser: E2eBrowser, command = 'next-mention'): Promise<unknown> {
  const page = await browser.openExtensionPage('options.html');
  try {
    return await page.evaluate(async (name) => {
      const g = globalThis as unknown as { browser?: { commands: Commands }; chrome?: { commands: Commands } };
      type Commands = { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
      const commands = (g.browser ?? g.chrome)!.commands;
      return (await commands.getAll()).find((command) => command.name === name)?.shortcut ?? null;
    }, command);
  } finally {
    await page.close();
  }
}

/** How many tabs the extension page sees (no `tabs` permission needed to count them), when more than `above`. */
const tabsAbove = (above: number) => {
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
  type Tabs = { query(q: object): Promise<unknown[]> };
  return (g.browser ?? g.chrome)!.tabs.query({}).then((tabs) => (tabs.length > above ? tabs.length : 0));
};

describe.each(BROWSER_NAMES)('%s: first run', (name) => {
  e2eTest.override('browserName', name);

  e2eTest('opens the welcome page on install, and nothing else', ({ browser }) => {
    expect(browser.openedOnInstall).toEqual([`${browser.extensionBaseUrl}welcome.html`]);
  });

  e2eTest('binds the default shortcut after a fresh install', async ({ browser }) => {
    expect(await boundShortcut(browser)).toBe('Alt+Shift+M');
    // The side panel's key: Firefox's reserved sidebar command, Chrome's own (utils/shortcut-keys.ts).
    expect(await boundShortcut(browser, name === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel')).toBe('Alt+Shift+S');
  });

  e2eTest('the welcome page shows the real card on a sample sentence, and the key', async ({ browser }) => {
    const welcome = await browser.openExtensionPage('welcome.html');
    const shown = await waitForPage(
      welcome,
      () => {
        const card = document.querySelector('.cb-welcome [role="dialog"]');
        const key = document.querySelector('.cb-welcome .cb-kbd');
        return card && key ? { card: card.textContent ?? '', key: key.textContent } : null;
      },
      undefined,
      { message: 'the welcome page’s card and key' },
    );
    expect(shown.key).toBe('Alt+Shift+M');
    expect(shown.card).toMatch(/Belousov/);
    expect(welcome.errors).toEqual([]);
    await welcome.close();
  });

  e2eTest('“Open shortcut settings” opens the browser’s shortcut page, unrefused', async ({ browser }) => {
    const options = await browser.openExtensionPage('options.html');
    await waitForPage(options, () => document.querySelector('.cb-shortcut button') !== null, undefined, { message: 'the shortcut section' });
    const before = await options.evaluate(tabsAbove, 0);
    await options.evaluate(() => (document.querySelector('.cb-shortcut button') as HTMLButtonElement).click());
    expect(await waitForPage(options, tabsAbove, before, { message: 'the shortcut settings tab' })).toBe(before + 1);
    await sleep(500);
    expect(await options.evaluate(() => document.querySelector('.cb-shortcut [role="alert"]')?.textContent ?? null)).toBeNull();
    await options.close();
  });
});
