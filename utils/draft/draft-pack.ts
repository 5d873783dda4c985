/**
 * Drafts a briefing pack from an article's text: sentences verbatim, the people, organisations,
 * places and events it names, briefings made only of its own sentences. Pure (no DOM, no browser):
 * the options page and `npm run pack:draft` run the same code.
 *
 * The draft is a starting point for a person to review, so it leans towards precision: a name is
 * proposed only with evidence (a title, compromise's name tags, a speech verb), and every entity
 * keeps only the sentences in which the mention engine itself finds it.
 */
import { buildIndex, checkAlias, findMentions } from '../matcher/index';
import { PACK_LIMITS, type Entity, type EntityKind, type Pack, type TimelineEntry } from '../pack/schema';
import { validatePack, type PackIssue } from '../pack/validate-pack';
import { findDates, type FoundDate } from './find-dates';
import { findEntities, type EntityCandidate } from './find-entities';
import { proposeFrame } from './propose-frame';
import { rankSentences } from './rank-sentences';
import { splitSentences } from './split-sentences';
import { isProse, tagSentences, type Token } from './tag-sentences';

export interface DraftOptions {
  /** Pack title and article headline; by default the article's first line when it reads as a headline. */
  title?: string;
  /** Pack id; by default made from the title. */
  id?: string;
  /** Where the article came from (a URL, a file name). */
  source?: string;
  /** When the article was published (`2025-12-04`), for the card's story line. */
  published?: string;
  /** Called with 0…1 as drafting proceeds (tagging sentences is most of the work). */
  onProgress?(fraction: number): void;
}

/**
 * Something the reviewer should know about the draft, as data: the article cut to the format's
 * sentence limit (`count` sentences, the first `kept` kept), a name that cannot be an alias, a
 * surname several people share, an entity the engine does not find in the article.
 */
export type DraftNote =
  | { kind: 'truncated'; count: number; kept: number }
  | { kind: 'alias-left-out'; name: string }
  | { kind: 'shared-surname'; count: number; surname: string }
  | { kind: 'not-found'; name: string };

export interface DraftDiagnostics {
  sentenceCount: number;
  /** How many entities of each kind the draft proposes. */
  counts: Record<EntityKind, number>;
  /** Names looked at and left out, with the reason. */
  refused: { name: string; reason: string }[];
  /** Anything the reviewer should know: truncation, dropped aliases, shared surnames (`noteSentence` words them). */
  notes: DraftNote[];
  /** Issues `validatePack` reports (empty for a good draft; a draft with no entity has one). */
  issues: PackIssue[];
}

export interface DraftResult {
  pack: Pack;
  diagnostics: DraftDiagnostics;
}

/** Sentences tagged between two progress reports (and, in the options page, two yields to the event loop). */
const TAG_CHUNK = 12;
const SUMMARY_SENTENCES = 3;
const KEY_POINTS = 6;
const MIN_KEY_POINTS = 4;
const BRIEFING_SENTENCES = 3;
const MAX_RELATED = 4;
const MAX_ALIASES = 12;

