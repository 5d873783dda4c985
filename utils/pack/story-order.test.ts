import { describe, expect, it } from 'vitest';
import { testPack } from '@/tests/support/test-pack';
import { buildCatalog } from './catalog';
import { orderByStory, storyPresence } from './story-order';

const other = { ...testPack, id: 'other-story', title: 'Other story', entities: testPack.entities.filter((e) => e.id === 'vladimir-putin' || e.id === 'narendra-modi') };
const catalog = buildCatalog([testPack, other]);
const first = catalog.get('vladimir-putin')!;
const second = catalog.get('other-story/vladimir-putin')!;

describe('story order', () => {
  it('counts the other entities of the entry’s own story that the page mentions', () => {
    const counts = { 'vladimir-putin': 3, 'narendra-modi': 1, 'other-story/narendra-modi': 0, 'putin-india-visit': 2 };
    expect(storyPresence(first, catalog, counts)).toBe(2);
    expect(storyPresence(second, catalog, counts)).toBe(0);
  });

  it('puts the story most present on the page first, and keeps the packs’ order on a tie', () => {
    expect(orderByStory([first, second], catalog, { 'other-story/narendra-modi': 1 }).map((e) => e.key)).toEqual(['other-story/vladimir-putin', 'vladimir-putin']);
    expect(orderByStory([first, second], catalog, {}).map((e) => e.key)).toEqual(['vladimir-putin', 'other-story/vladimir-putin']);
  });
});
