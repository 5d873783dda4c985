/**
 * `storage.local` by raw key, for the per-frame content script: one `get` for everything a frame
 * needs at start, and one change listener. Extension pages and the background use the typed,
 * versioned `@wxt-dev/storage` items over the same keys (`local:<key>`); the content script reads
 * the values through the pure readers beside each item (settings-model.ts, pack-index-item.ts),
 * so it carries neither the storage library nor any migration.
 */
import { browser } from 'wxt/browser';

export async function readLocal(keys: readonly string[]): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get([...keys])) as Record<string, unknown>;
}

export async function writeLocal(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}

export async function removeLocal(key: string): Promise<void> {
  await browser.storage.local.remove(key);
}

/** Calls `onChange(key, newValue)` when one of `keys` changes in `storage.local`; returns the teardown. */
export function watchLocal(keys: readonly string[], onChange: (key: string, value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of keys) if (key in changes) onChange(key, changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
