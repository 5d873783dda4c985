/**
 * The one gate pack JSON passes through: `unknown` in, a typed `Pack` or a list of readable issues
 * out. The schema (`schema.ts`) checks each field; this module adds what a schema cannot see on its
 * own — the size of the whole pack, keys that could pollute prototypes, and references between
 * fields (entity ids, sentence indexes).
 */
import * as v from 'valibot';
import { checkAlias } from '../matcher/index';
import { PACK_LIMITS, PackSchema, type Pack } from './schema';

/** One thing wrong with a pack. */
export interface PackIssue {
  /** Where it is, as a field path: `entities[3].aliases[0]`; `''` for the pack as a whole. */
  path: string;
  /** What is wrong, phrased to follow the path: "must be one of person, event, …". */
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

/** A check that runs on a pack the schema has accepted, returning what it finds wrong. */
export type PackCheck = (pack: Pack) => PackIssue[];

/**
 * Checks owned by other modules, run on a pack the schema accepted, alongside the reference checks
 * so every issue is reported at once. The matcher's alias-syntax check belongs here (`checkAlias`
 * from utils/matcher over every alias and exclusion, reported as `entities[i].aliases[j]`): the
 * matcher owns the alias language.
 */
const extraChecks: readonly PackCheck[] = [aliasSyntaxIssues];

/** Every alias and exclusion must parse in the matcher's alias language. */
function aliasSyntaxIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  pack.entities.forEach((entity, i) => {
    for (const field of ['aliases', 'exclusions'] as const) {
      entity[field]?.forEach((alias, j) => {
        const problem = checkAlias(alias);
        if (problem) issues.push({ path: `entities[${i}].${field}[${j}]`, message: `"${alias}": ${problem}` });
      });
    }
  });
  return issues;
}

/** Keys that would reach `Object.prototype` if a pack were ever merged or copied naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Formatting issues stays short: a pack with hundreds of problems needs fixing at the first few. */
const MAX_FORMATTED_ISSUES = 10;