/** Drafts a pack synchronously. */
export function draftPack(articleText: string, options: DraftOptions = {}): DraftResult {
  const steps = draftSteps(articleText, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}

/** Drafts a pack, yielding to the event loop between chunks so a page stays responsive and can show progress. */
export async function draftPackAsync(articleText: string, options: DraftOptions = {}): Promise<DraftResult> {
  const steps = draftSteps(articleText, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await nextTask();
  }
}

/**
 * Resolves in a new task of the event loop, so the page can paint and handle input between chunks.
 * A message, not `setTimeout(0)`: nested timers are clamped to 4 ms, and a 10,000-word article
 * yields about seventy times.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** The drafting pipeline as steps; each `yield` reports progress. */
export function* draftSteps(articleText: string, options: DraftOptions = {}): Generator<number, DraftResult> {
  const notes: DraftNote[] = [];
  let sentences = splitSentences(articleText);
  if (sentences.length > PACK_LIMITS.maxSentences) {
    notes.push({ kind: 'truncated', count: sentences.length, kept: PACK_LIMITS.maxSentences });
    sentences = sentences.slice(0, PACK_LIMITS.maxSentences);
  }
  yield 0.02;

  const tagged: Token[][] = [];
  for (let i = 0; i < sentences.length; i += TAG_CHUNK) {
    const chunk = sentences.slice(i, i + TAG_CHUNK);
    const prose = chunk.filter(isProse);
    const tokens = tagSentences(prose);
    let next = 0;
    for (const sentence of chunk) tagged.push(isProse(sentence) ? tokens[next++]! : []);
    yield 0.02 + 0.78 * (Math.min(sentences.length, i + TAG_CHUNK) / Math.max(1, sentences.length));
  }

  const { candidates, refused } = findEntities(tagged);
  yield 0.85;

  const scores = rankSentences(sentences);
  yield 0.9;

  const entities = buildEntities(candidates, sentences, scores, notes);
  yield 0.97;

  const title = clip(options.title?.trim() || headlineOf(articleText, entities), PACK_LIMITS.maxShortText);
  const central = byCentrality(sentences, scores, entities);
  const summaryIdx = pickSummary(central, sentences);
  const keyIdx = central.filter((i) => !summaryIdx.includes(i) || sentences.length < SUMMARY_SENTENCES + MIN_KEY_POINTS).slice(0, KEY_POINTS);
  const pack: Pack = {
    format: 'contextual-briefings/pack',
    formatVersion: 1,
    id: options.id?.trim() || toId(title, 60) || 'drafted-pack',
    title,
    language: 'en',
    source: clip(options.source?.trim() || 'An article drafted into a pack on this computer', PACK_LIMITS.maxShortText),
    article: {
      headline: title,
      ...(options.published && /^\d{4}-\d{2}-\d{2}$/.test(options.published) ? { published: options.published } : {}),
      summary: summaryIdx.length ? summaryIdx.map((i) => sentences[i]!).join(' ') : clipWords(sentences[0] ?? title, PACK_LIMITS.maxLongText),
      keyPoints: (keyIdx.length ? keyIdx : [0]).sort((a, b) => a - b).map((i) => sentences[i]!).filter(Boolean),
      timeline: buildTimeline(sentences, entities),
      sentences,
    },
    entities,
  };
  if (!pack.article.keyPoints.length) pack.article.keyPoints = [title];
  const checked = validatePack(pack);
  const counts = { person: 0, organization: 0, place: 0, event: 0, topic: 0 } satisfies Record<EntityKind, number>;
  for (const entity of entities) counts[entity.kind]++;
  yield 1;
  return { pack, diagnostics: { sentenceCount: sentences.length, counts, refused, notes, issues: checked.ok ? [] : checked.issues } };
}

/** Kebab-case id from any name: accents dropped, other scripts' words dropped. */
export function toId(name: string, max = 80): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.slice(0, max).replace(/-+$/, '');
}

/**
 * A phrase from the article as an alias: characters the alias language reserves or forbids
 * (brackets, `|`, `~`, `#`, regex marks) are dropped, punctuation is kept only between letters,
 * and the result must pass `checkAlias`. Returns null when nothing usable is left.
 */
