import { describe, expect, it } from 'vitest';
import { bundledPack } from './bundled-pack';
import { buildCatalog } from './catalog';
import { testPack } from '@/tests/support/test-pack';
import type { Pack } from './schema';

const otherPack: Pack = {
  ...bundledPack,
  id: 'other-story',
  entities: [
    { ...bundledPack.entities.find((e) => e.id === 'vladimir-putin')!, related: [] },
    { ...bundledPack.entities.find((e) => e.id === 'kremlin')!, id: 'moscow-talks', related: [] },
  ],
};

describe('buildCatalog', () => {
  it('keeps the bundled pack’s fixed ids as keys', () => {
    const catalog = buildCatalog([bundledPack]);
    expect(catalog.get('vladimir-putin')?.entity.name).toBe('Vladimir Putin');
    expect(catalog.matcherEntities.map((e) => e.id)).toEqual(bundledPack.entities.map((e) => e.id));
  });

  it('gives a later pack’s clashing id its own key instead of shadowing', () => {
    const catalog = buildCatalog([bundledPack, otherPack]);
    expect(catalog.keyOf('other-story', 'vladimir-putin')).toBe('other-story/vladimir-putin');
    expect(catalog.keyOf(bundledPack.id, 'vladimir-putin')).toBe('vladimir-putin');
    expect(catalog.get('other-story/vladimir-putin')?.pack.id).toBe('other-story');
    expect(catalog.keyOf('other-story', 'moscow-talks')).toBe('moscow-talks');
  });

  it('is empty when every pack is disabled', () => {
    expect(buildCatalog([]).matcherEntities).toEqual([]);
  });

  it('finds the entities of other packs that know one of an entity’s names, in any case', () => {
    const putin = testPack.entities.find((e) => e.id === 'vladimir-putin')!;
    const shouting = { ...testPack, id: 'loud-story', entities: [{ ...putin, id: 'putin', name: 'VLADIMIR PUTIN', aliases: ['PUTIN'] }] };
    const unrelated = { ...testPack, id: 'quiet-story', entities: [{ ...putin, id: 'someone', name: 'Someone Else', aliases: ['Someone Else'] }] };
    const catalog = buildCatalog([testPack, shouting, unrelated]);
    expect(catalog.sameNamed('vladimir-putin').map((e) => e.key)).toEqual(['putin']);
    expect(catalog.sameNamed('putin').map((e) => e.key)).toEqual(['vladimir-putin']);
    expect(catalog.sameNamed('someone')).toEqual([]);
    expect(catalog.sameNamed('no-such-key')).toEqual([]);
  });
});

