/**
 * The one gate pack JSON passes through: `unknown` in, a typed `Pack` or a list of readable issues
 * out. The schema (`schema.ts`) checks each field; this module adds what a schema cannot see on its
 * own — the size of the whole pack, keys that could pollute prototypes, and references between
 * fields (entity ids, sentence indexes).
 */
import * as v from 'valibot';
import { AliasSyntaxError } from '../matcher/index';
// The expansion itself, not just the syntax check, so the breadth rule sees every phrase an alias
// can match: `(Putin|the)` is as broad as `the`.
import { parseAlias, type Atom } from '../matcher/parse-alias';
import { foldWord } from '../matcher/char-class';
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
 * so every issue is reported at once. The matcher owns the alias language: its parser checks the
 * syntax of every alias and exclusion, and its expansion feeds the breadth rule below.
 */
const extraChecks: readonly PackCheck[] = [aliasIssues];

/**
 * Every alias and exclusion must parse in the matcher's alias language, and every phrase an alias
 * expands to must be narrow enough to name something (`aliasBreadthProblem`). Exclusions only
 * take matches away from their own entity, so the breadth rule does not apply to them.
 */
function aliasIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  pack.entities.forEach((entity, i) => {
    for (const field of ['aliases', 'exclusions'] as const) {
      entity[field]?.forEach((alias, j) => {
        const problem = aliasProblem(alias, field === 'aliases');
        if (problem) issues.push({ path: `entities[${i}].${field}[${j}]`, message: `"${alias}": ${problem}` });
      });
    }
    entity.contextAliases?.aliases.forEach((alias, j) => {
      const problem = aliasProblem(alias, true);
      if (problem) issues.push({ path: `entities[${i}].contextAliases.aliases[${j}]`, message: `"${alias}": ${problem}` });
    });
    // A frame's triggers and group phrases are held to the breadth rule like aliases; its
    // evidence against only takes matches away, like exclusions.
    entity.frames?.forEach((frame, f) => {
      const check = (alias: string, path: string, breadth: boolean) => {
        const problem = aliasProblem(alias, breadth);
        if (problem) issues.push({ path: `entities[${i}].frames[${f}].${path}`, message: `"${alias}": ${problem}` });
      };
      frame.triggers.forEach((alias, j) => check(alias, `triggers[${j}]`, true));
      frame.with.forEach((group, g) => group.phrases?.forEach((alias, j) => check(alias, `with[${g}].phrases[${j}]`, true)));
      frame.against?.forEach((alias, j) => check(alias, `against[${j}]`, false));
    });
  });
  return issues;
}

function aliasProblem(alias: string, checkBreadth: boolean): string | null {
  let phrases: Atom[][];
  try {
    phrases = parseAlias(alias).phrases;
  } catch (error) {
    if (error instanceof AliasSyntaxError) return error.reason;
    throw error;
  }
  if (!checkBreadth) return null;
  for (const atoms of phrases) {
    if (atoms.some(isDistinctiveWord)) continue;
    const phrase = atoms.map((atom) => (atom.number ? '#' : (atom.form ?? atom.key))).join(' ');
    const which = phrases.length > 1 ? `its phrase "${phrase}"` : 'it';
    return `would match almost any page: ${which} needs a word of 3 or more letters that is not a common word like "the", or two capitals like "EU"`;
  }
  return null;
}

/**
 * Common words of the languages packs and pages are written in. An alias made only of these (and
 * of short words and numbers) would light up every page: `the`, `The`, `in the`, `May`, `Will`.
 * English two-letter words are listed for acronym-shaped aliases (`US`, `IT`, `IN`): the matcher
 * finds them only in capitals, but ALL-CAPS headlines and captions are common enough ("TELL US")
 * that an alias must say more (`US government`, `United States`). Other languages' short words never
 * pass the length rule anyway.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'an as at be by do he if in is it me my no of on or so to up us we',
    'the and for are but not you all any can had her was one our out has him his how its may new now',
    'old see two way who did get let put say she too use also been from have here into just like more',
    'most much must only over said some such than that them then there these they this those very were',
    'what when where which while will with would about after again being could every first other should',
    'their through under until your yours yes off own per via who whom whose why does done each few',
    // Russian
    'что это как для его она они так все был была были при или уже под без над том также который которые',
    'после чтобы этот эта эти тот где когда если только еще ещё мы вы он она оно их её нет',
    // Hindi
    'में लिए साथ नहीं किया करने होता हैं गया कहा बाद अपने उनके एवं तथा',
    // Italian, French, Spanish, German
    'che della delle dello degli nel nella per con una sono alla anche come dei del gli non più sul sulla questo',
    'les des une est que qui dans pour pas sur par avec son ses aux mais plus',
    'los las por para más pero sus',
    'der die das und ist den dem ein eine nicht mit sich auf für von auch als bei nach wie',
  ]
    .join(' ')
    .split(' ')
    // Folded as the matcher folds words, so they compare with `Atom.key`.
    .map(foldWord),
);

/** Scripts whose words are written without spaces and carry a lot in two characters (李强). */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LETTER = /[\p{L}\p{M}]/gu;

