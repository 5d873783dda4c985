import bundledCompiledIndex from 'virtual:bundled-pack-index';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex, compileIndex, findMentions, INDEX_FORMAT, splitCompiledIndex, TrieNotLoadedError, type MentionIndex } from '../matcher';
import { bundledPack } from './bundled-pack';
import { buildCatalog } from './catalog';
import { compilePacks, packIndexItem, packsFingerprint, packGateItem, packTrieItem, refreshPackIndex } from './pack-index';
import { loadPackIndex, loadStoredPackIndex, PACK_INDEX_KEY, PACK_TRIE_KEY } from './pack-index-item';
import { importPack, packsItem, setPackEnabled } from './pack-store';
import type { Pack } from './schema';

const VERSION = '1.2.3';

/** A pack of one person the bundled pack does not know. */
function otherPack(): Pack {
  const pack = structuredClone(bundledPack);
  const person = { ...pack.entities.find((e) => e.id === 'narendra-modi')!, id: 'kate-hudson', name: 'Kate Hudson', aliases: ['Kate Hudson'], exclusions: [], related: [] };
  return { ...pack, id: 'other-story', title: 'Another story', entities: [person], article: { ...pack.article, timeline: [] } };
}

const readTrie = async () => (await fakeBrowser.storage.local.get(PACK_TRIE_KEY))[PACK_TRIE_KEY];

/** The stored index, loaded as a frame loads it, its trie read on the scanner's first need. */
async function frameIndex(): Promise<MentionIndex> {
  const stored = (await fakeBrowser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY];
  const index = await loadPackIndex(stored, VERSION, readTrie);
  expect(index).not.toBeNull();
  return index!;
}

/** Mentions as a frame finds them: the first need of the trie waits for it to arrive. */
async function frameFinds(index: MentionIndex, text: string): Promise<string[]> {
  for (;;) {
    try {
      return findMentions(text, index).map((m) => m.entityId);
    } catch (error) {
      if (!(error instanceof TrieNotLoadedError)) throw error;
      await error.loaded;
    }
  }
}

beforeEach(() => fakeBrowser.reset());