/** Parses pack text (a file the user picked, a fetched fixture) and validates it. */
export function parsePackJson(text: string): PackValidation {
  // Refuse a huge text before JSON.parse spends time and memory on it.
  const tooLarge = sizeIssue(text.length);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${reason}` }] };
  }
  return validatePack(raw);
}

/** Validates pack data that has already been parsed (an imported JSON module, a stored object). */
export function validatePack(raw: unknown): PackValidation {
  // Size first: everything after this walks the whole pack.
  let serialized: string | undefined;
  try {
    serialized = JSON.stringify(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `must be plain JSON data (${reason})` }] };
  }
  // `undefined` (no JSON at all) falls through to the object check below.
  const tooLarge = sizeIssue(serialized?.length ?? 0);
  if (tooLarge) return { ok: false, issues: [tooLarge] };

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: '', message: `must be a JSON object (got ${describeJsonType(raw)})` }] };
  }

  const keyIssues = forbiddenKeyIssues(raw);
  if (keyIssues.length > 0) return { ok: false, issues: keyIssues };

  const parsed = v.safeParse(PackSchema, raw, { abortEarly: false, message: defaultMessage });
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })) };
  }

  const pack = parsed.output;
  const issues = [...referenceIssues(pack), ...duplicateAliasIssues(pack), ...extraChecks.flatMap((check) => check(pack))];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack };
}

/** One line per issue, `path: message`, for errors, logs and the options page. */
export function formatPackIssues(issues: readonly PackIssue[]): string {
  const lines = issues.slice(0, MAX_FORMATTED_ISSUES).map(({ path, message }) => `${path || 'pack'}: ${message}`);
  const rest = issues.length - MAX_FORMATTED_ISSUES;
  if (rest > 0) lines.push(`… and ${rest} more`);
  return lines.join('\n');
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : typeof value;
}

function sizeIssue(chars: number): PackIssue | null {
  if (chars <= PACK_LIMITS.maxPackChars) return null;
  const format = (n: number) => n.toLocaleString('en-US');
  return {
    path: '',
    message: `is too large: ${format(chars)} characters, and a pack may be at most ${format(PACK_LIMITS.maxPackChars)}`,
  };
}

/** Walks the raw data without recursion, so a deeply nested pack cannot overflow the stack. */
function forbiddenKeyIssues(raw: unknown): PackIssue[] {
  const issues: PackIssue[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value: raw, path: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((element, index) => stack.push({ value: element, path: `${path}[${index}]` }));
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = joinKey(path, key);
      if (FORBIDDEN_KEYS.has(key)) issues.push({ path: childPath, message: `"${key}" is not allowed as a key` });
      else stack.push({ value: child, path: childPath });
    }
  }
  return issues;
}

function referenceIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  const sentenceCount = pack.article.sentences.length;
  const checkSources = (sources: readonly number[], path: string) => {
    sources.forEach((index, i) => {
      if (index >= sentenceCount) {
        issues.push({
          path: `${path}[${i}]`,
          message: `sentence ${index} does not exist: the article has ${sentenceCount} sentences (0–${sentenceCount - 1})`,
        });
      }
    });
  };
  const firstIndexOfId = new Map<string, number>();
  pack.entities.forEach((entity, i) => {
    const first = firstIndexOfId.get(entity.id);
    if (first === undefined) firstIndexOfId.set(entity.id, i);
    else issues.push({ path: `entities[${i}].id`, message: `"${entity.id}" is already the id of entities[${first}]` });
  });
  const checkEntityId = (id: string, path: string) => {
    if (!firstIndexOfId.has(id)) issues.push({ path, message: `"${id}" is not the id of any entity in this pack` });
  };

  pack.article.timeline.forEach((entry, t) => {
    entry.entities.forEach((id, j) => checkEntityId(id, `article.timeline[${t}].entities[${j}]`));
    checkSources(entry.sources, `article.timeline[${t}].sources`);
  });
  pack.entities.forEach((entity, i) => {
    entity.related.forEach((id, j) => {
      const path = `entities[${i}].related[${j}]`;
      if (id === entity.id) issues.push({ path, message: 'an entity cannot be related to itself' });
      else checkEntityId(id, path);
    });
    checkSources(entity.sources, `entities[${i}].sources`);
  });
  return issues;
}

/**
 * Aliases that differ only in spacing, apostrophe or dash style are the same alias in the matcher's
 * language, so they count as duplicates; an alias that is also an exclusion can never match.
 */
function duplicateAliasIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  const normalize = (alias: string) =>
    alias
      .replace(/\s+/g, ' ')
      .replace(/’/g, "'")
      .replace(/[‐‑–—]/g, '-');
  pack.entities.forEach((entity, i) => {
    const seen = new Map<string, number>();
    entity.aliases.forEach((alias, j) => {
      const key = normalize(alias);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, j);
      else issues.push({ path: `entities[${i}].aliases[${j}]`, message: `repeats aliases[${first}] ("${alias}")` });
    });
    entity.exclusions?.forEach((exclusion, j) => {
      const clash = seen.get(normalize(exclusion));
      if (clash !== undefined) {
        issues.push({ path: `entities[${i}].exclusions[${j}]`, message: `is also aliases[${clash}] ("${exclusion}")` });
      }
    });
  });
  return issues;
}

type AnyIssue = v.InferIssue<typeof PackSchema>;

/** Turns valibot's issue path into `article.timeline[0].sources[2]`. */
function issuePath(issue: AnyIssue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path = typeof key === 'number' ? `${path}[${key}]` : joinKey(path, String(key));
  }
  return path;
}

function joinKey(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  Array: 'a list',
  Object: 'an object',
};

/**
 * Messages for the issues the schema leaves to valibot's defaults ("Invalid key: Expected "id" but
 * received undefined"), rephrased to follow a field path. The schema's own messages win over these.
 */
function defaultMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of the pack format';
  if (issue.kind === 'schema' && issue.input === undefined) return 'is missing';
  if (issue.kind === 'schema') {
    const expected = issue.expected ?? '';
    return `must be ${TYPE_NAMES[expected] ?? expected} (got ${issue.received})`;
  }
  if (issue.type === 'max_length') return `must have at most ${String(issue.requirement)} items`;
  if (issue.type === 'min_length') return `must have at least ${String(issue.requirement)} items`;
  return `is invalid: expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
}
