/**
 * The name gate: never "no" where the scanner finds a name — checked on every labelled passage of
 * every corpus with the bundled pack, on a generated 10,000-alias pack's own names, and on the
 * spellings the scanner forgives (case, soft hyphens, declension, scripts without spaces, Arabic
 * proclitics) — and "no" for text with none of the keys.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, parsePassages } from '@/tests/accuracy/corpus-score';
import { largeMatcherPack } from '@/tests/support/large-pack';
import { TEST_ENTITIES } from '@/tests/support/matcher-entities';
import { buildCatalog } from '../pack/catalog';
import { buildIndex, findMentions, type MatcherEntity } from '.';
import { gateKeysOf, gateCase, MAX_KEY_UNITS, type GateKeys } from './gate-keys';
import { isStoredGateKeys, looseNameGate, nameGate } from './name-gate';
import { parseAlias } from './parse-alias';

const bundled = JSON.parse(readFileSync(resolve(__dirname, '../../data/briefing-pack.json'), 'utf8'));
const bundledEntities: MatcherEntity[] = buildCatalog([bundled]).matcherEntities;
const bundledIndex = buildIndex(bundledEntities);
const gateFor = (entities: readonly MatcherEntity[]) => nameGate(buildIndex(entities).gate);

describe('gate keys', () => {
  const keysOf = (...aliases: string[]) => gateKeysOf(aliases.flatMap((a) => parseAlias(a).phrases));
  const withoutByKey = (keys: GateKeys | null) => keys && { starts: keys.starts, anywhere: keys.anywhere, phrases: keys.phrases };

  it('keeps up to three words of a phrase, capitalised ones first, the stem of a declined word, and cuts long words', () => {
    expect(withoutByKey(keysOf('special military operation'))).toEqual({ starts: ['military', 'operatio', 'special'], anywhere: [], phrases: [3, 0, 1, 2] });
    expect(withoutByKey(keysOf("Putin's state visit to India"))).toEqual({ starts: ['india', 'putin', 'state'], anywhere: [], phrases: [3, 1, 0, 2] });
    expect(withoutByKey(keysOf('Путин~'))).toEqual({ starts: [], anywhere: ['путин'], phrases: [1, 0] });
    expect(keysOf('Нарендра~ Моди')!.anywhere).toEqual(['моди', 'нарендр']);
    expect(keysOf('intergovernmental commission')!.starts).toEqual(['commissi', 'intergov']);
    expect(keysOf('intergovernmental commission')!.starts[0]).toHaveLength(MAX_KEY_UNITS);
    // The same keys twice are one phrase; a word of one or two units is a key only when it is the best.
    expect(withoutByKey(keysOf('[Vladimir] Putin', 'PUTIN'))).toEqual({ starts: ['putin', 'vladimir'], anywhere: [], phrases: [2, 1, 0, 1, 0] });
    expect(withoutByKey(keysOf("Putin's visit of state"))).toEqual({ starts: ['putin', 'state', 'visit'], anywhere: [], phrases: [3, 0, 2, 1] });
    expect(withoutByKey(keysOf('PM'))).toEqual({ starts: ['pm'], anywhere: [], phrases: [1, 0] });
  });

  it('lists each key\'s phrases, by their offset in the phrase list', () => {
    // Phrases [2, 1, 0] at 0 and [1, 0] at 3: "putin" (0) is in both, "vladimir" (1) in the first.
    expect(keysOf('[Vladimir] Putin')).toMatchObject({ starts: ['putin', 'vladimir'], phrases: [2, 1, 0, 1, 0], byKey: [3, 5, 6, 0, 3, 0] });
  });

  it('admits a text only when every key of some phrase is in it', () => {
    const gate = nameGate(keysOf('inter-governmental commission', 'Putin'));
    expect(gate('The government set up a commission.')).toBe(false);
    expect(gate('An inter-governmental commission met.')).toBe(true);
    expect(gate('Commission and government; inter alia.')).toBe(true);
    expect(gate('Putin spoke.')).toBe(true);
    // A one-letter key is looked for at word starts only.
    const letter = nameGate(keysOf('Q'));
    expect(letter('Nothing here, aqua.')).toBe(false);
    expect(letter('Ask Q now.')).toBe(true);
  });

  it('has no keys (the gate lets everything through) when a phrase is all numbers', () => {
    expect(keysOf('Putin', '#')).toBeNull();
    expect(nameGate(null)('anything at all')).toBe(true);
  });

  it('lower-cases as the page text is lower-cased, with final sigma as sigma, and stops before İ', () => {
    expect(gateCase('ΤΣΊΠΡΑΣ')).toBe('τσίπρασ');
    expect(gateCase('τσίπρας')).toBe('τσίπρασ');
    expect(gateCase('abİc')).toBe('ab');
  });

  it('stores the prefix table and the one-unit keys, and reads back only keys of the right shape', () => {
    const keys = keysOf('[Vladimir] Putin', 'Путин~', 'Q', '京');
    expect(keys!.prefixes).toHaveLength(1024);
    expect(keys!.startSingles).toBe('q');
    expect(keys!.anywhereSingles).toBe('京');
    expect(isStoredGateKeys(keys)).toBe(true);
    expect(isStoredGateKeys(keysOf(...Array.from({ length: 100 }, (_, i) => `Name${String.fromCharCode(0x41 + (i % 26))}${i}`)))).toBe(true);
    expect(keysOf(...Array.from({ length: 100 }, (_, i) => `Name${i} Other${i}`))!.prefixes).toHaveLength(4096);
    for (const bad of [
      null, 'putin', { starts: ['putin'] }, { ...keys, byKey: undefined }, { ...keys, prefixes: undefined }, { ...keys, prefixes: 'x'.repeat(1000) },
      { ...keys, startSingles: 3 }, { ...keys, starts: 'putin' }, { ...keys, byKey: keys!.byKey.slice(1) }, { ...keys, byKey: [...keys!.byKey, 0] },
    ]) expect(isStoredGateKeys(bad), JSON.stringify(bad)?.slice(0, 200)).toBe(false);
  });

  it('finds every key the text holds where keys are prefixes of one another, as a plain search does', () => {
    const aliases = ['In', 'Ind', 'India', 'Indian Ocean', 'Indo-Pacific', 'Indira', 'Inde', 'Modi', 'Modinagar', 'Mod', 'Bharat', 'Бхарат', 'Бхара', 'X'];
    const keys = keysOf(...aliases)!;
    const gate = nameGate(keys);
    const loose = looseNameGate(keys);
    // Plain reference: a phrase passes when each of its keys is in the text at a word start (or
    // anywhere, for an "anywhere" key).
    // With `loose`, the loose gate's reference: every key anywhere.
    const reference = (text: string, loose = false) => {
      const lower = text.toLowerCase();
      const at = (key: string, anywhere: boolean) => {
        for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) if (loose || anywhere || i === 0 || !/[a-z0-9\u00c0-\u00ff]/.test(lower[i - 1]!)) return true;
        return false;
      };
      const ids = [...keys.starts.map((k) => at(k, false)), ...keys.anywhere.map((k) => at(k, true))];
      for (let p = 0; p < keys.phrases.length; p += keys.phrases[p]! + 1) {
        if (keys.phrases.slice(p + 1, p + 1 + keys.phrases[p]!).every((id) => ids[id])) return true;
      }
      return false;
    };
    const words = ['in', 'ind', 'indi', 'india', 'indian', 'ocean', 'indo', 'pacific', 'indira', 'inde', 'mo', 'mod', 'modi', 'modinagar', 'modern', 'bhar', 'bharat', 'бхар', 'бхара', 'бхарат', 'xбхарат', 'x', 'xi', 'the', 'an'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let passed = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]!).join(random() < 0.2 ? '' : ' ');
      expect(gate(text), text).toBe(reference(text));
      expect(loose(text), text).toBe(reference(text, true));
      if (reference(text)) passed++;
    }
    expect(passed).toBeGreaterThan(300);
    expect(passed).toBeLessThan(2700);
  });
});

describe('name gate', () => {
  const gate = nameGate(bundledIndex.gate);
  const loose = looseNameGate(bundledIndex.gate);

  it('never says no where the scanner finds a name, on every passage of every labelled corpus', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    let named = 0;
    for (const file of files) {
      for (const passage of parsePassages(readFileSync(resolve(CORPUS_DIR, file), 'utf8'))) {
        // Each sentence alone too: the gate sees one block at a time, however short.
        for (const text of [passage.text, ...passage.text.split(/(?<=[.!?।])\s+/)]) {
          if (findMentions(text, bundledIndex).length === 0) continue;
          named++;
          expect(gate(text), `${file} ${passage.id}: ${text}`).toBe(true);
          expect(loose(text), `loose, ${file} ${passage.id}: ${text}`).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThan(500);
  });

  it('never says no where the scanner finds a name of a 10,000-alias pack, and rules out text with none', () => {
    const entities = largeMatcherPack(10_000);
    const index = buildIndex(entities);
    const large = nameGate(index.gate);
    const looseLarge = looseNameGate(index.gate);
    let named = 0;
    for (const entity of entities.slice(0, 800)) {
      for (const alias of entity.aliases) {
        const text = `Yesterday ${alias.replace('(summit|conference)', 'summit')} was in the news.`;
        if (findMentions(text, index).length === 0) continue;
        named++;
        expect(large(text), text).toBe(true);
        expect(looseLarge(text), `loose: ${text}`).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(2_000);
    expect(large('Roses and beans in the spring; the weather was mild.')).toBe(false);
    expect(looseLarge('Roses and beans in the spring; the weather was mild.')).toBe(false);
  });

  it('lets through the spellings the scanner forgives', () => {
    for (const text of [
      'PUTIN ARRIVES', 'Pu\u00ADtin arrived', 'Визит Путина в Индию', 'Встреча с Нарендрой Моди',
      '總統普京4日飛抵新德里', 'التقى لبوتين', 'মোদীর সঙ্গে', '«Путин» сказал', 'the 23rd annual summit',
    ]) {
      expect(findMentions(text, bundledIndex).length, text).toBeGreaterThan(0);
      expect(gate(text), text).toBe(true);
      expect(loose(text), text).toBe(true);
    }
  });

  it('says no to text without any key, and maybe to a word that starts with one', () => {
    expect(gate('Roses and beans in the spring; the weather was mild.')).toBe(false);
    expect(gate('Компьютеры и сады. बगीचे में फूल.')).toBe(false);
    expect(gate('Modify the settings')).toBe(true);
    // A key stands only at a word start in Latin script: "disputing" holds "puti" but not at its start.
    expect(gateFor(TEST_ENTITIES)('Disputing the roses.')).toBe(false);
  });

  it('loosely, says maybe for keys anywhere in the text, no for a text without them, and maybe for a text too long to search at once', () => {
    expect(loose('Roses and beans in the spring; the weather was mild.')).toBe(false);
    expect(loose('Компьютеры и сады. बगीचे में फूल.')).toBe(false);
    // Words glued together, as a frame's whole text glues its blocks.
    expect(gate('Roses.Disputin')).toBe(false);
    expect(loose('Roses.Disputin')).toBe(true);
    const quietPage = 'Roses and beans in the spring; the weather was mild. '.repeat(200);
    expect(loose(quietPage)).toBe(false);
    expect(loose(quietPage.repeat(10))).toBe(true);
    expect(looseNameGate(null)('anything at all')).toBe(true);
    // Stored keys of the right shape but broken inside say "maybe" rather than hang or say no.
    expect(looseNameGate({ ...bundledIndex.gate!, phrases: [-1, 0] })('Roses and beans.')).toBe(true);
    expect(looseNameGate({ ...bundledIndex.gate!, starts: bundledIndex.gate!.starts.map(() => 7 as unknown as string) })('Roses and beans.')).toBe(true);
  });
});

describe('"one of these" sets (an event frame: a trigger beside an item of its first group)', () => {
  const phrases = (aliases: string[]) => aliases.flatMap((a) => parseAlias(a).phrases);
  const keys = gateKeysOf(phrases(['Vladimir Putin']), [[phrases(['[state] visit', 'summit']), phrases(['Russian President', 'Kremlin chief'])]])!;

  it('stores the sets after the keys, each key saying which sets it is one of, the optional word left out', () => {
    expect(keys.setCount).toBe(2);
    expect(isStoredGateKeys(keys)).toBe(true);
    const keyCount = keys.starts.length + keys.anywhere.length;
    const setsOf = (key: string) => {
      const id = keys.starts.indexOf(key);
      return keys.sets!.slice(keys.sets![id]!, keys.sets![id + 1]!).map((s) => s - keyCount);
    };
    expect(setsOf('visit')).toEqual([0]);
    expect(keys.starts).not.toContain('state');
  });

  it('lets a text through only with one of each set, or a phrase of its own', () => {
    for (const gate of [nameGate(keys), looseNameGate(keys)]) {
      expect(gate('The Russian President spoke.')).toBe(false);
      expect(gate('The summit opened.')).toBe(false);
      expect(gate('The Russian President arrived for the summit.')).toBe(true);
      expect(gate('The Kremlin chief ended his state visit.')).toBe(true);
      expect(gate('Vladimir Putin spoke.')).toBe(true);
    }
  });

  it('refuses stored sets of the wrong shape', () => {
    expect(isStoredGateKeys({ ...keys, sets: [0] })).toBe(false);
    expect(isStoredGateKeys({ ...keys, setCount: -1 })).toBe(false);
    expect(isStoredGateKeys({ ...keys, setCount: 0 })).toBe(false);
  });
});
