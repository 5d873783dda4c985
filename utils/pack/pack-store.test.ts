import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from './bundled-pack';
import {
  exportPack,
  importPack,
  listPacks,
  listPacksWithNotice,
  loadEnabledPacks,
  packsItem,
  removePack,
  setPackEnabled,
  watchEnabledPacks,
} from './pack-store';
import { PACK_LIMITS, type Pack } from './schema';
import { englishTranslator } from '../i18n';
import { packsNoticeSentence } from '../storage-notice';

/** `listPacksWithNotice` with its notice in the words the options page shows (English). */
async function listWorded() {
  const load = await listPacksWithNotice();
  return { ...load, notice: load.notice && packsNoticeSentence(englishTranslator, load.notice) };
}

/** A valid pack other than the bundled one. */
function otherPack(id = 'other-story', title = 'Another story'): Pack {
  return { ...structuredClone(bundledPack), id, title };
}
const json = (value: unknown) => JSON.stringify(value);

/** Everything in extension storage, serialised: refusals must leave it byte-identical. */
const snapshot = async () => json(await fakeBrowser.storage.local.get(null));

beforeEach(() => fakeBrowser.reset());

describe('pack store', () => {
  it('has the bundled pack, enabled, before anything is imported', async () => {
    expect(await listPacks()).toEqual([{ pack: bundledPack, builtIn: true, enabled: true, installedAt: null }]);
    expect(await loadEnabledPacks()).toEqual([bundledPack]);
  });

  it('imports a valid pack after the bundled one', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_765_000_000_000);
    const result = await importPack(json(otherPack()));
    expect(result).toEqual({ ok: true, pack: otherPack(), replaced: false });
    const packs = await listPacks();
    expect(packs.map((entry) => [entry.pack.id, entry.builtIn, entry.enabled, entry.installedAt])).toEqual([
      [bundledPack.id, true, true, null],
      ['other-story', false, true, 1_765_000_000_000],
    ]);
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual([bundledPack.id, 'other-story']);
  });

  describe('refuses a bad pack and leaves storage byte-identical', () => {
    const withBadEntity = (mutate: (pack: Pack) => void) => {
      const pack = otherPack('bad-pack');
      mutate(pack);
      return json(pack);
    };
    const cases: [string, () => string, RegExp][] = [
      ['text that is not JSON', () => '{"format": ', /^pack: not valid JSON/m],
      ['a JSON list', () => '[]', /^pack: must be a JSON object \(got a list\)/m],
      ['the wrong schema', () => json({ ...otherPack('bad-pack'), formatVersion: 2 }), /^formatVersion: must be 1/m],
      ['an unknown field', () => json({ ...otherPack('bad-pack'), colour: 'red' }), /^colour: is not a field of the pack format/m],
      [
        'duplicate entity ids',
        () => withBadEntity((pack) => (pack.entities[1]!.id = pack.entities[0]!.id)),
        /^entities\[1\]\.id: ".+" is already the id of entities\[0\]/m,
      ],
      [
        'an unknown reference',
        () => withBadEntity((pack) => (pack.entities[0]!.related = ['nobody-at-all'])),
        /^entities\[0\]\.related\[0\]: "nobody-at-all" is not the id of any entity in this pack/m,
      ],
      ['a pack that is too large', () => ' '.repeat(PACK_LIMITS.maxPackChars + 1), /^pack: is too large/m],
      [
        'markup in a string',
        () => withBadEntity((pack) => (pack.entities[2]!.briefing = 'Hello <script>alert(1)</script>')),
        /^entities\[2\]\.briefing: must be plain text \(it contains markup\)/m,
      ],
      ['the bundled pack’s id', () => json(otherPack(bundledPack.id)), /id: ".+" is the built-in pack's id/],
      ['an installed pack’s id', () => json(otherPack('installed-story', 'Impostor')), /id: a pack with the id "installed-story" \(“Installed story”\) is already installed/],
    ];

    it.each(cases)('%s', async (_name, text, message) => {
      await importPack(json(otherPack('installed-story', 'Installed story')));
      await setPackEnabled(bundledPack.id, false);
      const before = await snapshot();

      const result = await importPack(text());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^This pack was not installed:/);
        expect(result.message).toMatch(message);
      }
      expect(await snapshot()).toBe(before);
    });
  });

  it.each([
    ['broken JSON', () => '{\n  "format": ', { kind: 'not-json', at: { line: 2, column: 13 } }],
    ['a JSON list', () => '[]', { kind: 'not-a-pack' }],
    ['JSON without the pack marker', () => json({ name: 'x', format: 'something/else' }), { kind: 'not-a-pack' }],
    ['a settings file', () => json({ format: 'contextual-briefings/settings', version: 2, settings: {} }), { kind: 'settings-file' }],
    ['a pack with two wrong fields', () => json({ ...otherPack('bad-pack'), formatVersion: 2, colour: 'red' }), { kind: 'invalid-pack', issueCount: 2 }],
    ['a text too large', () => ' '.repeat(PACK_LIMITS.maxPackChars + 1), { kind: 'too-large' }],
    ['the bundled pack’s id', () => json(otherPack(bundledPack.id)), { kind: 'built-in-id', id: bundledPack.id }],
    ['an installed pack’s id', () => json(otherPack('installed-story', 'Impostor')), { kind: 'id-taken', id: 'installed-story', title: 'Installed story' }],
  ])('says what kind of refusal %s is', async (_name, text, refusal) => {
    await importPack(json(otherPack('installed-story', 'Installed story')));
    expect(await importPack(text())).toMatchObject({ ok: false, refusal });
  });

  it('replaces an installed pack with the same id only when asked to, keeping it disabled if it was', async () => {
    await importPack(json(otherPack('story', 'First')));
    await setPackEnabled('story', false);
    const result = await importPack(json(otherPack('story', 'Second')), { replace: true });
    expect(result).toMatchObject({ ok: true, replaced: true });
    const packs = await listPacks();
    expect(packs.map((entry) => [entry.pack.title, entry.enabled])).toEqual([
      [bundledPack.title, true],
      ['Second', false],
    ]);
  });

  it('never replaces the bundled pack, even when asked to', async () => {
    const before = await snapshot();
    expect((await importPack(json(otherPack(bundledPack.id)), { replace: true })).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('disables and re-enables packs, the bundled one included', async () => {
    await importPack(json(otherPack()));
    await setPackEnabled(bundledPack.id, false);
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual(['other-story']);
    await setPackEnabled(bundledPack.id, true);
    await setPackEnabled('other-story', false);
    expect((await loadEnabledPacks()).map((pack) => pack.id)).toEqual([bundledPack.id]);
    expect((await listPacks()).map((entry) => entry.enabled)).toEqual([true, false]);
  });

  it('removes an imported pack but refuses to remove the bundled one', async () => {
    await importPack(json(otherPack()));
    expect(await removePack('other-story')).toEqual({ ok: true });
    expect((await listPacks()).map((entry) => entry.pack.id)).toEqual([bundledPack.id]);

    const before = await snapshot();
    expect(await removePack(bundledPack.id)).toEqual({ ok: false, message: expect.stringMatching(/cannot be removed/) });
    expect(await removePack('never-installed')).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
  });

  it('exports a pack as pretty JSON that imports again', async () => {
    const exported = await exportPack(bundledPack.id);
    expect(exported).toContain('\n  "format": "contextual-briefings/pack"');
    expect(JSON.parse(exported!)).toEqual(bundledPack);
    expect(await exportPack('missing')).toBeNull();

    await importPack(json(otherPack()));
    const roundTrip = await importPack((await exportPack('other-story'))!, { replace: true });
    expect(roundTrip).toMatchObject({ ok: true, replaced: true });
  });

  it('tells watchers the enabled packs after each change', async () => {
    const seen: string[][] = [];
    const stop = watchEnabledPacks((packs) => seen.push(packs.map((pack) => pack.id)));
    await importPack(json(otherPack()));
    await vi.waitFor(() => expect(seen).toEqual([[bundledPack.id, 'other-story']]));
    await setPackEnabled(bundledPack.id, false);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['other-story']));
    stop();
  });

  it('skips a stored pack that no longer validates instead of trusting it', async () => {
    const broken = { ...otherPack('broken'), entities: [] };
    await packsItem.setValue({ disabled: [], imported: [{ pack: broken, installedAt: 1 }, { pack: otherPack(), installedAt: 2 }] });
    expect((await listPacks()).map((entry) => entry.pack.id)).toEqual([bundledPack.id, 'other-story']);
  });

  it('serialises concurrent writes so none is lost', async () => {
    await Promise.all([importPack(json(otherPack('one'))), importPack(json(otherPack('two'))), setPackEnabled(bundledPack.id, false)]);
    expect((await listPacks()).map((entry) => [entry.pack.id, entry.enabled])).toEqual([
      [bundledPack.id, false],
      ['one', true],
      ['two', true],
    ]);
  });
});