/**
 * A word that can anchor a match: not a number (`#`, `2024`), not a common word, and either 3 or
 * more letters (marks count, so Devanagari मोदी is 4) or an acronym of two capitals (`EU`, `UN`),
 * which the matcher only finds in capitals.
 */
function isDistinctiveWord(atom: Atom): boolean {
  if (atom.number || STOP_WORDS.has(atom.key)) return false;
  const letters = atom.key.match(LETTER)?.length ?? 0;
  if (letters >= 3) return true;
  if (letters !== 2) return false;
  // Two characters of such a script (a mark of another script beside one Han character is one).
  if ((atom.key.match(DENSE_SCRIPT)?.length ?? 0) === 2) return true;
  const written = atom.form;
  return written !== null && written === written.toUpperCase() && written !== written.toLowerCase();
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
    // The engine's message quotes the text around the error, whatever it holds.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [readableIssue({ path: '', message: `not valid JSON: ${reason}` })] };
  }
  return validatePack(raw);
}

/** Validates pack data that has already been parsed (an imported JSON module, a stored object). */
export function validatePack(raw: unknown): PackValidation {
  const result = validateRaw(raw);
  return result.ok ? result : { ok: false, issues: result.issues.map(readableIssue) };
}

/** Longest message or path shown for one issue; pack text quoted in it is what makes it long. */
const MAX_ISSUE_CHARS = 300;
/** Line breaks, bidi overrides, zero-width and other invisible characters, and lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * Messages quote pack text (an alias, a value of the wrong type, an unknown key), so a hostile pack
 * could put line breaks, bidi overrides or a megabyte into the options page's error list. Quoted
 * text is shown escaped (`\u{202E}`) and every message and path is capped.
 */
function readableIssue(issue: PackIssue): PackIssue {
  const clean = (text: string) => {
    const escaped = text.replace(UNPRINTABLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
    if (escaped.length <= MAX_ISSUE_CHARS) return escaped;
    // Cut between code points, never inside a surrogate pair.
    return `${escaped.slice(0, MAX_ISSUE_CHARS - 1).replace(/[\ud800-\udbff]$/, '')}…`;
  };
  return { path: clean(issue.path), message: clean(issue.message) };
}

function validateRaw(raw: unknown): PackValidation {
  // Nesting first, with a walk that cannot overflow the stack: `JSON.stringify` below recurses.
  const tooDeep = nestingIssue(raw);
  if (tooDeep) return { ok: false, issues: [tooDeep] };
  // Then size: everything after this walks the whole pack.
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

/**
 * The first place where objects and lists nest deeper than `PACK_LIMITS.maxNesting`, or `null`.
 * Stops after as many values as a pack within the size limit can hold (each takes at least two
 * characters with its comma), so a huge flat list is left to the size check.
 */
function nestingIssue(raw: unknown): PackIssue | null {
  const maxValues = PACK_LIMITS.maxPackChars / 2;
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: raw, depth: 0, path: '' }];
  let seen = 0;
  for (let item = stack.pop(); item && seen < maxValues; item = stack.pop(), seen++) {
    const { value, depth, path } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= PACK_LIMITS.maxNesting) {
      return { path, message: `is nested too deeply: a pack may nest objects and lists at most ${PACK_LIMITS.maxNesting} levels` };
    }
    if (Array.isArray(value)) value.forEach((child, index) => stack.push({ value: child, depth: depth + 1, path: `${path}[${index}]` }));
    else for (const [key, child] of Object.entries(value)) stack.push({ value: child, depth: depth + 1, path: joinKey(path, key) });
  }
  return null;
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
    entity.contextAliases?.requires.forEach((id, j) => {
      const path = `entities[${i}].contextAliases.requires[${j}]`;
      if (id === entity.id) issues.push({ path, message: 'an entity cannot require itself' });
      else checkEntityId(id, path);
    });
    entity.frames?.forEach((frame, f) =>
      frame.with.forEach((group, g) =>
        group.entities?.forEach((id, j) => {
          const path = `entities[${i}].frames[${f}].with[${g}].entities[${j}]`;
          if (id === entity.id) issues.push({ path, message: 'a frame cannot require its own event' });
          else checkEntityId(id, path);
        }),
      ),
    );
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
