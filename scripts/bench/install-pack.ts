/**
 * Puts a pack into the loaded extension's storage as an imported pack, the way the options page's
 * import leaves it: `local:packs` of utils/pack/pack-store.ts (chrome.storage.local key `packs`,
 * version 1 in `packs$`) holding `{ disabled: [], imported: [{ pack, installedAt }] }`. Written from
 * an extension page (the options page), which is always there to run code in, unlike the service
 * worker, which Chromium stops when idle. Content scripts read the packs when a frame starts, so
 * every page opened afterwards uses it. The layout lives in `storedPacks` alone.
 */
import type { BrowserContext } from 'playwright-core';

type StorageItems = Record<string, unknown>;

/** chrome.storage.local items holding `pack` as the only imported pack. */
function storedPacks(pack: unknown): StorageItems {
  return { packs: { disabled: [], imported: [{ pack, installedAt: Date.now() }] }, packs$: { v: 1 } };
}

interface ExtensionGlobal {
  chrome: { storage: { local: { get(keys: string[]): Promise<StorageItems>; set(items: StorageItems): Promise<void>; remove(keys: string[]): Promise<void> } } };
}

/** Replaces the stored `keys` with `items` (from an extension page); returns what they held before. */
async function replaceStored(context: BrowserContext, extensionId: string, keys: string[], items: StorageItems): Promise<StorageItems> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await page.evaluate(
      async ({ keys, items }) => {
        const local = (globalThis as unknown as ExtensionGlobal).chrome.storage.local;
        const previous = await local.get(keys);
        await local.remove(keys);
        await local.set(items);
        return previous;
      },
      { keys, items },
    );
  } finally {
    await page.close();
  }
}

/**
 * Waits until the background has compiled the stored packs into the index every frame reads
 * (`packIndex`, utils/pack/pack-index-item.ts) and that index holds `entityId`: pages opened
 * after this use the pack from their first scan.
 */
async function waitForIndexWith(context: BrowserContext, extensionId: string, entityId: string, timeoutMs = 30_000): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForFunction(
      async (id) => {
        const local = (globalThis as unknown as ExtensionGlobal).chrome.storage.local;
        const { packIndex } = (await local.get(['packIndex'])) as { packIndex?: { index?: { entities?: [string, string][] } } };
        return packIndex?.index?.entities?.some(([each]) => each === id) ?? false;
      },
      entityId,
      { timeout: timeoutMs, polling: 100 },
    );
  } finally {
    await page.close();
  }
}

/**
 * Installs `pack` and waits until its index is compiled; the function returned puts back what
 * storage held before.
 */
export async function installImportedPack(context: BrowserContext, extensionId: string, pack: { entities: Array<{ id: string }> }): Promise<() => Promise<void>> {
  const items = storedPacks(pack);
  const keys = Object.keys(items);
  const previous = await replaceStored(context, extensionId, keys, items);
  await waitForIndexWith(context, extensionId, pack.entities[0]!.id);
  return async () => {
    await replaceStored(context, extensionId, keys, previous);
  };
}
