/**
 * Hostile packs: thousands of generated malformed packs, each refused with a message naming the
 * field, or accepted only when valid and harmless; and through `importPack`, storage byte-identical
 * after every refusal. The generators start from a small valid pack and break it the ways a bad
 * file, a careless tool or an attacker would: wrong types, missing and extra fields, huge strings
 * and lists, deep nesting, prototype keys (as own keys, the way `JSON.parse` makes them), markup and
 * script URLs, and aliases that would match every page.
 *
 * Run counts are tuned so the file takes a few seconds; a failure prints fast-check's seed and the
 * shrunk counterexample.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildIndex } from '../matcher/index';
import { importPack, setPackEnabled } from './pack-store';
import { PACK_LIMITS, type Pack } from './schema';
import { formatPackIssues, parsePackJson, validatePack, type PackIssue, type PackValidation } from './validate-pack';

/** A small valid pack: two entities that refer to each other, one sentence. */
function basePack(): Pack {
  return {
    format: 'contextual-briefings/pack',
    formatVersion: 1,
    id: 'fuzz-pack',
    title: 'Fuzz pack',
    language: 'en',
    source: 'Unit test',
    article: {
      headline: 'Putin to visit India',
      summary: 'Vladimir Putin is scheduled to visit India.',
      keyPoints: ['Putin visits India on December 4–5.'],
      timeline: [
        { when: 'December 4–5', start: '--12-04', label: 'Putin visits India.', entities: ['vladimir-putin'], sources: [0] },
      ],
      sentences: ['The upcoming visit of Russian President Vladimir Putin to India, scheduled for December 4-5.'],
    },
    entities: [
      {
        id: 'vladimir-putin',
        kind: 'person',
        name: 'Vladimir Putin',
        role: 'Russian President',
        briefing: 'He is scheduled to visit India.',
        sources: [0],
        related: ['putin-india-visit'],
        aliases: ['Vladimir Putin', 'Putin'],
      },
      {
        id: 'putin-india-visit',
        kind: 'event',
        name: 'Putin’s visit to India',
        role: 'A visit',
        briefing: 'Putin is scheduled to visit India on December 4–5.',
        sources: [0],
        related: ['vladimir-putin'],
        aliases: ["Putin's visit to India"],
        exclusions: ['21st India-Russia summit'],
      },
    ],
  };
}

// ---- paths ------------------------------------------------------------------------------

type Segment = string | number;

/** A path as `validatePack` writes it: `entities[0].aliases[1]`, `["odd key"]`. */
function formatPath(segments: readonly Segment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** The issue path as the validator shows it: invisible characters escaped, capped at 300 characters. */
function shownPath(path: string): string {
  const escaped = path.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
  return escaped.length <= 300 ? escaped : escaped.slice(0, 299);
}

/** Every path, 8 levels deep at most, inside `value` (mutations of deeper values add nothing). */
function pathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  const out: Segment[][] = [];
  if (typeof value !== 'object' || value === null || prefix.length >= 8) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path, ...pathsOf(child, path));
  }
  return out;
}

function containerAt(root: unknown, path: readonly Segment[]): Record<string | number, unknown> | null {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : null;
}

/** Sets an own property even for `__proto__`, as `JSON.parse` does, instead of swapping a prototype. */
function setOwn(target: Record<string | number, unknown>, key: Segment, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

// ---- hostile values ---------------------------------------------------------------------

const STOP_WORDS = ['the', 'The', 'THE', 'and', 'in', 'of', 'to', 'on', 'a', 'A', 'it', 'is', 'for', 'with', 'May', 'Will', 'US', 'that'];

/** Aliases that would match nearly every page: each must be refused. */
const broadAlias = fc.oneof(
  fc.constantFrom(...'abcxyzABCXYZ'.split('')),
  fc.constantFrom(...STOP_WORDS),
  fc.array(fc.constantFrom(...STOP_WORDS), { minLength: 2, maxLength: 4 }).map((words) => words.join(' ')),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.constantFrom('#', '# of', 'the #', '1 2 3', '42nd'),
  fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', ' \u200b '),
  fc.constantFrom(...STOP_WORDS).map((word) => `(${word}|Putin)`),
  fc.constantFrom(...STOP_WORDS).map((word) => `Kremlin|${word}`),
  fc.constantFrom(...STOP_WORDS).map((word) => `[${word}]`),
);

const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Hello <b>world</b>',
  '<!-- comment -->',
  '</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg/onload=alert(1)>',
);
const scriptUrl = fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:void(0)', 'java\tscript:alert(1)', 'Click javascript :x', 'vbscript:msgbox(1)');

/** Strings a careless or hostile author might put anywhere. */
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: markup },
  { weight: 2, arbitrary: scriptUrl },
  { weight: 2, arbitrary: broadAlias },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty') },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 300_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300_000 }).map((n) => '<a'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('\u202eevil', '\u0000', '\ud800', 'Putin\u00ad', 'x'.repeat(PACK_LIMITS.maxPackChars + 1)) },
);

