import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeMatcherPack } from '../../tests/support/large-pack';
import { SCRIPT_ENTITIES, TEST_ENTITIES } from '../../tests/support/matcher-entities';
import { buildIndex, type MentionIndex } from './build-index';
import { CompiledIndexError, INDEX_FORMAT, compileIndex, loadCompiledIndex, verifyCompiledIndex, type CompiledIndex } from './compiled-index';
import { findMentions } from './find-mentions';
import type { MatcherEntity } from './types';

const ROOT = resolve(__dirname, '../..');
const bundled = (JSON.parse(readFileSync(resolve(ROOT, 'data/briefing-pack.json'), 'utf8')) as { entities: MatcherEntity[] }).entities;
const passages = readFileSync(resolve(ROOT, 'tests/corpus/blind2.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** A loaded index with every slot filled, as `buildIndex` makes it (which has no loader). */
function filled(index: MentionIndex): MentionIndex {
  index.slots.forEach((hash, slot) => hash !== 0 && index.loadSlot?.(false, slot));
  index.stemSlots.forEach((hash, slot) => hash !== 0 && index.loadSlot?.(true, slot));
  return { ...index, loadSlot: null, context: index.context && filled(index.context) };
}

/** Through JSON, as storage hands it back. */
const stored = (entities: readonly MatcherEntity[]) => JSON.parse(JSON.stringify(compileIndex(buildIndex(entities)))) as CompiledIndex;

describe('compiled index', () => {
  it.each([
    ['the unit-test pack', TEST_ENTITIES],
    ['a pack in Han, Arabic and Bengali script', SCRIPT_ENTITIES],
    ['the bundled pack', bundled],
    ['a 10,000-alias pack', largeMatcherPack(10_000)],
  ] as const)('loads %s back into the very index buildIndex makes', (_, entities) => {
    expect(filled(loadCompiledIndex(stored(entities)))).toEqual(buildIndex(entities));
  });

  it('builds the phrases of a first word only when the scanner first meets it', () => {
    const loaded = loadCompiledIndex(stored(bundled));
    expect(loaded.firsts.every((slot) => slot === undefined)).toBe(true);
    findMentions('Modi met the press.', loaded);
    expect(loaded.firsts.filter(Boolean).map((slot) => slot!.map((f) => f.key))).toContainEqual(expect.arrayContaining(['modi']));
    expect(loaded.firsts.filter(Boolean).length).toBeLessThan(5);
  });

  it('finds the same mentions as the index it was compiled from, on every labelled passage', () => {
    const built = buildIndex(bundled);
    const loaded = loadCompiledIndex(stored(bundled));
    for (const text of passages) expect(findMentions(text, loaded)).toEqual(findMentions(text, built));
  });

  it('keeps only ids and kinds of the entities, not their aliases', () => {
    const compiled = stored(bundled);
    expect(compiled.entities[0]).toEqual([bundled[0]!.id, bundled[0]!.kind]);
    expect(JSON.stringify(compiled.entities)).not.toContain('Belousov');
  });

  it('carries the namesake rules\' word lists, and refuses an index without them', () => {
    const compiled = stored(TEST_ENTITIES);
    expect(compiled.words.offices.split(' ')).toContain('president');
    expect(loadCompiledIndex(compiled).words.hindiBeforeName.has('और')).toBe(true);
    expect(() => verifyCompiledIndex({ ...compiled, words: undefined })).toThrow(CompiledIndexError);
    expect(() => verifyCompiledIndex({ ...compiled, words: { ...compiled.words, common: 7 } })).toThrow(/common is not a string/);
  });

  it('refuses another format', () => {
    expect(() => loadCompiledIndex({ ...stored(TEST_ENTITIES), format: INDEX_FORMAT + 1 })).toThrow(CompiledIndexError);
    expect(() => loadCompiledIndex({ ...stored(TEST_ENTITIES), format: undefined })).toThrow(/format undefined/);
  });

  it.each<[string, (c: CompiledIndex) => unknown]>([
    ['not an object', () => 'index'],
    ['null', () => null],
    ['a truncated table', (c) => ({ ...c, edges: c.edges.slice(0, 12) })],
    ['a table that is not base64', (c) => ({ ...c, nodes: '***' })],
    ['a missing table', (c) => ({ ...c, terminals: undefined })],
    ['an edge pointing past the nodes', (c) => ({ ...c, nodes: c.nodes.slice(0, 40) })],
    ['a string table too short', (c) => ({ ...c, strings: c.strings.slice(0, 3) })],
    ['strings that are not strings', (c) => ({ ...c, strings: c.strings.map((_, i) => i) })],
    ['a filter too small for its bits', (c) => ({ ...c, filterShift: c.filterShift + 4 })],
    ['a table size that is no power of two', (c) => ({ ...c, mask: c.mask + 2 })],
    ['a first word outside its table', (c) => ({ ...c, mask: 15 })],
    ['entities that are not pairs', (c) => ({ ...c, entities: [{ id: 'x' }] })],
    ['a terminal naming an entity that is not there', (c) => ({ ...c, entities: c.entities.slice(0, 1) })],
    ['a list pointing past its table', (c) => ({ ...c, lists: c.lists.slice(0, 8) })],
  ])('refuses %s with a CompiledIndexError, on loading or at the latest on first use', (_, damage) => {
    const use = () => filled(loadCompiledIndex(damage(stored(TEST_ENTITIES))));
    expect(use).toThrow(CompiledIndexError);
  });

  it('decodes the trie only when the text has a word that starts a phrase, and reports damage then', () => {
    const damaged = { ...stored(bundled), edges: '***' };
    const index = loadCompiledIndex(damaged);
    expect(findMentions('The garden was quiet this spring; the roses came late.', index)).toEqual([]);
    expect(() => findMentions('Modi met the press.', index)).toThrow(CompiledIndexError);
    // The same damage is reported again, not decoded again.
    expect(() => findMentions('Putin spoke.', index)).toThrow(/edges is not base64/);
  });

  it('reads the frames\' context only around a trigger, and reports its damage then and on verifying', () => {
    const compiled = stored(bundled);
    expect(compiled.context).not.toBeNull();
    const damaged = { ...compiled, context: { ...compiled.context!, edges: '***' } };
    expect(() => verifyCompiledIndex(damaged)).toThrow(CompiledIndexError);
    expect(() => verifyCompiledIndex({ ...compiled, context: 'context' })).toThrow(/context is not an object/);
    const index = loadCompiledIndex(damaged);
    // Names, India and Russia but no trigger: the context is never read.
    expect(findMentions('Modi met Putin; India and Russia signed.', index).map((m) => m.entityId)).toEqual(['narendra-modi', 'vladimir-putin']);
    // A trigger with no item of its frame's first group in its sentence, after no definite
    // article: nothing around it is read.
    expect(findMentions('The annual summit in New Delhi ended.', index)).toEqual([]);
    expect(findMentions('Putin spoke on Monday. An annual summit in New Delhi ended.', index).map((m) => m.entityId)).toEqual(['vladimir-putin']);
    // After a definite article the whole block is read.
    expect(() => findMentions('Putin spoke on Monday. The annual summit in New Delhi ended.', index)).toThrow(CompiledIndexError);
    expect(() => findMentions('Putin arrived in New Delhi for the annual summit with India.', index)).toThrow(CompiledIndexError);
  });
});
