import { describe, expect, it } from 'vitest';
import { PACK_LIMITS, type Entity, type Pack } from './schema';
import { formatPackIssues, parsePackJson, validatePack, type PackIssue } from './validate-pack';

/** The smallest pack that passes: two entities that refer to each other and to one sentence. */
function minimalPack(): Pack {
  return {
    format: 'contextual-briefings/pack',
    formatVersion: 1,
    id: 'test-pack',
    title: 'Test pack',
    language: 'en',
    source: 'Unit test',
    article: {
      headline: 'Putin to visit India',
      summary: 'Vladimir Putin is scheduled to visit India.',
      keyPoints: ['Putin visits India on December 4–5.'],
      timeline: [
        {
          when: 'December 4–5',
          start: '--12-04',
          end: '--12-05',
          label: 'Putin visits India.',
          entities: ['putin-india-visit', 'vladimir-putin'],
          sources: [0],
        },
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
        when: 'December 4–5',
        briefing: 'Putin is scheduled to visit India on December 4–5.',
        sources: [0],
        related: ['vladimir-putin'],
        aliases: ["Putin's visit to India"],
        exclusions: ['21st India-Russia summit'],
      },
    ],
  };
}

/** The minimal pack, changed by `edit`; cases that break types say so with `as never`. */
function packWith(edit: (pack: Pack, first: Entity, second: Entity) => void): unknown {
  const pack = minimalPack();
  const [first, second] = pack.entities;
  edit(pack, first!, second!);
  return pack;
}

const timelineEntry = (pack: Pack) => pack.article.timeline[0]!;

function issuesOf(raw: unknown): PackIssue[] {
  const result = validatePack(raw);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.issues;
}