export function toAlias(phrase: string): string | null {
  const words = phrase
    .replace(/[\\*?{}^$<>[\]()|~#"“”]/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const alias = words.join(' ').slice(0, PACK_LIMITS.maxAliasChars).trim();
  if (!alias || checkAlias(alias) !== null || !packAcceptsAlias(alias)) return null;
  return alias;
}

/**
 * Whether the pack gate accepts `alias`, asked of the gate itself (a one-entity pack) so the draft
 * follows every alias rule `validatePack` has or gains — e.g. that "US" alone would match any page.
 */
function packAcceptsAlias(alias: string): boolean {
  const probe = {
    format: 'contextual-briefings/pack', formatVersion: 1, id: 'probe', title: 'probe', language: 'en', source: 'probe',
    article: { headline: 'probe', summary: 'probe', keyPoints: ['probe'], timeline: [], sentences: ['probe'] },
    entities: [{ id: 'probe', kind: 'place', name: 'probe', role: 'probe', briefing: 'probe', sources: [0], related: [], aliases: [alias] }],
  };
  return validatePack(probe).ok;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : clipWords(text, max);
}

/** Cuts at a word boundary and marks the cut (used only for titles, never for article sentences in the draft). */
function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function headlineOf(articleText: string, entities: readonly Entity[]): string {
  const firstLine = articleText.trim().split(/\r?\n/)[0]?.trim() ?? '';
  // A short first line without a final stop reads as the article's own headline.
  if (firstLine && firstLine.length <= 120 && !/[.!?…]["”’]?$/u.test(firstLine)) return firstLine;
  const names = entities.filter((e) => e.kind === 'person' || e.kind === 'event').slice(0, 3).map((e) => e.name);
  return names.length ? `Briefings: ${names.join(', ')}` : 'Drafted briefings';
}

function buildEntities(candidates: readonly EntityCandidate[], sentences: readonly string[], scores: readonly number[], notes: DraftNote[]): Entity[] {
  const ids = new Set<string>();
  const surnameCount = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'person') surnameCount.set(c.name.split(' ').at(-1)!, (surnameCount.get(c.name.split(' ').at(-1)!) ?? 0) + 1);

  const drafts: Entity[] = [];
  const namesOf = new Map<string, string[]>();
  for (const candidate of candidates) {
    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const name of candidate.names) {
      const alias = toAlias(name);
      if (!alias) {
        notes.push({ kind: 'alias-left-out', name });
        continue;
      }
      const key = alias.replace(/’/g, "'").replace(/[‐‑–—]/g, '-');
      if (seen.has(key) || aliases.length >= MAX_ALIASES) continue;
      seen.add(key);
      aliases.push(alias);
    }
    if (!aliases.length) continue;
    let id = toId(candidate.name) || `${candidate.kind}-${drafts.length + 1}`;
    for (let n = 2; ids.has(id); n++) id = `${toId(candidate.name) || candidate.kind}-${n}`;
    ids.add(id);
    // A role is the article's own words (the title before a name) or nothing: no filler line.
    const role = candidate.role ? { role: clip(candidate.role, PACK_LIMITS.maxShortText) } : {};
    drafts.push({ id, kind: candidate.kind, name: clip(candidate.name, PACK_LIMITS.maxShortText), ...role, briefing: '-', sources: [0], related: [], aliases });
    namesOf.set(id, candidate.names);
  }
  for (const [surname, count] of surnameCount) {
    if (count > 1) notes.push({ kind: 'shared-surname', count, surname });
  }

  // The engine decides which sentences mention whom, exactly as it will on pages.
  const index = buildIndex(drafts);
  const sightings = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const mention of findMentions(sentence, index)) {
      const list = sightings.get(mention.entityId) ?? [];
      if (list.at(-1) !== i) list.push(i);
      sightings.set(mention.entityId, list);
    }
  });

  const kept: Entity[] = [];
  for (const entity of drafts) {
    const found = sightings.get(entity.id) ?? [];
    if (!found.length) {
      notes.push({ kind: 'not-found', name: entity.name });
      continue;
    }
    // Best sentences: most central, shorter ones first among equals; then in the article's order.
    const best = [...found].sort((a, b) => scores[b]! - scores[a]! || a - b);
    const chosen: number[] = [];
    let length = 0;
    for (const i of best) {
      const add = sentences[i]!.length + (chosen.length ? 1 : 0);
      if (length + add > PACK_LIMITS.maxLongText) continue;
      chosen.push(i);
      length += add;
      if (chosen.length === BRIEFING_SENTENCES) break;
    }
    chosen.sort((a, b) => a - b);
    const sources = chosen.length ? chosen : [best[0]!];
    const briefing = chosen.length ? chosen.map((i) => sentences[i]!).join(' ') : clipWords(sentences[best[0]!]!, PACK_LIMITS.maxLongText);
    const when = datesIn(sources.map((i) => sentences[i]!))[0]?.text;
    kept.push({ ...entity, briefing, sources, ...(when && entity.kind === 'event' ? { when } : {}) });
  }

  // Related: the entities it shares most sentences with.
  const sets = new Map(kept.map((e) => [e.id, new Set(sightings.get(e.id))]));
  for (const entity of kept) {
    const mine = sets.get(entity.id)!;
    entity.related = kept
      .filter((other) => other.id !== entity.id)
      .map((other) => ({ id: other.id, shared: [...sets.get(other.id)!].filter((i) => mine.has(i)).length }))
      .filter((r) => r.shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, MAX_RELATED)
      .map((r) => r.id);
  }

  // Each event gets a frame from its own names, so pages that describe it rather than name it
  // ("the state visit" beside Putin and India) find it too.
  const others = buildIndex(kept.filter((e) => e.kind !== 'event'));
  for (const entity of kept) {
    if (entity.kind !== 'event') continue;
    const frame = proposeFrame(entity, namesOf.get(entity.id) ?? [], others, kept, entity.sources.map((i) => sentences[i]!), packAcceptsAlias);
    if (frame) entity.frames = [frame];
  }
  return kept;
}

