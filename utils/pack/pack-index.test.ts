import bundledCompiledIndex from 'virtual:bundled-pack-index';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex, compileIndex, findMentions, INDEX_FORMAT, type MentionIndex } from '../matcher';
import { bundledPack } from './bundled-pack';
import { buildCatalog } from './catalog';
import { compilePacks, packIndexItem, packsFingerprint, refreshPackIndex } from './pack-index';
import { loadStoredPackIndex, PACK_INDEX_KEY } from './pack-index-item';
import { importPack, packsItem, setPackEnabled } from './pack-store';
import type { Pack } from './schema';

const VERSION = '1.2.3';

/** A pack of one person the bundled pack does not know. */
function otherPack(): Pack {
  const pack = structuredClone(bundledPack);
  const person = { ...pack.entities.find((e) => e.id === 'narendra-modi')!, id: 'kate-hudson', name: 'Kate Hudson', aliases: ['Kate Hudson'], exclusions: [], related: [] };
  return { ...pack, id: 'other-story', title: 'Another story', entities: [person], article: { ...pack.article, timeline: [] } };
}

/** The stored index, loaded as a frame loads it. */
async function frameIndex(): Promise<MentionIndex> {
  const stored = (await fakeBrowser.storage.local.get(PACK_INDEX_KEY))[PACK_INDEX_KEY];
  const index = loadStoredPackIndex(stored, VERSION);
  expect(index).not.toBeNull();
  return index!;
}
const found = (index: MentionIndex, text: string) => findMentions(text, index).map((m) => m.entityId);

beforeEach(() => fakeBrowser.reset());

describe('pack index', () => {
  it('stores the build-time index of the bundled pack when it is the only pack', async () => {
    expect(await refreshPackIndex(VERSION)).toBe(true);
    const stored = await packIndexItem.getValue();
    expect(stored).toMatchObject({ format: INDEX_FORMAT, version: VERSION, source: packsFingerprint(await packsItem.getValue()) });
    expect(stored!.index).toEqual(bundledCompiledIndex);
    expect(found(await frameIndex(), 'Modi met Putin in New Delhi.')).toEqual(['narendra-modi', 'vladimir-putin']);
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
    expect(found(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['kate-hudson', 'vladimir-putin']);
    await setPackEnabled(bundledPack.id, false);
    await refreshPackIndex(VERSION);
    expect(found(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['kate-hudson']);
  });

  it.each<[string, () => Promise<void>]>([
    ['missing', async () => packIndexItem.removeValue()],
    ['damaged', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { format: INDEX_FORMAT, version: VERSION, source: packsFingerprint(undefined), index: { format: INDEX_FORMAT, edges: '!!' } } })],
    ['of another format', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { ...(await packIndexItem.getValue())!, format: INDEX_FORMAT + 1 } })],
    ['from another version', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: { ...(await packIndexItem.getValue())!, version: '0.0.1' } })],
    ['compiled from other packs', async () => packsItem.setValue({ disabled: [bundledPack.id], imported: [] })],
    ['not an object at all', async () => fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: 'garbage' })],
  ])('rebuilds an index that is %s', async (_, spoil) => {
    await refreshPackIndex(VERSION);
    await spoil();
    expect(await refreshPackIndex(VERSION)).toBe(true);
    const raw = await packsItem.getValue();
    expect((await packIndexItem.getValue())!.source).toBe(packsFingerprint(raw));
    await frameIndex();
  });

  it('ends a burst of changes with the index of the last one', async () => {
    await importPack(JSON.stringify(otherPack()));
    const runs = [refreshPackIndex(VERSION), setPackEnabled('other-story', false).then(() => refreshPackIndex(VERSION))];
    await Promise.all(runs);
    expect(found(await frameIndex(), 'Kate Hudson and Putin')).toEqual(['vladimir-putin']);
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
