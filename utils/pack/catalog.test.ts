import { describe, expect, it } from 'vitest';
import { bundledPack } from './bundled-pack';
import { buildCatalog } from './catalog';
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
});