function datesIn(sentences: readonly string[]): FoundDate[] {
  return sentences.flatMap(findDates);
}

/** Sentence indexes, most central first; a sentence naming more of the draft's entities ranks higher. */
function byCentrality(sentences: readonly string[], scores: readonly number[], entities: readonly Entity[]): number[] {
  const coverage = new Array<number>(sentences.length).fill(0);
  for (const entity of entities) for (const i of entity.sources) coverage[i]!++;
  const max = Math.max(...scores, 1e-9);
  const final = sentences.map((s, i) => {
    const words = s.split(/\s+/).length;
    // Very short lines (captions, bylines, headings) summarise nothing.
    const brevity = words < 8 ? 0.4 : 1;
    return (scores[i]! / max + 0.1 * Math.min(coverage[i]!, 4)) * brevity;
  });
  return sentences.map((_, i) => i).sort((a, b) => final[b]! - final[a]! || a - b);
}

function pickSummary(central: readonly number[], sentences: readonly string[]): number[] {
  const chosen: number[] = [];
  let length = 0;
  for (const i of central) {
    const add = sentences[i]!.length + (chosen.length ? 1 : 0);
    if (length + add > PACK_LIMITS.maxLongText) continue;
    chosen.push(i);
    length += add;
    if (chosen.length === SUMMARY_SENTENCES) break;
  }
  return chosen.sort((a, b) => a - b);
}

function buildTimeline(sentences: readonly string[], entities: readonly Entity[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const seen = new Set<string>();
  sentences.forEach((sentence, i) => {
    for (const date of findDates(sentence)) {
      if (seen.has(date.text) || entries.length >= PACK_LIMITS.maxListItems) continue;
      seen.add(date.text);
      const involved = entities.filter((e) => e.sources.includes(i));
      const event = involved.find((e) => e.kind === 'event');
      // The label names the event when the draft has one; otherwise the sentence itself, when it is short enough.
      const label = event ? capitalise(event.name) : sentence.length <= PACK_LIMITS.maxShortText ? sentence : clipWords(sentence, PACK_LIMITS.maxShortText);
      entries.push({
        when: date.text,
        ...(date.start ? { start: date.start } : {}),
        ...(date.end ? { end: date.end } : {}),
        label: clip(label, PACK_LIMITS.maxShortText),
        entities: involved.map((e) => e.id).slice(0, PACK_LIMITS.maxListItems),
        sources: [i],
      });
    }
  });
  // In order of time where the dates say so (same-year or yearless dates compare as strings).
  return entries.sort((a, b) => (a.start && b.start && a.start.length === b.start.length ? a.start.localeCompare(b.start) : 0));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