describe('validatePack', () => {
  it('accepts a well-formed pack and returns it typed', () => {
    const result = validatePack(minimalPack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.entities.map((e) => e.id)).toEqual(['vladimir-putin', 'putin-india-visit']);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a list instead of a pack', [], '', /must be a JSON object \(got a list\)/],
    ['null instead of a pack', null, '', /must be a JSON object \(got null\)/],
    ['nothing at all', undefined, '', /must be a JSON object \(got undefined\)/],
    ['a wrong format tag', packWith((p) => (p.format = 'other/pack' as never)), 'format', /must be "contextual-briefings\/pack"/],
    ['a number where text belongs', packWith((_, e) => (e.name = 42 as never)), 'entities[0].name', /must be text \(got 42\)/],
    ['text where a list belongs', packWith((_p, _e, e) => (e.aliases = 'Putin' as never)), 'entities[1].aliases', /must be a list/],
    ['an unknown kind', packWith((_p, _e, e) => (e.kind = 'meeting' as never)), 'entities[1].kind', /must be one of person, event, organization, place, topic/],
    ['a fractional sentence index', packWith((_, e) => (e.sources = [0.5])), 'entities[0].sources[0]', /whole number/],
    ['a missing field', packWith((_, e) => delete (e as Partial<Entity>).briefing), 'entities[0].briefing', /is missing/],
    ['a missing article', packWith((p) => delete (p as Partial<Pack>).article), 'article', /is missing/],
    ['an extra field', packWith((_, e) => Object.assign(e, { colour: 'red' })), 'entities[0].colour', /is not a field of the pack format/],
    ['an extra field on the article', packWith((p) => Object.assign(p.article, { byline: 'x' })), 'article.byline', /is not a field/],
    ['an id in capitals', packWith((_, e) => (e.id = 'Vladimir-Putin')), 'entities[0].id', /lower-case words joined by hyphens/],
    ['an empty role', packWith((_, e) => (e.role = '   ')), 'entities[0].role', /must not be empty/],
    ['no aliases', packWith((_, e) => (e.aliases = [])), 'entities[0].aliases', /at least one alias/],
    ['no sources', packWith((_, e) => (e.sources = [])), 'entities[0].sources', /at least one article sentence/],
    ['a date with a made-up format', packWith((p) => (timelineEntry(p).start = '4 Dec')), 'article.timeline[0].start', /"--12-04"/],
    ['markup in a briefing', packWith((_, e) => (e.briefing = 'He is <b>scheduled</b> to visit.')), 'entities[0].briefing', /plain text/],
    ['a script tag in a sentence', packWith((p) => (p.article.sentences[0] = '<script>alert(1)</script>')), 'article.sentences[0]', /plain text/],
    ['an over-long alias', packWith((_, e) => e.aliases.push('x'.repeat(PACK_LIMITS.maxAliasChars + 1))), 'entities[0].aliases[2]', /at most 120 characters/],
    ['a duplicate entity id', packWith((_p, _e, e) => (e.id = 'vladimir-putin')), 'entities[1].id', /"vladimir-putin" is already the id of entities\[0\]/],
    ['a related id that names no entity', packWith((_, e) => e.related.push('xi-jinping')), 'entities[0].related[1]', /"xi-jinping" is not the id of any entity/],
    ['an entity related to itself', packWith((_, e) => e.related.push('vladimir-putin')), 'entities[0].related[1]', /related to itself/],
    ['a context alias requiring no entity of the pack', packWith((_p, _e, e) => (e.contextAliases = { requires: ['xi-jinping'], aliases: ['two-day visit to India'] })), 'entities[1].contextAliases.requires[0]', /"xi-jinping" is not the id of any entity/],
    ['a context alias requiring its own entity', packWith((_p, _e, e) => (e.contextAliases = { requires: [e.id], aliases: ['two-day visit to India'] })), 'entities[1].contextAliases.requires[0]', /cannot require itself/],
    ['a context alias with no requirement', packWith((_p, _e, e) => (e.contextAliases = { requires: [], aliases: ['two-day visit to India'] })), 'entities[1].contextAliases.requires', /at least one entity/],
    ['a context alias that would match anything', packWith((_p, _e, e) => (e.contextAliases = { requires: ['vladimir-putin'], aliases: ['the'] })), 'entities[1].contextAliases.aliases[0]', /would match almost any page/],
    ['a timeline entity that names no entity', packWith((p) => (timelineEntry(p).entities = ['putin-visit'])), 'article.timeline[0].entities[0]', /"putin-visit" is not the id/],
    ['a source index past the article', packWith((_p, _e, e) => e.sources.push(7)), 'entities[1].sources[1]', /sentence 7 does not exist: the article has 1 sentences/],
    ['a timeline source past the article', packWith((p) => (timelineEntry(p).sources = [1])), 'article.timeline[0].sources[0]', /sentence 1 does not exist/],
    ['a duplicate alias', packWith((_, e) => e.aliases.push('Putin')), 'entities[0].aliases[2]', /repeats aliases\[1\]/],
    ['an alias repeated with a curly apostrophe', packWith((_p, _e, e) => e.aliases.push('Putin’s visit to India')), 'entities[1].aliases[1]', /repeats aliases\[0\]/],
    ['an alias that is also an exclusion', packWith((_, e) => (e.exclusions = ['Putin'])), 'entities[0].exclusions[0]', /is also aliases\[1\]/],
  ])('refuses %s, naming the field', (_case, raw, path, message) => {
    const issues = issuesOf(raw);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a javascript: URL in a briefing', packWith((_, e) => (e.briefing = 'See javascript:alert(1) now.')), 'entities[0].briefing', /plain text \(it contains a "javascript:" URL\)/],
    ['a script URL spaced out', packWith((p) => (p.title = 'java\tscript :x')), 'title', /"javascript:" URL/],
    ['a vbscript: URL', packWith((p) => (p.article.keyPoints[0] = 'vbscript:msgbox')), 'article.keyPoints[0]', /"javascript:" URL/],
  ])('refuses %s, naming the field', (_case, raw, path, message) => {
    expect(issuesOf(raw)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('checks a long text for markup in linear time (a million "<a" without ">" once took minutes)', () => {
    const started = performance.now();
    const issues = issuesOf(packWith((p) => (p.title = '<a'.repeat(900_000))));
    expect(issues).toEqual([{ path: 'title', message: 'must be at most 200 characters' }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('shows pack text quoted in a message escaped and short, so it cannot break or fill the error list', () => {
    const issues = issuesOf(
      packWith((p, e) => {
        e.aliases.push('Putin\u202e\ntsar');
        p.formatVersion = `1\n${'x'.repeat(5_000)}` as never;
      }),
    );
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/[\n\u202e]/);
      expect(issue.message.length).toBeLessThanOrEqual(300);
    }
    const parsed = parsePackJson('{"a":\u0001}');
    expect(parsed.ok ? '' : parsed.issues[0]!.message).toMatch(/^not valid JSON: .*\\u\{1\}/);
    const typed = issuesOf(packWith((_, e) => (e.sources = [`0\n${'9'.repeat(5_000)}`] as never)));
    expect(typed).toEqual([{ path: 'entities[0].sources[0]', message: expect.stringMatching(/^must be a number \(got "0\\u\{A\}9+…$/) }]);
  });

  it('refuses nesting deeper than the limit at the first place it goes too deep, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const issues = issuesOf(packWith((p) => Object.assign(p, { extra: deep })));
    expect(issues).toEqual([
      {
        path: `extra${'[0]'.repeat(PACK_LIMITS.maxNesting - 1)}`,
        message: `is nested too deeply: a pack may nest objects and lists at most ${PACK_LIMITS.maxNesting} levels`,
      },
    ]);
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parsePackJson(text)).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/nested too deeply/) }] });
  });

  describe('aliases that would match almost any page', () => {
    const withAlias = (alias: string) => packWith((_, e) => e.aliases.push(alias));
    it.each([
      ['a single letter', 'a'],
      ['a capital letter', 'A'],
      ['a stop word', 'the'],
      ['a Capitalised stop word', 'The'],
      ['a stop word in capitals', 'AND'],
      ['two stop words', 'in the'],
      ['a month that is a common word', 'May'],
      ['digits only', '2024'],
      ['a number placeholder alone', '#'],
      ['a number and a stop word', '# of'],
      ['two capitals that spell a common word', 'US'],
      ['a letter and a digit', 'G7'],
      ['a Russian common word', 'который'],
      ['an Italian common word', 'della'],
      ['one Han character beside a mark of another script (found by the fuzz test)', 'ཱ㐀'],
    ])('refuses %s ("%s")', (_case, alias) => {
      expect(issuesOf(withAlias(alias))).toEqual([
        {
          path: 'entities[0].aliases[2]',
          message: `"${alias}": would match almost any page: it needs a word of 3 or more letters that is not a common word like "the", or two capitals like "EU"`,
        },
      ]);
    });

    it('checks every phrase an alias expands to, and names the one that is too broad', () => {
      expect(issuesOf(withAlias('(Putin|the)'))).toEqual([
        {
          path: 'entities[0].aliases[2]',
          message: `"(Putin|the)": would match almost any page: its phrase "the" needs a word of 3 or more letters that is not a common word like "the", or two capitals like "EU"`,
        },
      ]);
    });

    it.each(['EU', 'UN', 'Kremlin', 'the Kremlin', '[the] Kremlin', 'G20 summit', 'Путин~', 'मोदी', '李强', 'May Day protests'])(
      'accepts "%s"',
      (alias) => expect(validatePack(withAlias(alias)).ok).toBe(true),
    );

    it('does not apply to exclusions, which only take matches away from their entity', () => {
      expect(validatePack(packWith((_, e) => (e.exclusions = ['the']))).ok).toBe(true);
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere in the pack', (key) => {
    const text = JSON.stringify(minimalPack()).replace('"kind":"person"', `"kind":"person","${key}":{"polluted":true}`);
    const result = parsePackJson(text);
    expect(result).toEqual({ ok: false, issues: [{ path: `entities[0].${key}`, message: `"${key}" is not allowed as a key` }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a pack over the size limit before looking at anything else, saying how large it is', () => {
    const sentence = 'x'.repeat(1_900);
    const huge = packWith((p, e) => {
      p.article.sentences = Array.from({ length: 1_100 }, () => sentence);
      e.name = 42 as never; // not reported: the size check comes first
    });
    const issues = issuesOf(huge);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('');
    expect(issues[0]?.message).toMatch(/^is too large: 2,\d{3},\d{3} characters, and a pack may be at most 2,000,000$/);
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesOf(
      packWith((_p, first, second) => {
        first.kind = 'dog' as never;
        second.related = ['nobody'];
      }),
    );
    // Reference checks need a pack the schema accepts, so only the schema issue shows here.
    expect(issues.map((i) => i.path)).toEqual(['entities[0].kind']);
    const refs = issuesOf(
      packWith((_p, first, second) => {
        first.related = ['nobody'];
        second.sources = [9];
      }),
    );
    expect(refs.map((i) => i.path)).toEqual(['entities[0].related[0]', 'entities[1].sources[0]']);
  });
});

/** One limit of `PACK_LIMITS`: a pack with `n` of something, and the field refused past the limit. */
interface LimitCase {
  limit: keyof typeof PACK_LIMITS;
  build: (n: number) => unknown;
  path: string;
  message: RegExp;
}

const person = (i: number): Entity => ({
  id: `person-${i}`,
  kind: 'person',
  name: `Person ${i}`,
  role: 'Someone',
  briefing: 'Mentioned once.',
  sources: [0],
  related: [],
  aliases: [`Person${i}`],
});
const text = (n: number) => 'x'.repeat(n);

describe('every documented limit is enforced: at the limit is accepted, one past is refused', () => {
  const cases: LimitCase[] = [
    { limit: 'maxEntities', build: (n) => packWith((p) => ((p.entities = Array.from({ length: n }, (_, i) => person(i))), (p.article.timeline = []))), path: 'entities', message: /at most 2000 entities/ },
    { limit: 'maxAliasesPerEntity', build: (n) => packWith((_, e) => (e.aliases = Array.from({ length: n }, (_, i) => `Putin${i}`))), path: 'entities[0].aliases', message: /at most 64 aliases/ },
    { limit: 'maxAliasesPerEntity', build: (n) => packWith((_, e) => (e.exclusions = Array.from({ length: n }, (_, i) => `Lalit${i}`))), path: 'entities[0].exclusions', message: /at most 64 items/ },
    { limit: 'maxAliasChars', build: (n) => packWith((_, e) => e.aliases.push(text(n))), path: 'entities[0].aliases[2]', message: /at most 120 characters/ },
    { limit: 'maxSentences', build: (n) => packWith((p) => (p.article.sentences = Array.from({ length: n }, (_, i) => `Sentence ${i}.`))), path: 'article.sentences', message: /at most 2000 items/ },
    { limit: 'maxSentenceChars', build: (n) => packWith((p) => (p.article.sentences[0] = text(n))), path: 'article.sentences[0]', message: /at most 2000 characters/ },
    { limit: 'maxSentenceChars', build: (n) => packWith((p) => (p.article.keyPoints[0] = text(n))), path: 'article.keyPoints[0]', message: /at most 2000 characters/ },
    { limit: 'maxShortText', build: (n) => packWith((_, e) => (e.role = text(n))), path: 'entities[0].role', message: /at most 200 characters/ },
    { limit: 'maxShortText', build: (n) => packWith((p) => (p.title = text(n))), path: 'title', message: /at most 200 characters/ },
    { limit: 'maxLongText', build: (n) => packWith((_, e) => (e.briefing = text(n))), path: 'entities[0].briefing', message: /at most 1200 characters/ },
    { limit: 'maxLongText', build: (n) => packWith((p) => (p.article.summary = text(n))), path: 'article.summary', message: /at most 1200 characters/ },
    { limit: 'maxListItems', build: (n) => packWith((p) => (p.article.keyPoints = Array.from({ length: n }, (_, i) => `Point ${i}.`))), path: 'article.keyPoints', message: /at most 50 items/ },
    { limit: 'maxListItems', build: (n) => packWith((_, e) => (e.sources = Array.from({ length: n }, () => 0))), path: 'entities[0].sources', message: /at most 50 sentences/ },
    { limit: 'maxListItems', build: (n) => packWith((p) => (p.article.timeline = Array.from({ length: n }, () => timelineEntry(p)))), path: 'article.timeline', message: /at most 50 items/ },
    { limit: 'maxFrames', build: (n) => packWith((_, __, e) => (e.frames = Array.from({ length: n }, () => frame()))), path: 'entities[1].frames', message: /at most 8 frames/ },
    { limit: 'maxFrameGroups', build: (n) => packWith((_, __, e) => (e.frames = [frame({ with: Array.from({ length: n }, () => ({ phrases: ['India'] })) })])), path: 'entities[1].frames[0].with', message: /at most 8 groups/ },
    { limit: 'maxAliasesPerEntity', build: (n) => packWith((_, __, e) => (e.frames = [frame({ triggers: Array.from({ length: n }, (_, i) => `visit${i}`) })])), path: 'entities[1].frames[0].triggers', message: /at most 64 triggers/ },
    { limit: 'maxListItems', build: (n) => packWith((_, __, e) => (e.frames = [frame({ when: { years: Array.from({ length: n }, () => 2025) } })])), path: 'entities[1].frames[0].when.years', message: /at most 50 numbers/ },
    {
      limit: 'maxNesting',
      // The pack object is the first level and `extra` holds the rest, so `n` levels in all.
      build: (n) => {
        let nested: unknown = [];
        for (let level = 2; level < n; level++) nested = [nested];
        return packWith((p) => Object.assign(p, { extra: nested }));
      },
      path: `extra${'[0]'.repeat(PACK_LIMITS.maxNesting - 1)}`,
      message: /nested too deeply/,
    },
  ];

  it.each(cases)('$limit at $path', ({ limit, build, path, message }) => {
    const n = PACK_LIMITS[limit];
    const atLimit = validatePack(build(n));
    if (limit === 'maxNesting') {
      // An unknown field is refused anyway; what matters is that the refusal is not about nesting.
      expect(atLimit.ok ? [] : atLimit.issues.map((i) => i.message)).not.toContainEqual(expect.stringMatching(message));
    } else {
      expect(atLimit.ok ? [] : atLimit.issues).toEqual([]);
    }
    expect(issuesOf(build(n + 1))).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

/** An event frame for the minimal pack's visit, changed by `change`. */
function frame(change: Partial<NonNullable<Entity['frames']>[number]> = {}): NonNullable<Entity['frames']>[number] {
  return { triggers: ['[state] visit'], with: [{ entities: ['vladimir-putin'], phrases: ['Russian President'] }, { phrases: ['India', 'New Delhi'] }], when: { years: [2025], ordinals: [23] }, against: ['last visit'], window: 'sentence', ...change };
}

describe('event frames', () => {
  it('accepts a frame and keeps it', () => {
    const result = validatePack(packWith((_, __, e) => (e.frames = [frame()])));
    expect(result.ok && result.pack.entities[1]!.frames).toEqual([frame()]);
  });

  it.each([
    ['a group with neither entities nor phrases', { with: [{}] }, 'entities[1].frames[0].with[0]', /at least one entity or phrase/],
    ['no trigger', { triggers: [] }, 'entities[1].frames[0].triggers', /at least 1 triggers/],
    ['no group', { with: [] }, 'entities[1].frames[0].with', /at least one group/],
    ['an unknown window', { window: 'paragraph' as never }, 'entities[1].frames[0].window', /"sentence" or "clause"/],
    ['a year that is no year', { when: { years: [25] } }, 'entities[1].frames[0].when.years[0]', /1000 or more/],
    ['an ordinal of zero', { when: { ordinals: [0] } }, 'entities[1].frames[0].when.ordinals[0]', /1 or more/],
    ['a field the format does not have', { where: ['India'] } as never, 'entities[1].frames[0].where', /not a field of the pack format/],
  ])('refuses %s, naming the field', (_name, change, path, message) => {
    expect(issuesOf(packWith((_, __, e) => (e.frames = [frame(change)])))).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('refuses a group entity that is not in the pack, and the event itself', () => {
    const issues = issuesOf(packWith((_, __, e) => (e.frames = [frame({ with: [{ entities: ['nobody', 'putin-india-visit'] }] })])));
    expect(issues).toEqual([
      { path: 'entities[1].frames[0].with[0].entities[0]', message: '"nobody" is not the id of any entity in this pack' },
      { path: 'entities[1].frames[0].with[0].entities[1]', message: 'a frame cannot require its own event' },
    ]);
  });

  it('holds triggers and group phrases to the alias rules, and against phrases to the syntax only', () => {
    const issues = issuesOf(packWith((_, __, e) => (e.frames = [frame({ triggers: ['the'], with: [{ phrases: ['(India|of)'] }], against: ['the', 'visit ((x'] })])));
    expect(issues.map((i) => i.path)).toEqual(['entities[1].frames[0].triggers[0]', 'entities[1].frames[0].with[0].phrases[0]', 'entities[1].frames[0].against[1]']);
    expect(issues[0]!.message).toMatch(/would match almost any page/);
  });
});

describe('parsePackJson', () => {
  it.each([
    ['an empty file', ''],
    ['a truncated file', '{"format": "contextual-briefings/pack",'],
    ['JavaScript instead of JSON', "{ format: 'contextual-briefings/pack' }"],
  ])('refuses %s as not valid JSON', (_case, text) => {
    const result = parsePackJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.path).toBe('');
      expect(result.issues[0]?.message).toMatch(/^not valid JSON: \S/);
    }
  });

  it('refuses over-long text without parsing it', () => {
    const result = parsePackJson(`"${'x'.repeat(PACK_LIMITS.maxPackChars)}"`);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '', message: 'is too large: 2,000,002 characters, and a pack may be at most 2,000,000' }],
    });
  });

  it('parses and validates a good pack', () => {
    expect(parsePackJson(JSON.stringify(minimalPack())).ok).toBe(true);
  });
});

describe('formatPackIssues', () => {
  it('writes one "path: message" line per issue, with "pack" for the whole pack', () => {
    expect(
      formatPackIssues([
        { path: 'entities[2].kind', message: 'must be one of person, event, organization, place, topic' },
        { path: '', message: 'is too large' },
      ]),
    ).toBe('entities[2].kind: must be one of person, event, organization, place, topic\npack: is too large');
  });

  it('stays short when there are many issues', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: `entities[${i}].id`, message: 'is missing' }));
    const lines = formatPackIssues(issues).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe('… and 15 more');
  });
});
