/**
 * Talking to a tab's content script the way the extension itself does (background command,
 * popup): from an extension page, `tabs.query` finds the tab by URL and `tabs.sendMessage` reaches
 * its top frame. Chromium's MV3 pages have `chrome` (promise-returning), Firefox's have `browser`.
 * Bring the target tab to the front first: in Firefox it is found as the active tab.
 */
import type { E2ePage } from './session';

export interface SendResult {
  reply?: unknown;
  error?: string;
}

export function sendToTab(extensionPage: E2ePage, urlPrefix: string, message: unknown): Promise<SendResult> {
  return extensionPage.evaluate(
    async ({ urlPrefix, message }) => {
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
        sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
      };
      const g = globalThis as unknown as { browser?: { tabs?: Tabs }; chrome?: { tabs?: Tabs } };
      const tabs = g.browser?.tabs ?? g.chrome?.tabs;
      if (!tabs) return { error: 'no tabs API in this extension page' };
      const all = await tabs.query({});
      // Firefox shows a tab's URL only with the "tabs" permission, which the extension does not
      // ask for: there, the tab the test just brought to the front is the one.
      const tab = all.find((t) => t.url?.startsWith(urlPrefix)) ?? (all.some((t) => t.url?.startsWith(urlPrefix)) ? undefined : (await tabs.query({ active: true })).find((t) => t.url === undefined));
      if (!tab?.id) return { error: `no tab at ${urlPrefix}; tabs: ${all.map((t) => t.url ?? '(no url)').join(', ')}` };
      try {
        return { reply: await tabs.sendMessage(tab.id, message, { frameId: 0 }) };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { urlPrefix, message },
  );
}

/**
 * The id of the tab at `urlPrefix`, found from an extension page as `sendToTab` finds it (in
 * Firefox, the active tab whose address the extension may not read: bring it to the front first).
 */
export function tabIdOf(extensionPage: E2ePage, urlPrefix: string): Promise<number | null> {
  return extensionPage.evaluate(async (urlPrefix) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    const g = globalThis as unknown as { browser?: { tabs?: Tabs }; chrome?: { tabs?: Tabs } };
    const tabs = (g.browser?.tabs ?? g.chrome?.tabs)!;
    const all = await tabs.query({});
    const tab = all.find((t) => t.url?.startsWith(urlPrefix)) ?? (await tabs.query({ active: true })).find((t) => t.url === undefined);
    return tab?.id ?? null;
  }, urlPrefix);
}
