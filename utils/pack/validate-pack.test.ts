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