describe('pack index', () => {
  it('stores the build-time index of the bundled pack when it is the only pack', async () => {
    expect(await refreshPackIndex(VERSION)).toBe(true);
    const stored = await packIndexItem.getValue();
    expect(stored).toMatchObject({ format: INDEX_FORMAT, version: VERSION, source: packsFingerprint(await packsItem.getValue()) });
    const {
      head: { gate, ...head },
      trie,
    } = splitCompiledIndex(bundledCompiledIndex);
    expect(stored!.index).toEqual(head);
    expect(await packTrieItem.getValue()).toEqual({ source: stored!.source, trie });
    // The gate's keys apart, for the per-frame bootstrap: names of the pack among them.
    expect(await packGateItem.getValue()).toEqual({ source: stored!.source, gate });
    expect(gate!.starts).toEqual(expect.arrayContaining(['putin', 'modi', 'murmu', 'belousov']));
    expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(trie).length / 10);
    expect(await frameFinds(await frameIndex(), 'Modi met Putin in New Delhi.')).toEqual(['narendra-modi', 'vladimir-putin']);
  });

  it('the build-time index is what compiling the bundled pack now gives', () => {
    expect(bundledCompiledIndex).toEqual(compileIndex(buildIndex(buildCatalog([bundledPack]).matcherEntities)));
    expect(compilePacks([bundledPack])).toBe(bundledCompiledIndex);
  });

  it('leaves a current index alone', async () => {
    await refreshPackIndex(VERSION);
    expect(await refreshPackIndex(VERSION)).toBe(false);
  });

  it('compiles an imported pack together with the bundled one, and drops a disabled pack', async () => {
    await refreshPackIndex(VERSION);
    expect(await importPack(JSON.stringify(otherPack()))).toEqual(expect.objectContaining({ ok: true }));
    expect(await refreshPackIndex(VERSION)).toBe(true);
    expect(await frameFinds(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['kate-hudson', 'vladimir-putin']);
    await setPackEnabled(bundledPack.id, false);
    await refreshPackIndex(VERSION);
    expect(await frameFinds(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['kate-hudson']);
  });

  it.each<[string, () => Promise<void>]>([
    ['missing', async () => packIndexItem.removeValue()],
    ['damaged', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { format: INDEX_FORMAT, version: VERSION, source: packsFingerprint(undefined), index: { format: INDEX_FORMAT, edges: '!!' } } })],
    ['of another format', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { ...(await packIndexItem.getValue())!, format: INDEX_FORMAT + 1 } })],
    ['from another version', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { ...(await packIndexItem.getValue())!, version: '0.0.1' } })],
    ['compiled from other packs', async () => packsItem.setValue({ disabled: [bundledPack.id], imported: [] })],
    ['not an object at all', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: 'garbage' })],
    ['damaged only in its trie', async () => {
      const stored = (await packTrieItem.getValue())!;
      await packTrieItem.setValue({ ...stored, trie: { ...stored.trie, terminals: stored.trie.terminals.slice(0, 40) } });
    }],
    ['with the trie of another index', async () => packTrieItem.setValue({ ...(await packTrieItem.getValue())!, source: 'another' })],
    ['without its trie', async () => packTrieItem.removeValue()],
    ['without its gate keys (stored by a version before them)', async () => packGateItem.removeValue()],
    ['with the gate keys of another index', async () => packGateItem.setValue({ ...(await packGateItem.getValue())!, source: 'another' })],
  ])('rebuilds an index that is %s', async (_, spoil) => {
    await refreshPackIndex(VERSION);
    await spoil();
    expect(await refreshPackIndex(VERSION)).toBe(true);
    const raw = await packsItem.getValue();
    expect((await packIndexItem.getValue())!.source).toBe(packsFingerprint(raw));
    expect((await packGateItem.getValue())!.source).toBe(packsFingerprint(raw));
    await frameIndex();
  });

  it('a frame reads the trie only when its text starts a phrase, and then once', async () => {
    await refreshPackIndex(VERSION);
    const reads = vi.fn(readTrie);
    const stored = (await fakeBrowser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY];
    const index = (await loadPackIndex(stored, VERSION, reads))!;
    expect(findMentions('The garden was quiet this spring; the roses came late.', index)).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    expect(await frameFinds(index, 'Modi met Putin.')).toEqual(['narendra-modi', 'vladimir-putin']);
    expect(await frameFinds(index, 'Putin again.')).toEqual(['vladimir-putin']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('a frame given the trie of another index reports the index as damaged when it needs the trie', async () => {
    await refreshPackIndex(VERSION);
    await packTrieItem.setValue({ ...(await packTrieItem.getValue())!, source: 'another' });
    const stored = (await fakeBrowser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY];
    const index = (await loadPackIndex(stored, VERSION, readTrie))!;
    await expect(frameFinds(index, 'Modi met Putin.')).rejects.toThrow(/another index/);
  });

  it('ends a burst of changes with the index of the last one', async () => {
    await importPack(JSON.stringify(otherPack()));
    const runs = [refreshPackIndex(VERSION), setPackEnabled('other-story', false).then(() => refreshPackIndex(VERSION))];
    await Promise.all(runs);
    expect(await frameFinds(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['vladimir-putin']);
  });

  it('fingerprints the stored packs and nothing else', () => {
    expect(packsFingerprint(undefined)).toBe(packsFingerprint(undefined));
    expect(packsFingerprint({ disabled: [], imported: [] })).not.toBe(packsFingerprint({ disabled: ['x'], imported: [] }));
    expect(packsFingerprint(undefined)).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('loadStoredPackIndex', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'index'],
    ['no index inside', { format: INDEX_FORMAT, version: VERSION, source: 'x' }],
  ])('gives null for %s', (_, value) => {
    expect(loadStoredPackIndex(value, VERSION)).toBeNull();
  });
});