/** Lists nested `depth` deep: `[[[…]]]`. */
function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object whose keys are own properties named like prototype members, as JSON.parse makes them. */
const pollutingObject = fc
  .constantFrom('__proto__', 'constructor', 'prototype')
  .map((key) => JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`) as unknown);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -0, -1, 1, 0.5, 1e308, Number.NaN, Infinity) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((depth) => nested(depth, 'Putin')) },
  { weight: 1, arbitrary: fc.integer({ min: 51, max: 20_000 }).map((n) => Array.from({ length: n }, () => 'Putin')) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 5 }) },
);

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'colour', 'onload', 'html', 'script'),
  fc.string({ maxLength: 12 }),
);

/** One thing done to a pack, and the path it touched. */
type Mutation =
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'delete'; pick: number }
  | { op: 'add'; pick: number; key: string; value: unknown }
  | { op: 'alias'; entity: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), pick: fc.nat(), key: extraKey, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('alias' as const), entity: fc.nat(1), value: fc.oneof(broadAlias, hostileString) }) },
);

/** The base pack with `mutations` applied; `touched` lists the paths each one changed. */
function mutate(mutations: readonly Mutation[]): { pack: unknown; touched: string[] } {
  const pack: unknown = basePack();
  const touched: string[] = [];
  for (const m of mutations) {
    const paths = pathsOf(pack);
    if (m.op === 'alias') {
      const aliases = containerAt(pack, ['entities', m.entity, 'aliases']);
      if (!Array.isArray(aliases)) continue;
      touched.push(formatPath(['entities', m.entity, 'aliases', aliases.length]));
      aliases.push(m.value);
      continue;
    }
    if (m.op === 'add') {
      // Add a field to the pack itself or to any object inside it.
      const containers: Segment[][] = [[], ...paths.filter((path) => containerAt(pack, path) !== null && !Array.isArray(containerAt(pack, path)))];
      const path = containers[m.pick % containers.length]!;
      const target = containerAt(pack, path)!;
      setOwn(target, m.key, m.value);
      touched.push(formatPath([...path, m.key]));
      continue;
    }
    if (paths.length === 0) continue;
    const path = paths[m.pick % paths.length]!;
    const parent = containerAt(pack, path.slice(0, -1));
    if (!parent) continue;
    const key = path.at(-1)!;
    if (m.op === 'delete' && Array.isArray(parent)) {
      // Later items move up, so the change is to the list as a whole.
      parent.splice(Number(key), 1);
      touched.push(formatPath(path.slice(0, -1)));
      continue;
    }
    if (m.op === 'delete') delete parent[key];
    else setOwn(parent, key, m.value);
    touched.push(formatPath(path));
  }
  return { pack, touched };
}

// ---- what must hold ---------------------------------------------------------------------

/** A path `validatePack` could have written: '' (the whole pack), `a.b[0]["odd key"]`. */
const PATH = /^(?:|(?:[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*)$/;

/** Messages about a reference between fields: they name the field that refers, not the one changed. */
const REFERENCE = /is not the id of any entity|does not exist: the article has|is already the id of|repeats aliases|is also aliases|related to itself/;

function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

/** Issues are well-formed and at least one names a changed field (or its parent or child). */
function expectIssuesNameTheField(issues: readonly PackIssue[], touched: readonly string[]): void {
  expect(issues.length).toBeGreaterThan(0);
  // Plain checks, not one `expect` per issue: a list of 20,000 wrong items has 20,000 issues.
  const bad = issues.find(
    (issue) =>
      !(issue.path.endsWith('…') || PATH.test(issue.path)) ||
      issue.message.trim() === '' ||
      // Pack text quoted in a message cannot break lines, reverse text or fill the screen.
      /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(issue.message) ||
      issue.message.length > 300,
  );
  if (bad) throw new Error(`malformed issue: ${JSON.stringify(bad)}`);
  const shown = touched.map(shownPath);
  const named = issues.some((issue) => {
    const path = issue.path.replace(/…$/, '');
    return REFERENCE.test(issue.message) || shown.some((changed) => isWithin(changed, path) || isWithin(path, changed) || changed.startsWith(path));
  });
  if (!named) throw new Error(`no issue names a changed field (${touched.join(', ')}):\n${formatPackIssues(issues)}`);
  // The formatted text, which the user sees, starts every line with the path.
  const lines = formatPackIssues(issues).split('\n');
  expect(lines.filter((line) => !/^(?:pack|[A-Za-z_$[].*?): \S|^… and \d+ more$/.test(line))).toEqual([]);
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const ORACLE_STOP = new Set(STOP_WORDS.map((word) => word.toLowerCase()));

/** An independent, simpler reading of "this alias would match almost any page". */
function looksBroad(alias: string): boolean {
  const phrases = /[[\]()|]/.test(alias) ? alias.replace(/[[\]()]/g, ' ').split('|') : [alias];
  return phrases.some((phrase) =>
    phrase
      .trim()
      .split(/\s+/)
      .every((word) => {
        const letters = word.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
        const acronym = letters === 2 && /^\p{Lu}+$/u.test(word);
        // Two characters of a script written without spaces name someone (李强).
        const dense = letters === 2 && (word.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) === 2;
        return ORACLE_STOP.has(word.toLowerCase()) || (letters < 3 && !acronym && !dense);
      }),
  );
}

/** An accepted pack must be harmless, checked without the validator's own code. */
function expectHarmless(result: Extract<PackValidation, { ok: true }>): void {
  const { pack } = result;
  expect(JSON.stringify(pack).length).toBeLessThanOrEqual(PACK_LIMITS.maxPackChars);
  expect(pack.entities.length).toBeLessThanOrEqual(PACK_LIMITS.maxEntities);
  const stack: Array<{ value: unknown; depth: number }> = [{ value: pack, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth } = item;
    if (typeof value === 'string') {
      expect(value).not.toMatch(/<\/?[a-z!?][^<>]*>/i);
      expect(value.replace(/\s+/g, '').toLowerCase()).not.toContain('javascript:');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    expect(depth).toBeLessThan(PACK_LIMITS.maxNesting);
    for (const key of Object.keys(value)) expect(FORBIDDEN.has(key)).toBe(false);
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  for (const entity of pack.entities) {
    expect(entity.aliases.length).toBeLessThanOrEqual(PACK_LIMITS.maxAliasesPerEntity);
    for (const alias of entity.aliases) {
      expect(alias.length).toBeLessThanOrEqual(PACK_LIMITS.maxAliasChars);
      if (looksBroad(alias)) throw new Error(`accepted an alias that would match almost any page: ${JSON.stringify(alias)}`);
    }
  }
  // The engine takes whatever the gate lets through.
  expect(() => buildIndex(pack.entities)).not.toThrow();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function check(result: PackValidation, touched: readonly string[]): void {
  if (result.ok) expectHarmless(result);
  else expectIssuesNameTheField(result.issues, touched);
}

// ---- the properties ---------------------------------------------------------------------

/**
 * Each property takes 2–7 s here (the longest parses lists nested 200,000 deep, 85 ms each); the
 * margin is for CI's two shared cores, not for more runs.
 */
const FUZZ_TIMEOUT_MS = 45_000;

describe('hostile packs', () => {
  it('the base pack is valid, so every refusal below is the mutation’s doing', () => {
    expect(validatePack(basePack()).ok).toBe(true);
  });

  it('refuses each malformed pack naming a changed field, or accepts it only when harmless (parsed data)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const { pack, touched } = mutate(mutations);
        check(validatePack(pack), touched);
      }),
      { numRuns: 2_500 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('does the same for pack text, where JSON.parse makes __proto__ an own key', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const { pack, touched } = mutate(mutations);
        let text: string;
        try {
          text = JSON.stringify(pack);
        } catch {
          return; // a BigInt: not something a file can hold
        }
        const result = parsePackJson(text);
        // Fields JSON drops (undefined) may leave nothing wrong with the text.
        if (result.ok) expectHarmless(result);
        else expectIssuesNameTheField(result.issues, [...touched, '']);
      }),
      { numRuns: 1_500 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('refuses every alias that would match almost any page, naming the alias', () => {
    fc.assert(
      fc.property(broadAlias, fc.nat(1), (alias, entity) => {
        const pack = basePack();
        const aliases = pack.entities[entity]!.aliases;
        aliases.push(alias);
        const result = validatePack(pack);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain(`entities[${entity}].aliases[${aliases.length - 1}]`);
      }),
      { numRuns: 1_000 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('refuses text that is not a pack at all: truncated files, random text, prototype keys at the top', () => {
    const packText = JSON.stringify(basePack());
    const hostileText = fc.oneof(
      fc.nat(packText.length - 1).map((end) => packText.slice(0, end)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => `{"${key}": {"polluted": true}, ${packText.slice(1)}`),
      fc.integer({ min: 1, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
      fc.integer({ min: 1, max: 100_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    );
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parsePackJson(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expectIssuesNameTheField(result.issues, ['']);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('hostile packs through importPack', () => {
  beforeEach(() => fakeBrowser.reset());

  /** Everything in extension storage, serialised: a refusal must leave it byte-identical. */
  const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

  it('leaves the installed packs and the settings byte-identical after every refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        await fakeBrowser.storage.local.clear();
        // Something to lose: an imported pack, a disabled built-in pack and hand-picked settings.
        await importPack(JSON.stringify({ ...basePack(), id: 'installed-pack' }));
        await setPackEnabled('installed-pack', false);
        await fakeBrowser.storage.local.set({ settings: { enabled: true, style: 'background', pausedSites: ['example.com'] } });
        const before = await snapshot();

        const { pack } = mutate(mutations);
        let text: string;
        try {
          text = JSON.stringify(pack) ?? 'undefined';
        } catch {
          text = String(mutations.length); // a BigInt: import the file "1" instead
        }
        const result = await importPack(text);
        if (result.ok) {
          expect(validatePack(result.pack).ok).toBe(true);
          return;
        }
        expect(result.message).toMatch(/^This pack was not installed:/);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 400 },
    );
  }, FUZZ_TIMEOUT_MS);
});