describe('corrupted pack storage', () => {
  beforeEach(() => fakeBrowser.reset());

  const SETTINGS = { enabled: false, style: 'background', pausedSites: ['example.com'] };
  const good = () => ({ pack: otherPack('good-story', 'Good story'), installedAt: 5 });

  it.each<[string, unknown, string[], RegExp]>([
    ['a hand-edited string', 'I deleted this', [], /could not be read and are not in use: the list of installed packs\./],
    ['text cut short', '{"disabled":[],"imported":[{"pack":{"format":"contextual-b', [], /the list of installed packs/],
    ['a list (not the stored shape)', [good()], [], /the list of installed packs/],
    ['a wrong-typed disabled list', { disabled: 'good-story', imported: [good()] }, ['good-story'], /the list of disabled packs/],
    ['a wrong-typed imported list', { disabled: [], imported: { 0: good() } }, [], /the list of imported packs/],
    [
      'a pack cut short',
      { disabled: [], imported: [{ pack: { ...otherPack('cut-short', 'Cut short'), entities: undefined }, installedAt: 1 }, good()] },
      ['good-story'],
      /imported pack 1 "Cut short" \(entities: is missing\)/,
    ],
    [
      'a hand-edited pack',
      { disabled: [], imported: [good(), { pack: { ...otherPack('edited', 'Edited\nby hand'), formatVersion: 2 }, installedAt: 1 }] },
      ['good-story'],
      /imported pack 2 "Edited\\nby hand" \(formatVersion: must be 1\)/,
    ],
    ['a pack stored as text', { disabled: [], imported: [{ pack: JSON.stringify(otherPack()), installedAt: 1 }, good()] }, ['good-story'], /imported pack 1 \(pack: must be a JSON object \(got text\)\)/],
    ['an entry that is not an object', { disabled: [], imported: [null, good()] }, ['good-story'], /imported pack 1[;.]/],
    ['the same pack twice', { disabled: [], imported: [good(), good()] }, ['good-story'], /imported pack 2 "Good story" \(its id "good-story" is already in use\)/],
    ['a pack with the built-in id', { disabled: [], imported: [{ pack: bundledPack, installedAt: 1 }] }, [], /its id ".+" is already in use/],
  ])('%s: keeps what can be read, says what was left out, and the settings survive', async (_case, stored, usable, notice) => {
    await fakeBrowser.storage.local.set({ packs: stored, packs$: { v: 1 }, settings: SETTINGS, settings$: { v: 2 } });
    const load = await listWorded();
    expect(load.packs.map((entry) => entry.pack.id)).toEqual([bundledPack.id, ...usable]);
    expect(load.notice).toMatch(notice);
    expect(load.notice).toMatch(/Your next change to the packs saves only what could be read/);
    // Reading repairs nothing behind the user's back, and the settings are another item entirely.
    expect((await fakeBrowser.storage.local.get('packs')).packs).toEqual(stored);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(SETTINGS);

    // The next change keeps every readable pack and drops only the unreadable ones.
    await setPackEnabled(bundledPack.id, false);
    expect((await listWorded()).notice).toBeUndefined();
    expect((await listPacks()).map((entry) => [entry.pack.id, entry.enabled])).toEqual([
      [bundledPack.id, false],
      // A disabled list that could not be read leaves every pack enabled.
      ...usable.map((id) => [id, true]),
    ]);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(SETTINGS);
  });

  it('has no notice when nothing is stored or storage is good', async () => {
    expect(await listWorded()).toEqual({ packs: await listPacks() });
    await importPack(json(otherPack()));
    expect((await listWorded()).notice).toBeUndefined();
  });

  it('says so, and still offers the built-in pack, when storage cannot be read at all', async () => {
    vi.spyOn(packsItem, 'getValue').mockRejectedValue(new Error('IO error'));
    const load = await listWorded();
    expect(load.packs.map((entry) => entry.pack.id)).toEqual([bundledPack.id]);
    expect(load.notice).toBe('Your installed packs could not be read (IO error), so only the built-in pack is in use.');
  });

  it('names at most five unreadable packs and counts the rest', async () => {
    await fakeBrowser.storage.local.set({ packs: { disabled: [], imported: Array.from({ length: 8 }, () => 7) } });
    const { notice } = await listWorded();
    expect(notice).toMatch(/imported pack 5 and 3 more\./);
  });

  it('reads a stored pack whose title is huge or full of line breaks as a short, one-line notice', async () => {
    const title = `Line\n${'x'.repeat(10_000)}`;
    await fakeBrowser.storage.local.set({ packs: { disabled: [], imported: [{ pack: { ...otherPack(), title, formatVersion: 9 } }] } });
    const { notice } = await listWorded();
    expect(notice).not.toContain('\n');
    expect(notice!.length).toBeLessThan(500);
  });
});
